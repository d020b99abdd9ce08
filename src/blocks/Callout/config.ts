import type { Block } from 'payload'

import { richTextField } from '@/fields/richText'

export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  // Payload 3.90 blocks have no description: the label carries what the block is for, so the
  // block picker answers it in one line.
  labels: { singular: 'Callout: a boxed tip, warning or emergency message', plural: 'Callouts' },
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
