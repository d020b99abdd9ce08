import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/nobody'
import { platformAdminOnly } from '@/access/platformAdminOnly'
import { emailTemplateIds } from '@/email/templates/ids'

import { outboxStatuses } from './constants'

/**
 * Every email the portal sends, one row each, written with the event that causes it (in the same
 * transaction when there is one) and sent by the `deliverOutbox` job (deliver.ts): rendered from
 * its template and parameters at send time, in priority order, within Resend's rate limit, with
 * the row's idempotency key, retried with backoff. Parameters that carry a token are kept
 * encrypted in `secretParams` (hidden from every API) and removed once Resend has the email.
 * Without RESEND_API_KEY the rendered email is kept on the row instead (`from`, `subject`, `html`,
 * `text`) for a developer to read. Only the server writes; only platform admins read.
 */
export const EmailOutbox: CollectionConfig = {
  slug: 'email-outbox',
  labels: { singular: 'Outbox email', plural: 'Email outbox' },
  admin: {
    group: 'Platform',
    useAsTitle: 'to',
    defaultColumns: ['status', 'template', 'to', 'priority', 'attempts', 'nextAttemptAt', 'lastError', 'createdAt'],
    description: 'Every email, queued → sent → delivered, bounced or complained (Resend\'s webhook), or failed. Lower priority numbers go first.',
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
    { name: 'status', type: 'select', required: true, defaultValue: 'queued', index: true, options: outboxStatuses.map((value) => ({ label: value, value })) },
    { name: 'template', type: 'select', required: true, options: emailTemplateIds.map((value) => ({ label: value, value })) },
    { name: 'to', type: 'text', required: true },
    { name: 'tenant', type: 'relationship', relationTo: 'tenants', admin: { description: 'The council the email is about, when there is one.' } },
    { name: 'priority', type: 'number', required: true, defaultValue: 50, admin: { description: '0 account mail, 10 reports, 20 reminders, 30 invitations.' } },
    {
      name: 'idempotencyKey',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 200,
      admin: { description: 'One row per key, however often the event repeats; also sent to Resend, which keeps it 24 hours.' },
    },
    { name: 'params', type: 'json', admin: { description: 'The template\'s parameters, without secrets.' } },
    // AES-256-GCM (secrets.ts); never returned by the API, removed once Resend accepted the email.
    { name: 'secretParams', type: 'text', hidden: true },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0 },
    { name: 'nextAttemptAt', type: 'date', index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    // Set while a delivery run holds the row, so two runs never send it at once; a run that died leaves it to expire.
    { name: 'claimedUntil', type: 'date', hidden: true },
    { name: 'lastError', type: 'text' },
    // Resend's id for the email: its webhook's events find the row by it (src/endpoints/resendWebhook.ts).
    { name: 'resendId', type: 'text', index: true },
    { name: 'sentAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'from', type: 'text' },
    { name: 'subject', type: 'text' },
    // Only without RESEND_API_KEY: the rendered email, for the developer to read.
    { name: 'html', type: 'textarea' },
    { name: 'text', type: 'textarea' },
  ],
}
