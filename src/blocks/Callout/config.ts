import type { Block } from 'payload'

import { richTextField } from '@/fields/richText'

export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: 'Callout', plural: 'Callouts' },
  fields: [
    {
      name: 'variant',
      type: 'select',
      required: true,
      defaultValue: 'information',
      options: [
        { label: 'Information', value: 'information' },
        { label: 'Warning', value: 'warning' },
        { label: 'Emergency', value: 'emergency' },
      ],
    },
    { name: 'heading', type: 'text', localized: true, required: true, maxLength: 140 },
    richTextField('body', { required: true }),
  ],
}
