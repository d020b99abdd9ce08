import type { Payload, TaskConfig } from 'payload'

import { nationalPagesDueReview, pagesAwaitingReleaseReview } from '@/collections/Pages/nationalReview'
import { enqueueEmail } from '@/collections/EmailOutbox/enqueue'
import { isoWeekKey } from '@/lib/isoWeek'

import { claimWeeklyReminder, markReminderSent, REMINDER_QUEUE } from './remindStaleContacts'
import { findBaselineTenant } from '@/collections/baselineTenant'

export type NationalReviewSummary = { week: string; sent: boolean; due: number; pending: number; reason?: string }

/** The claim's week key and the Resend idempotency key: one national-review email per ISO week. */
export function nationalReviewKey(week: string): string {
  return `national-review-${week}`
}

/**
 * Emails every platform admin the national pages past their review date and those holding a
 * content release for their review, through the same outbox/Resend path and weekly claim as the
 * stale-contacts reminder: at most once per ISO week however often it runs; nothing when nothing
 * is due.
 */
export async function sendNationalReviewReminder(payload: Payload, now: Date = new Date()): Promise<NationalReviewSummary> {
  const week = isoWeekKey(now)
  const due = await nationalPagesDueReview(payload, { now })
  const pending = await pagesAwaitingReleaseReview(payload)
  const summary: NationalReviewSummary = { week, sent: false, due: due.length, pending: pending.length }
  if (due.length + pending.length === 0) return { ...summary, reason: 'nothing due' }
  const admins = await payload.find({
    collection: 'users',
    where: { roles: { contains: 'platform-admin' } },
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { email: true },
  })
  const recipients = admins.docs.map((user) => user.email).sort()
  const tenant = await findBaselineTenant(payload)
  if (recipients.length === 0 || !tenant) return { ...summary, reason: 'no platform admin or baseline' }
  const claimed = await claimWeeklyReminder(payload, tenant.id, nationalReviewKey(week))
  if (claimed.state === 'already-sent' || claimed.id === undefined) return { ...summary, reason: 'already sent this week' }
  await enqueueEmail(payload, { template: 'national-review', to: recipients, params: { due, pending }, priority: 'reminder', idempotencyKey: nationalReviewKey(week) })
  await markReminderSent(payload, claimed.id, { recipients: recipients.length, items: due.length + pending.length })
  return { ...summary, sent: true }
}

/** Scheduled with the contacts reminder: Mondays 07:00 (server time) in the reminders queue. */
export const remindNationalReviewTask: TaskConfig<{ input: object; output: { week: string; sent: boolean; due: number; pending: number } }> = {
  slug: 'remindNationalReview',
  label: 'Weekly email: national pages to review',
  retries: 2,
  schedule: [{ cron: '0 7 * * 1', queue: REMINDER_QUEUE }],
  outputSchema: [
    { name: 'week', type: 'text', required: true },
    { name: 'sent', type: 'checkbox', required: true },
    { name: 'due', type: 'number', required: true },
    { name: 'pending', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const { week, sent, due, pending } = await sendNationalReviewReminder(req.payload)
    return { output: { week, sent, due, pending } }
  },
}
