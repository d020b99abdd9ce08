import type { TypedUser } from 'payload'

import { isMembershipCurrent } from '@/access/roles'
import { incidentKeyring } from '@/collections/Incidents/keys'
import { REPORT_SNAPSHOT } from '@/collections/IncidentReports/hooks/content'
import { reportEmailKey } from '@/collections/IncidentReports/hooks/notify'
import {
  contactPreferences,
  reportLimits,
  type ContactPreference,
  type ReportSeverity,
  type ReportSnapshot,
  type ReportStatus,
  type SnapshotEvidence,
} from '@/collections/IncidentReports/options'
import { relationId } from '@/lib/relationId'
import { configuredBlobStore, deleteStored, getDecrypted, putEncrypted, type StoredFile } from '@/storage'

import { listEvidence, type EvidenceView } from './evidence'
import { getIncident, incidentLogOpenTo, type IncidentView } from './incidents'
import { payloadClient } from './payload'
import type { Site } from './site'

export { contactPreferences, reportLimits, type ContactPreference, type ReportStatus }

/*
 * Reporting an incident to the council, from the councillor's side. Reads go as the user
 * (overrideAccess: false) so the collections' own rules decide a second time. Two things are done
 * as the server, each said where: the officers' names (a councillor cannot read other accounts,
 * and the council names its officers to its members on purpose), and the report's creation
 * (nobody creates a report through the API: only this checked path, with the incident read as
 * its owner first). Never cached: per user.
 */

/** An officer as the councillor sees them before sending: name and title, never hidden. */
export type ReceivingOfficer = { id: number; name: string; title: string; kinds: string[] }

/** How long the notice "the officers who receive your reports changed" stays on the log. */
export const OFFICERS_CHANGED_NOTICE_DAYS = 30

type TenantOfficers = { officers: ReceivingOfficer[]; changedAt: string | null }

/** The tenant's named officers who are still officers there now (read as the member, names as the server). */
export async function tenantReportOfficers(site: Site, user: TypedUser): Promise<TenantOfficers> {
  const payload = await payloadClient()
  const tenant = await payload.findByID({ collection: 'tenants', id: site.tenant.id, depth: 0, overrideAccess: false, user, select: { reportOfficers: true, reportOfficersChangedAt: true } })
  const rows = tenant.reportOfficers ?? []
  const ids = rows.map((row) => relationId(row.officer)).filter((id): id is number => id !== undefined)
  if (ids.length === 0) return { officers: [], changedAt: tenant.reportOfficersChangedAt ?? null }
  // As the server: names of the accounts the council itself named, and whether each is still its officer.
  const users = await payload.find({ collection: 'users', where: { id: { in: ids } }, depth: 0, limit: ids.length, overrideAccess: true, select: { name: true, email: true, tenants: true } })
  const officers: ReceivingOfficer[] = []
  for (const row of rows) {
    const account = users.docs.find((doc) => doc.id === relationId(row.officer))
    if (!account) continue
    const current = (account.tenants ?? []).some((m) => relationId(m.tenant) === site.tenant.id && isMembershipCurrent(m) && (m.roles ?? []).includes('officer'))
    if (!current || officers.some((known) => known.id === account.id)) continue
    officers.push({ id: account.id, name: account.name?.trim() || account.email, title: row.title, kinds: row.kinds ?? [] })
  }
  return { officers, changedAt: tenant.reportOfficersChangedAt ?? null }
}

/** The officers who receive an incident of these kinds: those who take every kind, and those who take one of them. */
export function officersFor(officers: readonly ReceivingOfficer[], kinds: readonly string[]): ReceivingOfficer[] {
  return officers.filter((officer) => officer.kinds.length === 0 || officer.kinds.some((kind) => kinds.includes(kind)))
}

/** When the officers changed recently enough to tell the councillor on their log, the date; else null. */
export async function officersChangedNotice(site: Site, user: TypedUser | null, now: Date = new Date()): Promise<{ changedAt: string; officers: ReceivingOfficer[] } | null> {
  if (!user || !(await incidentLogOpenTo(site, user, { toRecord: true }))) return null
  const { officers, changedAt } = await tenantReportOfficers(site, user)
  if (!changedAt || now.getTime() - Date.parse(changedAt) > OFFICERS_CHANGED_NOTICE_DAYS * 24 * 3600 * 1000) return null
  return { changedAt, officers }
}

export type ReportForm = { incident: IncidentView; evidence: EvidenceView[]; officers: ReceivingOfficer[]; anyOfficer: boolean }

/** What the report page shows: the incident, its evidence to choose from, and who would receive it. */
export async function reportFormFor(site: Site, user: TypedUser | null, incidentId: string): Promise<ReportForm | null> {
  if (!user || !(await incidentLogOpenTo(site, user, { toRecord: true }))) return null
  const incident = await getIncident(site, user, incidentId)
  if (!incident) return null
  const evidence = await listEvidence(site, user, incident.id)
  const { officers } = await tenantReportOfficers(site, user)
  return { incident, evidence, officers: officersFor(officers, incident.kinds), anyOfficer: officers.length > 0 }
}

export type ReportInput = {
  incidentId: string
  evidenceIds: number[]
  contactPreference: string
  contactDetail: string
  note: string
  leaveOut: number[]
  submissionKey: string
}

export type ReportProblem = 'noOfficer' | 'allLeftOut' | 'contactPreference' | 'contactDetail' | 'noteTooLong' | 'evidence' | 'submission'
export type SendResult = { ok: true; id: number; reference: string } | { ok: false; problems: ReportProblem[] }

const SUBMISSION_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** The checks on what the councillor typed, before anything is read or written. */
export function reportInputProblems(input: ReportInput): ReportProblem[] {
  const problems: ReportProblem[] = []
  if (!(contactPreferences as readonly string[]).includes(input.contactPreference)) problems.push('contactPreference')
  if (input.contactPreference === 'phone' && input.contactDetail.trim() === '') problems.push('contactDetail')
  if (input.contactDetail.length > reportLimits.contactDetail) problems.push('contactDetail')
  if (input.note.length > reportLimits.note) problems.push('noteTooLong')
  if (input.evidenceIds.length > reportLimits.evidence) problems.push('evidence')
  if (!SUBMISSION_KEY.test(input.submissionKey)) problems.push('submission')
  return problems
}

async function reportBySubmission(user: TypedUser, submissionKey: string): Promise<{ id: number; reference: string } | null> {
  const payload = await payloadClient()
  // The key is a hidden column, which only the server may query; it is asked for the user's own
  // reports only, so a key guessed from someone else's form finds nothing.
  const found = await payload.find({
    collection: 'incident-reports',
    where: { and: [{ submissionKey: { equals: submissionKey } }, { reporter: { equals: user.id } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    select: { reference: true },
  })
  const doc = found.docs[0]
  return doc ? { id: doc.id, reference: doc.reference ?? '' } : null
}

/** Copies each chosen evidence file under a new data key of the report's own; the originals stay the councillor's. */
async function copyEvidence(user: TypedUser, incidentId: number, chosen: number[]): Promise<{ items: SnapshotEvidence[]; files: StoredFile[] }> {
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'evidence',
    where: { and: [{ id: { in: chosen } }, { incident: { equals: incidentId } }] },
    depth: 0,
    limit: chosen.length,
    overrideAccess: false,
    user,
    showHiddenFields: true,
    sort: 'uploadedAt',
  })
  if (found.docs.length !== chosen.length) throw new ReportEvidenceError()
  const items: SnapshotEvidence[] = []
  const files: StoredFile[] = []
  try {
    for (const doc of found.docs) {
      const plain = await getDecrypted(configuredBlobStore(), incidentKeyring(), { storageKey: doc.storageKey, wrappedKey: doc.encryptionKey })
      files.push(await putEncrypted(configuredBlobStore(), incidentKeyring(), plain))
      items.push({ evidenceId: doc.id, fileName: doc.fileName ?? '', sha256: doc.sha256, size: doc.size, mimeType: doc.mimeType, uploadedAt: doc.uploadedAt })
    }
  } catch (error) {
    await removeCopies(files)
    throw error
  }
  return { items, files }
}

async function removeCopies(files: StoredFile[]): Promise<void> {
  await Promise.all(files.map((file) => deleteStored(configuredBlobStore(), file).catch(() => undefined)))
}

class ReportEvidenceError extends Error {}

/**
 * Sends a report: one per submission key, however often the form is posted (a double tap, a
 * retry after a lost answer). The incident and evidence are read as their owner; the officers are
 * the tenant's officers for the incident's kinds, less those the councillor left out.
 */
export async function sendReport(site: Site, user: TypedUser, input: ReportInput): Promise<SendResult> {
  const problems = reportInputProblems(input)
  if (problems.length > 0) return { ok: false, problems }
  const earlier = await reportBySubmission(user, input.submissionKey)
  if (earlier) return { ok: true, ...earlier }
  const form = await reportFormFor(site, user, input.incidentId)
  if (!form) return { ok: false, problems: ['submission'] }
  if (form.officers.length === 0) return { ok: false, problems: ['noOfficer'] }
  const recipients = form.officers.filter((officer) => !input.leaveOut.includes(officer.id))
  if (recipients.length === 0) return { ok: false, problems: ['allLeftOut'] }
  const chosen = [...new Set(input.evidenceIds)]
  if (!chosen.every((id) => form.evidence.some((file) => file.id === id))) return { ok: false, problems: ['evidence'] }

  let copies: { items: SnapshotEvidence[]; files: StoredFile[] }
  try {
    copies = await copyEvidence(user, form.incident.id, chosen)
  } catch (error) {
    if (error instanceof ReportEvidenceError) return { ok: false, problems: ['evidence'] }
    throw error
  }
  const { id: _id, ...incident } = form.incident
  const snapshot: ReportSnapshot = {
    incident,
    evidence: copies.items,
    contact: { preference: input.contactPreference as ContactPreference, detail: input.contactDetail.trim() },
    note: input.note.trim(),
    sentTo: recipients.map((officer) => ({ name: officer.name, title: officer.title })),
    leftOut: form.officers.filter((officer) => input.leaveOut.includes(officer.id)).map((officer) => ({ name: officer.name, title: officer.title })),
  }
  const payload = await payloadClient()
  try {
    // Past access (create is nobody's through the API), after every check above was made as the
    // user; in the user's name, so the incident's history says who shared it.
    const created = await payload.create({
      collection: 'incident-reports',
      overrideAccess: true,
      user,
      context: { [REPORT_SNAPSHOT]: snapshot },
      data: {
        tenant: site.tenant.id,
        reporter: user.id as number,
        incident: form.incident.id,
        recipients: recipients.map((officer) => officer.id),
        platform: form.incident.platform ?? 'other',
        kinds: form.incident.kinds,
        status: 'received',
        submissionKey: input.submissionKey,
        files: copies.files.map((file) => ({ storageKey: file.storageKey, wrappedKey: file.wrappedKey })),
      },
      depth: 0,
    })
    return { ok: true, id: created.id, reference: created.reference ?? '' }
  } catch (error) {
    await removeCopies(copies.files)
    // Two posts of one form at once: the unique submission key let one in; answer with that one.
    const winner = await reportBySubmission(user, input.submissionKey)
    if (winner) return { ok: true, ...winner }
    throw error
  }
}

/** A report as its sender sees it: no internal notes, no officers' names beyond what they were shown. */
export type MyReportView = {
  id: number
  reference: string
  status: ReportStatus
  severity: ReportSeverity | null
  createdAt: string
  statusChangedAt: string | null
  escalatedAt: string | null
  crimeReference: string | null
  policeOfficer: string | null
  sharedNotes: { text: string; at: string | null }[]
  snapshot: ReportSnapshot | null
  /** True until every officer's email has left the portal (the outbox row is sent). */
  emailPending: boolean
}

type ReportDoc = {
  id: number
  reference?: string | null
  status: ReportStatus
  severity?: ReportSeverity | null
  createdAt: string
  statusChangedAt?: string | null
  escalatedAt?: string | null
  crimeReference?: string | null
  policeOfficer?: string | null
  notes?: { text: string; shared?: boolean | null; at?: string | null }[] | null
  snapshot?: unknown
}

function myViewOf(doc: ReportDoc, emailPending: boolean): MyReportView {
  return {
    id: doc.id,
    reference: doc.reference ?? '',
    status: doc.status,
    severity: doc.severity ?? null,
    createdAt: doc.createdAt,
    statusChangedAt: doc.statusChangedAt ?? null,
    escalatedAt: doc.escalatedAt ?? null,
    crimeReference: doc.crimeReference ?? null,
    policeOfficer: doc.policeOfficer ?? null,
    sharedNotes: (doc.notes ?? []).filter((note) => note.shared === true).map((note) => ({ text: note.text, at: note.at ?? null })),
    snapshot: (doc.snapshot as ReportSnapshot | null | undefined) ?? null,
    emailPending,
  }
}

/**
 * Whether any officer's email about this report has not yet left the portal. The outbox is the
 * platform's (its rows are not the councillor's to read), so it is asked as the server, only
 * after the report was read as the user, and only for a status.
 */
async function emailsPending(doc: { id: number; recipients?: unknown }): Promise<boolean> {
  const recipients = (Array.isArray(doc.recipients) ? doc.recipients : []).map(relationId).filter((id): id is number => id !== undefined)
  if (recipients.length === 0) return false
  const payload = await payloadClient()
  const { totalDocs } = await payload.count({
    collection: 'email-outbox',
    where: { and: [{ idempotencyKey: { in: recipients.map((recipient) => reportEmailKey(doc.id, recipient)) } }, { status: { in: ['queued', 'failed'] } }] },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/** The user's reports in this site's tenant, newest first. */
export async function listMyReports(site: Site, user: TypedUser | null): Promise<MyReportView[]> {
  if (!user) return []
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'incident-reports',
    where: { and: [{ reporter: { equals: user.id } }, { tenant: { equals: site.tenant.id } }] },
    sort: '-createdAt',
    depth: 0,
    limit: 200,
    overrideAccess: false,
    user,
  })
  return Promise.all(found.docs.map(async (doc) => myViewOf(doc as unknown as ReportDoc, await emailsPending(doc))))
}

/** The user's reports of one incident (for the incident page: "reported on …, R-…"). */
export async function reportsOfIncident(site: Site, user: TypedUser | null, incidentId: number): Promise<{ id: number; reference: string; createdAt: string; status: ReportStatus }[]> {
  if (!user) return []
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'incident-reports',
    where: { and: [{ reporter: { equals: user.id } }, { tenant: { equals: site.tenant.id } }, { incident: { equals: incidentId } }] },
    sort: '-createdAt',
    depth: 0,
    limit: 50,
    overrideAccess: false,
    user,
    select: { reference: true, createdAt: true, status: true },
  })
  return found.docs.map((doc) => ({ id: doc.id, reference: doc.reference ?? '', createdAt: doc.createdAt, status: doc.status }))
}

/** One of the user's own reports in this site's tenant, or null. */
export async function getMyReport(site: Site, user: TypedUser | null, id: string): Promise<MyReportView | null> {
  if (!user || !/^\d{1,9}$/.test(id)) return null
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'incident-reports',
    where: { and: [{ id: { equals: Number(id) } }, { reporter: { equals: user.id } }, { tenant: { equals: site.tenant.id } }] },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user,
  })
  const doc = found.docs[0]
  return doc ? myViewOf(doc as unknown as ReportDoc, await emailsPending(doc)) : null
}
