import type { Block } from 'payload'

import { contactKindOptions } from '@/collections/Contacts/kindOptions'

/** Shows the tenant's own contact of a kind (or the national one) when the page is shown. */
export const ContactCardBlock: Block = {
  slug: 'contactCard',
  interfaceName: 'ContactCardBlock',
  labels: { singular: 'Contact card: one contact of a kind, with phone, email and hours', plural: 'Contact cards' },
  fields: [
    { name: 'heading', type: 'text', localized: true, maxLength: 140 },
    { name: 'kind', type: 'select', required: true, options: contactKindOptions },
  ],
}
