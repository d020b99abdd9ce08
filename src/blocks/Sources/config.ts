import type { Block } from 'payload'

import { linkProblem } from '@/lib/safeUrl'

export const SourcesBlock: Block = {
  slug: 'sources',
  interfaceName: 'SourcesBlock',
  labels: { singular: 'Sources and further reading: where the advice comes from', plural: 'Sources and further reading' },
  fields: [
    { name: 'heading', type: 'text', localized: true, maxLength: 140 },
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'title', type: 'text', localized: true, required: true, maxLength: 300 },
        {
          name: 'url',
          type: 'text',
          required: true,
          validate: (value: unknown) =>
            typeof value === 'string' && value.startsWith('https://') ? (linkProblem(value) ?? true) : 'Sources must be https:// links.',
        },
      ],
    },
  ],
}
