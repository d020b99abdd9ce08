import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { platformAdminOnly } from '@/access/platformAdminOnly'
import { ukDayAndTime } from '@/fields/ukDates'

/**
 * One row per tenant per ISO week in which the stale-contacts reminder was sent (or is being
 * sent). The unique (tenant, week) index is what makes a second run of the weekly job, or two
 * runs at once, skip a tenant that already had its email. Written only by the job.
 */
export const ContactReminders: CollectionConfig = {
  slug: 'contact-reminders',
  labels: { singular: 'Contact reminder', plural: 'Contact reminders' },
  admin: {
    group: 'Platform',
    useAsTitle: 'week',
    defaultColumns: ['week', 'tenant', 'status', 'recipients', 'contacts', 'sentAt'],
    hidden: ({ user }) => !user?.roles?.includes('platform-admin'),
    description: 'Weekly "contacts to check" emails: one per tenant per week.',
  },
  access: {
    read: platformAdminOnly,
    create: nobody,
    update: nobody,
    delete: platformAdminOnly,
    readVersions: nobody,
    unlock: nobody,
  },
  indexes: [{ fields: ['tenant', 'week'], unique: true }],
  timestamps: true,
  fields: [
    // Not required: deleting a tenant sets it to null (the row stays as history) rather than
    // blocking the deletion with a NOT NULL violation.
    { name: 'tenant', type: 'relationship', relationTo: 'tenants', index: true },
    { name: 'week', type: 'text', required: true, admin: { description: 'ISO week, e.g. 2026-W48.' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'sending',
      options: [
        { label: 'Sending', value: 'sending' },
        { label: 'Sent', value: 'sent' },
      ],
    },
    { name: 'recipients', type: 'number' },
    { name: 'contacts', type: 'number' },
    { name: 'sentAt', type: 'date', admin: { date: ukDayAndTime } },
  ],
}
