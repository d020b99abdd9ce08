import type { Block } from 'payload'

import { richTextField } from '@/fields/richText'

export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: 'Text: paragraphs, lists and links', plural: 'Text' },
  fields: [{ name: 'heading', type: 'text', localized: true, maxLength: 140 }, richTextField('body', { required: true })],
}
