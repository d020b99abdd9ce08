import crypto from 'node:crypto'

import type { Payload, TaskConfig } from 'payload'

import { isMembershipCurrent } from '@/access/roles'
import { enqueueEmail } from '@/collections/EmailOutbox/enqueue'
import type { EndedMembership } from '@/email/templates/membershipsEnded'
import { serverEnv } from '@/env'
import { relationId } from '@/lib/relationId'
import type { User } from '@/payload-types'

import { tellLeaverLogIsKept } from './expireFormerLogs'
import { REMINDER_QUEUE } from './remindStaleContacts'

type Membership = NonNullable<User['tenants']>[number]

export type { EndedMembership }
export type EndSummary = { users: number; tenants: number; told: number }

/** A membership whose end has passed and that this job has not yet dealt with since that end. */
export function endIsDue(membership: Membership, now: Date): boolean {
  if (!membership.endsAt || isMembershipCurrent(membership, now)) return false
  // Processed before the current end date was set (the date moved later, then passed): due again.
  return !membership.endProcessedAt || Date.parse(membership.endProcessedAt) < Date.parse(membership.endsAt)
}

/** The addresses of a tenant's current tenant admins (also told when an email about their council bounces). */
export async function tenantAdminEmails(payload: Payload, tenantId: number, now: Date): Promise<string[]> {
  const admins = await payload.find({
    collection: 'users',
    where: { and: [{ 'tenants.tenant': { equals: tenantId } }, { 'tenants.roles': { in: ['tenant-admin'] } }] },
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { email: true, tenants: true },
  })
  return admins.docs
    .filter((user) => (user.tenants ?? []).some((m) => relationId(m.tenant) === tenantId && isMembershipCurrent(m, now) && (m.roles ?? []).includes('tenant-admin')))
    .map((user) => user.email)
    .sort()
}

/**
 * Ends every Payload session of the user: their cookies stop working at the next request. Through
 * the Local API, not `payload.db.updateOne`: given only `sessions`, the database adapter also
 * drops the rows of the user's other arrays (their memberships).
 */
export async function endSessions(payload: Payload, userId: number): Promise<void> {
  await payload.update({ collection: 'users', id: userId, data: { sessions: [] }, overrideAccess: true, depth: 0 })
}

/**
 * Leaving office, run daily (and at once when a tenant admin ends memberships today): for every
 * membership whose end date has passed and that has not been dealt with, signs the person out
 * everywhere (Payload sessions are per user, not per tenant) and emails that tenant's admins the
 * list. Access itself already ended at the date (access/roles.ts reads `endsAt`); this makes the
 * old cookie stop working and tells people. A tenant whose email fails is retried on the next run
 * (its rows stay unmarked; the Idempotency-Key stops a double email); sessions end regardless.
 */
export async function endDueMemberships(payload: Payload, now: Date = new Date()): Promise<EndSummary> {
  const found = await payload.find({
    collection: 'users',
    where: { 'tenants.endsAt': { less_than_equal: now.toISOString() } },
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { email: true, name: true, tenants: true },
  })
  const byTenant = new Map<number, EndedMembership[]>()
  let users = 0
  for (const user of found.docs) {
    const due = (user.tenants ?? []).filter((m) => endIsDue(m, now))
    if (due.length === 0) continue
    users += 1
    await endSessions(payload, user.id)
    for (const m of due) {
      // The person's own notice: their incident log there stays theirs for 12 months. A failure is
      // logged (without the person) and tried again on the next run, as the row is not yet marked.
      await tellLeaverLogIsKept(payload, user, m, now).catch((error: unknown) => {
        payload.logger.error({ err: error, msg: '[memberships] queueing a leaver\'s incident-log notice failed' })
      })
    }
    for (const m of due) {
      const tenantId = relationId(m.tenant)
      if (tenantId === undefined || !m.endsAt) continue
      const list = byTenant.get(tenantId) ?? []
      list.push({ userId: user.id, email: user.email, name: user.name ?? '', roles: m.roles ?? [], endsAt: m.endsAt })
      byTenant.set(tenantId, list)
    }
  }

  const serverUrl = serverEnv().NEXT_PUBLIC_SERVER_URL
  let told = 0
  const failures: number[] = []
  for (const [tenantId, ended] of byTenant) {
    try {
      const tenant = await payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, locale: 'en', overrideAccess: true, select: { name: true } })
      const recipients = await tenantAdminEmails(payload, tenantId, now)
      if (recipients.length > 0) {
        const key = crypto.createHash('sha256').update(`${tenantId}:${ended.map((m) => `${m.userId}@${m.endsAt}`).sort().join(',')}`).digest('hex').slice(0, 32)
        await enqueueEmail(payload, {
          template: 'memberships-ended',
          to: recipients,
          tenant: tenantId,
          params: { tenantName: tenant.name, ended, usersUrl: `${serverUrl}${payload.config.routes.admin}/collections/users` },
          priority: 'account',
          idempotencyKey: `memberships-ended-${key}`,
        })
        told += 1
      }
      await markProcessed(payload, tenantId, ended, now)
    } catch (error) {
      payload.logger.error({ err: error, msg: `[memberships] telling tenant ${tenantId}'s admins about ended memberships failed` })
      failures.push(tenantId)
    }
  }
  if (failures.length > 0) throw new Error(`Ended memberships could not be reported for tenants ${failures.join(', ')}; they are retried on the next run.`)
  return { users, tenants: byTenant.size, told }
}

/** Records on each row that its end was dealt with, re-reading the user so a concurrent edit is not overwritten with stale rows. */
async function markProcessed(payload: Payload, tenantId: number, ended: EndedMembership[], now: Date): Promise<void> {
  for (const userId of new Set(ended.map((m) => m.userId))) {
    const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, select: { tenants: true } })
    const tenants = (user.tenants ?? []).map((m) => ({
      ...m,
      tenant: relationId(m.tenant) ?? 0,
      ...(relationId(m.tenant) === tenantId && endIsDue(m, now) ? { endProcessedAt: now.toISOString() } : {}),
    }))
    await payload.update({ collection: 'users', id: userId, data: { tenants }, overrideAccess: true, depth: 0 })
  }
}

/**
 * Payload jobs-queue task, daily at 02:00 in the queue the hourly autoRun works through. Run it
 * by hand with `npx tsx scripts/run.ts end-memberships`, or POST /api/users/end-memberships/run
 * as a platform admin.
 */
export const endMembershipsTask: TaskConfig<{ input: object; output: { users: number; tenants: number; told: number } }> = {
  slug: 'endMemberships',
  label: 'Daily: end memberships past their end date',
  retries: 2,
  schedule: [{ cron: '0 2 * * *', queue: REMINDER_QUEUE }],
  outputSchema: [
    { name: 'users', type: 'number', required: true },
    { name: 'tenants', type: 'number', required: true },
    { name: 'told', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await endDueMemberships(req.payload) }),
}
