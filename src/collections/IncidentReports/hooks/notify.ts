import { createHash } from 'node:crypto'

import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { enqueueEmail } from '@/collections/EmailOutbox/enqueue'
import { appendIncidentHistory } from '@/collections/Incidents/hooks/history'
import { serverEnv } from '@/env'
import { relationId } from '@/lib/relationId'

/*
 * What a report's writes cause, in the same transaction as the write (so a report is never
 * recorded without its emails queued, nor the other way round):
 * - on create, one email per receiving officer (the reference and a link to the report in the
 *   admin, nothing else) with the key `report-{reportId}-{userId}`, and an entry in the
 *   incident's history saying it was shared;
 * - on a triage save that moves the status or shares a note, one email to the councillor (the
 *   reference and a link to their report on the site, nothing else), once per new state.
 */

type Row = Record<string, unknown>

/** The link an officer follows: the report in the admin (sign-in first if needed). */
export function adminReportUrl(payload: Payload, reportId: number): string {
  return `${serverEnv().NEXT_PUBLIC_SERVER_URL}${payload.config.routes.admin}/collections/incident-reports/${reportId}`
}

/** The idempotency key of a report's email to one officer (a contract with the outbox tests). */
export const reportEmailKey = (reportId: number, userId: number) => `report-${reportId}-${userId}`

async function emailOf(payload: Payload, userId: number, req: PayloadRequest): Promise<string | null> {
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, disableErrors: true, select: { email: true }, req })
  return user?.email ?? null
}

/** Records, in the incident's own history chain, something that happened to a report of it (when the incident still exists). */
export async function recordOnIncident(req: PayloadRequest, incident: unknown, action: 'report-sent' | 'report-viewed' | 'report-evidence-viewed', detail: { reference: string; evidence?: { id: number; sha256: string } }): Promise<void> {
  const incidentId = typeof incident === 'number' ? incident : null
  if (incidentId === null) return
  const row = (await req.payload.db.findOne({ collection: 'incidents', where: { id: { equals: incidentId } }, req })) as { owner?: unknown } | null
  const owner = relationId(row?.owner)
  if (!row || owner === undefined) return
  await appendIncidentHistory(req, incidentId, owner, { action, changedFields: [detail.reference], previous: null, ...(detail.evidence ? { evidence: detail.evidence } : {}) })
}

export const notifyReport: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const row = doc as Row
  const id = row.id as number
  const tenant = relationId(row.tenant)
  const reference = String(row.reference ?? '')
  if (operation === 'create') {
    for (const recipient of Array.isArray(row.recipients) ? row.recipients.map(relationId) : []) {
      if (recipient === undefined) continue
      const to = await emailOf(req.payload, recipient, req)
      if (!to) continue
      await enqueueEmail(
        req.payload,
        { template: 'report-received', to, tenant, params: { reference, url: adminReportUrl(req.payload, id) }, priority: 'report', idempotencyKey: reportEmailKey(id, recipient) },
        req,
      )
    }
    await recordOnIncident(req, row.incident, 'report-sent', { reference })
    return doc
  }
  const before = (previousDoc ?? {}) as Row
  const sharedIds = (value: unknown) =>
    (Array.isArray(value) ? value : [])
      .map((note) => note as Row)
      .filter((note) => note.shared === true)
      .map((note) => String(note.id))
      .sort()
  const statusMoved = row.status !== before.status
  const newShared = sharedIds(row.notes).filter((noteId) => !sharedIds(before.notes).includes(noteId))
  const reporter = relationId(row.reporter)
  if ((statusMoved || newShared.length > 0) && reporter !== undefined) {
    const to = await emailOf(req.payload, reporter, req)
    if (to) {
      const state = createHash('sha256').update(`${String(row.status)}|${sharedIds(row.notes).join(',')}`).digest('hex').slice(0, 16)
      await enqueueEmail(
        req.payload,
        { template: 'report-updated', to, tenant, params: { reference, reportId: id }, priority: 'report', idempotencyKey: `report-update-${id}-${state}` },
        req,
      )
    }
  }
  return doc
}
