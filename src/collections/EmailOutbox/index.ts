import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { platformAdminOnly } from '@/access/platformAdminOnly'

/**
 * Without RESEND_API_KEY, email is kept here instead of being sent, so a developer (or a
 * platform admin of an instance with no email provider yet) can still read reset links.
 * Only the server writes it; only platform admins read it.
 */
export const EmailOutbox: CollectionConfig = {
  slug: 'email-outbox',
  labels: { singular: 'Outbox email', plural: 'Email outbox' },
  admin: {
    group: 'Platform',
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'to', 'createdAt'],
    hidden: ({ user }) => !user?.roles?.includes('platform-admin'),
  },
  access: {
    read: platformAdminOnly,
    create: nobody,
    update: nobody,
    delete: platformAdminOnly,
    readVersions: nobody,
    unlock: nobody,
  },
  timestamps: true,
  fields: [
    { name: 'to', type: 'text', required: true },
    { name: 'from', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'html', type: 'textarea' },
    { name: 'text', type: 'textarea' },
  ],
}
