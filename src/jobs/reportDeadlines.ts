import type { Payload, TaskConfig } from 'payload'

import { isMembershipCurrent } from '@/access/roles'
import { enqueueEmail } from '@/collections/EmailOutbox/enqueue'
import { adminReportUrl } from '@/collections/IncidentReports/hooks/notify'
import { DEFAULT_ESCALATE_AFTER_HOURS } from '@/collections/IncidentReports/options'
import { relationId } from '@/lib/relationId'

import { REMINDER_QUEUE } from './remindStaleContacts'

/*
 * Hourly, for reports to the council:
 * - escalation: a report still 'received' longer than its tenant's time (48 hours unless the
 *   tenant sets its own) is marked escalated, and the tenant's admins are emailed its reference
 *   (nothing else: they cannot open it); the councillor's report page shows it was escalated.
 * - next action due: each officer the report was sent to is emailed once per due date.
 * Emails are queued first and the report marked after, with one idempotency key per event and
 * recipient, so a run that dies between the two sends nothing twice when it is run again.
 */

export type DeadlineSummary = { escalated: number; reminded: number }

type ReportRow = { id: number; reference?: string | null; tenant: unknown; recipients?: unknown; createdAt: string; nextActionDue?: string | null; reminderSentFor?: string | null }

async function currentMembersWithRole(payload: Payload, tenantId: number, role: 'tenant-admin' | 'officer', only: number[] | null, now: Date): Promise<{ id: number; email: string }[]> {
  const found = await payload.find({
    collection: 'users',
    where: { and: [{ 'tenants.tenant': { equals: tenantId } }, { 'tenants.roles': { in: [role] } }, ...(only ? [{ id: { in: only } }] : [])] },
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { email: true, tenants: true },
  })
  return found.docs
    .filter((user) => (user.tenants ?? []).some((m) => relationId(m.tenant) === tenantId && isMembershipCurrent(m, now) && (m.roles ?? []).includes(role)))
    .map((user) => ({ id: user.id, email: user.email }))
}

export async function runReportDeadlines(payload: Payload, now: Date = new Date()): Promise<DeadlineSummary> {
  const summary: DeadlineSummary = { escalated: 0, reminded: 0 }
  const hoursByTenant = new Map<number, number>()
  const hoursOf = async (tenantId: number): Promise<number> => {
    if (!hoursByTenant.has(tenantId)) {
      const tenant = await payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, overrideAccess: true, disableErrors: true, select: { reportEscalateAfterHours: true } })
      hoursByTenant.set(tenantId, tenant?.reportEscalateAfterHours ?? DEFAULT_ESCALATE_AFTER_HOURS)
    }
    return hoursByTenant.get(tenantId) ?? DEFAULT_ESCALATE_AFTER_HOURS
  }

  // The shortest a tenant may set is 1 hour: anything younger cannot be due.
  const waiting = await payload.find({
    collection: 'incident-reports',
    where: { and: [{ status: { equals: 'received' } }, { escalatedAt: { exists: false } }, { createdAt: { less_than_equal: new Date(now.getTime() - 3600_000).toISOString() } }] },
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { reference: true, tenant: true, createdAt: true },
  })
  for (const report of waiting.docs as unknown as ReportRow[]) {
    const tenantId = relationId(report.tenant)
    if (tenantId === undefined) continue
    const hours = await hoursOf(tenantId)
    if (Date.parse(report.createdAt) + hours * 3600_000 > now.getTime()) continue
    const admins = await currentMembersWithRole(payload, tenantId, 'tenant-admin', null, now)
    for (const admin of admins) {
      await enqueueEmail(payload, {
        template: 'report-escalated',
        to: admin.email,
        tenant: tenantId,
        params: { reference: report.reference ?? '', hours },
        priority: 'report',
        idempotencyKey: `report-escalated-${report.id}-${admin.id}`,
      })
    }
    // Straight to the row: the escalation is the server's fact, not a triage edit (no hooks, no email to the councillor).
    await payload.db.updateOne({ collection: 'incident-reports', id: report.id, data: { escalatedAt: now.toISOString() }, returning: false })
    summary.escalated += 1
  }

  const due = await payload.find({
    collection: 'incident-reports',
    where: { and: [{ nextActionDue: { less_than_equal: now.toISOString() } }, { status: { not_equals: 'closed' } }] },
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { reference: true, tenant: true, recipients: true, nextActionDue: true, reminderSentFor: true },
    showHiddenFields: true,
  })
  for (const report of due.docs as unknown as ReportRow[]) {
    const tenantId = relationId(report.tenant)
    if (tenantId === undefined || !report.nextActionDue) continue
    const dueAt = Date.parse(report.nextActionDue)
    if (report.reminderSentFor && Date.parse(report.reminderSentFor) === dueAt) continue
    const recipients = (Array.isArray(report.recipients) ? report.recipients : []).map(relationId).filter((id): id is number => id !== undefined)
    const officers = recipients.length ? await currentMembersWithRole(payload, tenantId, 'officer', recipients, now) : []
    for (const officer of officers) {
      await enqueueEmail(payload, {
        template: 'report-due',
        to: officer.email,
        tenant: tenantId,
        params: { reference: report.reference ?? '', url: adminReportUrl(payload, report.id) },
        priority: 'reminder',
        idempotencyKey: `report-due-${report.id}-${dueAt}-${officer.id}`,
      })
    }
    await payload.db.updateOne({ collection: 'incident-reports', id: report.id, data: { reminderSentFor: report.nextActionDue }, returning: false })
    summary.reminded += 1
  }
  return summary
}

/** Payload jobs-queue task, hourly in the queue payload.config.ts's autoRun works through. */
export const reportDeadlinesTask: TaskConfig<{ input: object; output: DeadlineSummary }> = {
  slug: 'reportDeadlines',
  label: 'Hourly: escalate unassessed reports, remind officers of due actions',
  retries: 2,
  schedule: [{ cron: '0 * * * *', queue: REMINDER_QUEUE }],
  outputSchema: [
    { name: 'escalated', type: 'number', required: true },
    { name: 'reminded', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await runReportDeadlines(req.payload) }),
}
