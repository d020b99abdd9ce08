import type { Payload, TaskConfig } from 'payload'

import { contentRoles } from '@/access/roles'
import { DEFAULT_STALE_AFTER_DAYS } from '@/collections/Contacts/kinds'
import { findStaleContacts, type TenantStaleContacts } from '@/collections/Contacts/stale'
import { enqueueEmail } from '@/collections/EmailOutbox/enqueue'
import { isoWeekKey } from '@/lib/isoWeek'
import { relationId } from '@/lib/relationId'

/** The queue the reminder is scheduled in and the autoRun cron works through. */
export const REMINDER_QUEUE = 'reminders'

export type ReminderSummary = { week: string; sent: string[]; skipped: string[] }

/** The outbox row's key and the header Resend de-duplicates on for 24 hours: one per tenant per ISO week. */
export function reminderIdempotencyKey(tenantSlug: string, week: string): string {
  return `stale-contacts-${tenantSlug}-${week}`
}

async function editorEmails(payload: Payload, tenantId: number): Promise<string[]> {
  const users = await payload.find({
    collection: 'users',
    where: { 'tenants.tenant': { equals: tenantId } },
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { email: true, tenants: true },
  })
  return users.docs
    .filter((user) =>
      (user.tenants ?? []).some(
        (membership) =>
          relationId(membership.tenant) === tenantId &&
          (membership.roles ?? []).some((role) => contentRoles.includes(role)),
      ),
    )
    .map((user) => user.email)
    .sort()
}

type Claim = 'claimed' | 'already-sent' | 'unfinished'

/**
 * Records that this tenant's reminder for `week` is being sent (the national-review email claims
 * the baseline tenant with its own week key, so the two never collide). The unique (tenant, week) index
 * decides between two runs racing each other: the loser sees the winner's row. A row left in
 * "sending" by a run that crashed mid-send is retried; the Idempotency-Key then stops Resend from
 * delivering it twice.
 */
export async function claimWeeklyReminder(payload: Payload, tenantId: number, week: string): Promise<{ state: Claim; id?: number }> {
  const find = () =>
    payload.find({
      collection: 'contact-reminders',
      where: { and: [{ tenant: { equals: tenantId } }, { week: { equals: week } }] },
      overrideAccess: true,
      depth: 0,
      limit: 1,
    })
  const existing = (await find()).docs[0]
  if (existing) return { state: existing.status === 'sent' ? 'already-sent' : 'unfinished', id: existing.id }
  try {
    const created = await payload.create({
      collection: 'contact-reminders',
      data: { tenant: tenantId, week, status: 'sending' },
      overrideAccess: true,
    })
    return { state: 'claimed', id: created.id }
  } catch (error) {
    const winner = (await find()).docs[0]
    if (!winner) throw error
    return { state: winner.status === 'sent' ? 'already-sent' : 'unfinished', id: winner.id }
  }
}

async function remindTenant(payload: Payload, entry: TenantStaleContacts, week: string): Promise<boolean> {
  const recipients = await editorEmails(payload, entry.tenant.id)
  if (recipients.length === 0) return false
  const claimed = await claimWeeklyReminder(payload, entry.tenant.id, week)
  if (claimed.state === 'already-sent' || claimed.id === undefined) return false

  // Queued in the outbox under this week's key: a retried run finds the row and adds no second one.
  await enqueueEmail(payload, {
    template: 'stale-contacts',
    to: recipients,
    tenant: entry.tenant.id,
    params: { tenantName: entry.tenant.name, staleAfterDays: entry.tenant.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS, contacts: entry.contacts },
    priority: 'reminder',
    idempotencyKey: reminderIdempotencyKey(entry.tenant.slug, week),
  })
  await markReminderSent(payload, claimed.id, { recipients: recipients.length, items: entry.contacts.length })
  return true
}

export async function markReminderSent(payload: Payload, id: number, counts: { recipients: number; items: number }): Promise<void> {
  await payload.update({
    collection: 'contact-reminders',
    id,
    data: { status: 'sent', sentAt: new Date().toISOString(), recipients: counts.recipients, contacts: counts.items },
    overrideAccess: true,
  })
}

/**
 * Emails each active tenant's editors and tenant admins the list of their contacts that are due
 * a check, at most once per tenant per ISO week however often it runs. A tenant whose email
 * fails does not stop the others; the run then fails so the job queue retries it, and the
 * retry skips the tenants already done.
 */
export async function sendStaleContactReminders(payload: Payload, now: Date = new Date()): Promise<ReminderSummary> {
  const week = isoWeekKey(now)
  const tenants = await payload.find({
    collection: 'tenants',
    where: { active: { equals: true } },
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { slug: true },
  })
  const stale = await findStaleContacts(payload, { tenantIds: tenants.docs.map((tenant) => tenant.id), now })
  const summary: ReminderSummary = { week, sent: [], skipped: [] }
  const failures: string[] = []
  for (const entry of stale) {
    try {
      const sent = await remindTenant(payload, entry, week)
      ;(sent ? summary.sent : summary.skipped).push(entry.tenant.slug)
    } catch (error) {
      payload.logger.error({ err: error, msg: `[contacts] stale-contacts reminder for ${entry.tenant.slug} failed` })
      failures.push(entry.tenant.slug)
    }
  }
  if (failures.length > 0) throw new Error(`Stale-contacts reminder failed for: ${failures.join(', ')} (sent: ${summary.sent.join(', ') || 'none'})`)
  return summary
}

/**
 * Payload jobs-queue task, scheduled every Monday at 07:00 (server time, UTC on most hosts) in
 * the `reminders` queue; payload.config.ts's autoRun works through that queue hourly. Run it
 * by hand with `npm run payload -- jobs:run --queue reminders --handle-schedules`.
 */
export const remindStaleContactsTask: TaskConfig<{ input: object; output: { week: string; sent: number; skipped: number } }> = {
  slug: 'remindStaleContacts',
  label: 'Weekly email: contacts to check',
  retries: 2,
  schedule: [{ cron: '0 7 * * 1', queue: REMINDER_QUEUE }],
  outputSchema: [
    { name: 'week', type: 'text', required: true },
    { name: 'sent', type: 'number', required: true },
    { name: 'skipped', type: 'number', required: true },
  ],
  handler: async ({ req }) => {
    const summary = await sendStaleContactReminders(req.payload)
    return { output: { week: summary.week, sent: summary.sent.length, skipped: summary.skipped.length } }
  },
}
