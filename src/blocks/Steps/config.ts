import type { Block } from 'payload'

import { richTextField } from '@/fields/richText'

export const StepsBlock: Block = {
  slug: 'steps',
  interfaceName: 'StepsBlock',
  labels: { singular: 'Steps or checklist: numbered steps or a list to tick off', plural: 'Steps and checklists' },
  fields: [
    { name: 'heading', type: 'text', localized: true, required: true, maxLength: 140 },
    {
      name: 'style',
      type: 'select',
      required: true,
      defaultValue: 'steps',
      options: [
        { label: 'Numbered steps (in order)', value: 'steps' },
        { label: 'Checklist', value: 'checklist' },
      ],
    },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
        richTextField('detail'),
      ],
    },
  ],
}
