import type { Block } from 'payload'

import { contactKindOptions } from '@/collections/Contacts/kindOptions'

export const EscalationLadderBlock: Block = {
  slug: 'escalationLadder',
  interfaceName: 'EscalationLadderBlock',
  labels: { singular: 'Escalation ladder: who to go to, step by step, as things get worse', plural: 'Escalation ladders' },
  fields: [
    { name: 'heading', type: 'text', localized: true, required: true, maxLength: 140 },
    {
      name: 'rungs',
      type: 'array',
      minRows: 1,
      fields: [
        { name: 'title', type: 'text', localized: true, required: true, maxLength: 200 },
        { name: 'whenToUse', type: 'textarea', localized: true, required: true, maxLength: 600 },
        { name: 'contactKind', type: 'select', options: contactKindOptions },
      ],
    },
  ],
}
