import type { Payload, TaskConfig, Where } from 'payload'

import { FORMER_MEMBER_LOG_DAYS, incidentLogRoles, isMembershipCurrent } from '@/access/roles'
import { enqueueEmail } from '@/collections/EmailOutbox/enqueue'
import { LOG_DELETION } from '@/collections/Incidents/hooks/history'
import { isLocale, type Locale } from '@/i18n/locales'
import { relationId } from '@/lib/relationId'
import type { User } from '@/payload-types'

import { REMINDER_QUEUE } from './remindStaleContacts'

/*
 * The incident log stays with a person who leaves office for 12 months (FORMER_MEMBER_LOG_DAYS):
 * they can sign in to export or delete it, and nothing else. This daily job warns them once, 30
 * days before the end of that time, and when it has passed (and the warning is at least 30 days
 * old, so a late first run never deletes without notice) deletes the log: every incident (with
 * its evidence, files and history, each leaving a 'log-deleted' tombstone) and every draft.
 *
 * The warning is the outbox row itself (one per person, council and end date, by its idempotency
 * key): no other state is kept. `now` is a parameter so tests can run the job at any date.
 */

const DAY_MS = 24 * 60 * 60 * 1000
export const LOG_WARNING_DAYS = 30

type Membership = NonNullable<User['tenants']>[number]

/** When a former member's log in that tenant is deleted: 12 months after the membership ended. */
export function logDeletionDate(endsAt: string): Date {
  return new Date(Date.parse(endsAt) + FORMER_MEMBER_LOG_DAYS * DAY_MS)
}

/** The idempotency key of the email that tells a leaver their log is kept, and of the warning. */
export const logNoticeKey = (kind: 'kept' | 'expiring', userId: number, tenantId: number, endsAt: string) =>
  `incident-log-${kind}-${userId}-${tenantId}-${Date.parse(endsAt)}`

/** Whether the person still holds an incident-log role in that tenant (re-elected, or another row). */
function stillMember(user: Pick<User, 'tenants'>, tenantId: number, now: Date): boolean {
  return (user.tenants ?? []).some((m) => relationId(m.tenant) === tenantId && isMembershipCurrent(m, now) && (m.roles ?? []).some((role) => incidentLogRoles.includes(role)))
}

/** The language the person's emails from that tenant are in: the tenant's default (Welsh parity adds Welsh). */
async function tenantLocale(payload: Payload, tenantId: number): Promise<Locale> {
  const tenant = await payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, overrideAccess: true, select: { defaultLocale: true } })
  return isLocale(tenant.defaultLocale) ? tenant.defaultLocale : 'en'
}

async function holdsLog(payload: Payload, owner: number, tenant: number): Promise<boolean> {
  const where: Where = { and: [{ owner: { equals: owner } }, { tenant: { equals: tenant } }] }
  const [incidents, drafts] = await Promise.all([
    payload.count({ collection: 'incidents', where, overrideAccess: true }),
    payload.count({ collection: 'incident-drafts', where, overrideAccess: true }),
  ])
  return incidents.totalDocs + drafts.totalDocs > 0
}

/**
 * Queued when the daily end-of-membership job deals with a membership: tells the person their log
 * stays theirs for 12 months (only if they keep one there). Idempotent per person, tenant and date.
 */
export async function tellLeaverLogIsKept(payload: Payload, user: Pick<User, 'id' | 'email' | 'tenants'>, membership: Membership, now: Date): Promise<boolean> {
  const tenantId = relationId(membership.tenant)
  if (tenantId === undefined || !membership.endsAt) return false
  if (!(membership.roles ?? []).some((role) => incidentLogRoles.includes(role)) || stillMember(user, tenantId, now)) return false
  if (!(await holdsLog(payload, user.id, tenantId))) return false
  await enqueueEmail(payload, {
    template: 'incident-log-kept',
    to: user.email,
    tenant: tenantId,
    params: { locale: await tenantLocale(payload, tenantId), deleteOn: logDeletionDate(membership.endsAt).toISOString() },
    priority: 'account',
    idempotencyKey: logNoticeKey('kept', user.id, tenantId, membership.endsAt),
  })
  return true
}

export type ExpirySummary = { warned: number; deleted: number }

export async function expireFormerLogs(payload: Payload, now: Date = new Date()): Promise<ExpirySummary> {
  // Memberships that ended at least 11 months ago: their logs are due a warning or deletion.
  const warnFrom = new Date(now.getTime() - (FORMER_MEMBER_LOG_DAYS - LOG_WARNING_DAYS) * DAY_MS)
  const found = await payload.find({
    collection: 'users',
    where: { 'tenants.endsAt': { less_than_equal: warnFrom.toISOString() } },
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { email: true, tenants: true },
  })
  const summary: ExpirySummary = { warned: 0, deleted: 0 }
  for (const user of found.docs) {
    for (const membership of user.tenants ?? []) {
      const tenantId = relationId(membership.tenant)
      if (tenantId === undefined || !membership.endsAt || Date.parse(membership.endsAt) > warnFrom.getTime()) continue
      if (!(membership.roles ?? []).some((role) => incidentLogRoles.includes(role)) || stillMember(user, tenantId, now)) continue
      if (!(await holdsLog(payload, user.id, tenantId))) continue
      const deleteOn = logDeletionDate(membership.endsAt)
      const warning = await enqueueEmail(payload, {
        template: 'incident-log-expiring',
        to: user.email,
        tenant: tenantId,
        params: { locale: await tenantLocale(payload, tenantId), deleteOn: deleteOn.toISOString() },
        priority: 'account',
        idempotencyKey: logNoticeKey('expiring', user.id, tenantId, membership.endsAt),
      })
      if (warning.created) summary.warned += 1
      if (now.getTime() < deleteOn.getTime()) continue
      const row = await payload.findByID({ collection: 'email-outbox', id: warning.id, depth: 0, overrideAccess: true, select: { createdAt: true } })
      if (Date.parse(row.createdAt) > now.getTime() - LOG_WARNING_DAYS * DAY_MS) continue
      const where: Where = { and: [{ owner: { equals: user.id } }, { tenant: { equals: tenantId } }] }
      await payload.delete({ collection: 'incidents', where, overrideAccess: true, depth: 0, context: { [LOG_DELETION]: true } })
      await payload.delete({ collection: 'incident-drafts', where, overrideAccess: true, depth: 0 })
      summary.deleted += 1
      // Never the person or the council in a log line: only that a log went.
      payload.logger.info('[incident log] a former member\'s log was deleted 12 months after their membership ended')
    }
  }
  return summary
}

/**
 * Payload jobs-queue task, daily at 03:00 in the queue the hourly autoRun works through. Run it by
 * hand with `npx tsx scripts/run.ts expire-former-logs`.
 */
export const expireFormerLogsTask: TaskConfig<{ input: object; output: ExpirySummary }> = {
  slug: 'expireFormerLogs',
  label: "Daily: warn, then delete, former members' incident logs after 12 months",
  retries: 2,
  schedule: [{ cron: '0 3 * * *', queue: REMINDER_QUEUE }],
  outputSchema: [
    { name: 'warned', type: 'number', required: true },
    { name: 'deleted', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await expireFormerLogs(req.payload) }),
}
