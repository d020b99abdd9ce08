import { ValidationError, type TypedUser, type Where } from 'payload'

import { incidentLogTenantIds, incidentRecordingTenantIds } from '@/access/incidents'
import type { HistoryAction } from '@/collections/IncidentHistory/actions'
import { LOG_DELETION, verifyIncidentHistory } from '@/collections/Incidents/hooks/history'
import { incidentProblems, listOf, type IncidentInput, type IncidentProblems } from '@/collections/Incidents/input'
import { incidentKinds, incidentLimits, incidentPlatforms, type IncidentKind, type IncidentPlatform } from '@/collections/Incidents/options'
import { isoToUkLocal } from '@/lib/londonTime'
import type { Incident } from '@/payload-types'

import { payloadClient } from './payload'
import type { Site } from './site'

export { emptyIncidentInput, incidentProblems, type IncidentField, type IncidentInput, type IncidentProblems, type ProblemCode } from '@/collections/Incidents/input'
export { incidentKinds, incidentLimits, incidentPlatforms, type IncidentKind, type IncidentPlatform }

/*
 * The signed-in person's own incident log on their tenant's site. Per user and never cached:
 * every read and write goes as the user (overrideAccess: false), so the collection's own access
 * rules (owner only, incident-log role, log switched on) decide a second time behind the checks
 * here. Never put a result of these in a shared cache.
 */

/**
 * Whether `user` may open their incident log on this site: an incident-log role in its tenant (or,
 * with `toRecord` false, one that ended less than 12 months ago: read, export and delete only),
 * and the log switched on.
 */
export async function incidentLogOpenTo(site: Site, user: TypedUser | null, { toRecord = false }: { toRecord?: boolean } = {}): Promise<boolean> {
  if (!user) return false
  const tenants = toRecord ? incidentRecordingTenantIds(user) : incidentLogTenantIds(user)
  if (!tenants.includes(site.tenant.id)) return false
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'tenants',
    where: { and: [{ id: { equals: site.tenant.id } }, { incidentLogEnabled: { equals: true } }] },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user,
    select: {},
  })
  return found.docs.length === 1
}

/** One incident as the site shows it, in plaintext (the owner's own). */
export type IncidentView = IncidentInput & { id: number; recordedAt: string | null; addedBy: number | null }

export function viewOf(doc: Incident): IncidentView {
  return {
    id: doc.id,
    addedBy: doc.addedBy ?? null,
    recordedAt: doc.recordedAt ?? null,
    happenedAt: doc.happenedAt,
    happenedUntil: doc.happenedUntil ?? null,
    platform: doc.platform,
    kinds: doc.kinds ?? [],
    whatHappened: doc.whatHappened ?? '',
    impact: doc.impact ?? '',
    witnesses: doc.witnesses ?? '',
    handles: (doc.handles ?? []).map((row) => row.handle),
    links: (doc.links ?? []).map((row) => row.url),
    platformReport: {
      reportedOn: doc.platformReport?.reportedOn ?? null,
      reference: doc.platformReport?.reference ?? '',
      outcome: doc.platformReport?.outcome ?? '',
    },
    policeReport: {
      reportedOn: doc.policeReport?.reportedOn ?? null,
      crimeReference: doc.policeReport?.crimeReference ?? '',
      officer: doc.policeReport?.officer ?? '',
      operationFord: doc.policeReport?.operationFord === true,
    },
  }
}

/** The most a timeline shows at once; the log of one person rarely comes near it. */
const TIMELINE_LIMIT = 500

/** The user's incidents in this site's tenant, newest first; [] when the log is not open to them. */
export async function listIncidents(site: Site, user: TypedUser | null): Promise<IncidentView[]> {
  if (!user || !(await incidentLogOpenTo(site, user))) return []
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'incidents',
    // The owner's own: a helper reads the logs they help with through src/data/incidentHelpers.ts.
    where: { and: [{ owner: { equals: user.id } }, { tenant: { equals: site.tenant.id } }] },
    sort: '-happenedAt',
    depth: 0,
    limit: TIMELINE_LIMIT,
    overrideAccess: false,
    user,
  })
  return found.docs.map(viewOf)
}

/** One of the user's incidents in this site's tenant, or null (someone else's, unknown or malformed id). */
export async function getIncident(site: Site, user: TypedUser | null, id: string): Promise<IncidentView | null> {
  if (!user || !/^\d{1,9}$/.test(id) || !(await incidentLogOpenTo(site, user))) return null
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'incidents',
    where: { and: [{ id: { equals: Number(id) } }, { owner: { equals: user.id } }, { tenant: { equals: site.tenant.id } }] },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user,
  })
  const doc = found.docs[0]
  return doc ? viewOf(doc) : null
}

export type RecordResult = { ok: true; id: number } | { ok: false; problems: IncidentProblems }

/** Records an incident in the user's log in this site's tenant (checked first with the collection's own rules). */
export async function recordIncident(site: Site, user: TypedUser, input: IncidentInput): Promise<RecordResult> {
  const cleaned: IncidentInput = { ...input, handles: listOf(input.handles), links: listOf(input.links) }
  const problems = incidentProblems(cleaned)
  if (Object.keys(problems).length > 0) return { ok: false, problems }
  const payload = await payloadClient()
  try {
    const created = await payload.create({
      collection: 'incidents',
      data: {
        tenant: site.tenant.id,
        owner: user.id as number,
        ...incidentData(cleaned),
      },
      depth: 0,
      overrideAccess: false,
      user,
    })
    return { ok: true, id: created.id }
  } catch (error) {
    // The form checked the same rules, so this is a race (the log switched off meanwhile) or a bug.
    if (error instanceof ValidationError) return { ok: false, problems: { whatHappened: { code: 'required' } } }
    throw error
  }
}

/** The incident's fields as the collection takes them (plaintext; its hooks encrypt them). */
function incidentData(input: IncidentInput) {
  return {
    happenedAt: input.happenedAt as string,
    happenedUntil: input.happenedUntil,
    platform: input.platform as IncidentPlatform,
    kinds: input.kinds,
    whatHappened: input.whatHappened,
    impact: input.impact,
    witnesses: input.witnesses,
    handles: input.handles.map((handle) => ({ handle })),
    links: input.links.map((url) => ({ url })),
    platformReport: input.platformReport,
    policeReport: input.policeReport,
  }
}

/**
 * Saves the owner's changes to one of their incidents. The collection keeps the earlier version
 * in the history with who, when and which fields changed; an incident that is not theirs (or not
 * in this tenant) is `null`, as if it did not exist.
 */
export async function updateIncident(site: Site, user: TypedUser, id: number, input: IncidentInput): Promise<RecordResult | null> {
  if (!(await getIncident(site, user, String(id)))) return null
  const cleaned: IncidentInput = { ...input, handles: listOf(input.handles), links: listOf(input.links) }
  const problems = incidentProblems(cleaned)
  if (Object.keys(problems).length > 0) return { ok: false, problems }
  const payload = await payloadClient()
  try {
    await payload.update({ collection: 'incidents', id, data: incidentData(cleaned), depth: 0, overrideAccess: false, user })
    return { ok: true, id }
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, problems: { whatHappened: { code: 'required' } } }
    throw error
  }
}

/**
 * Deletes one of the owner's incidents for good: its evidence rows and their stored files, and its
 * history (one entry without content stays to say it was deleted, and when). False when it is not
 * theirs to delete.
 */
export async function deleteIncident(site: Site, user: TypedUser, id: number): Promise<boolean> {
  if (!(await getIncident(site, user, String(id)))) return false
  const payload = await payloadClient()
  await payload.delete({ collection: 'incidents', id, depth: 0, overrideAccess: false, user })
  return true
}

/** What deleting the whole log would remove, counted (the confirmation names it). */
export type LogSummary = { incidents: number; evidence: number; drafts: number }

export async function incidentLogSummary(site: Site, user: TypedUser): Promise<LogSummary> {
  if (!(await incidentLogOpenTo(site, user))) return { incidents: 0, evidence: 0, drafts: 0 }
  const payload = await payloadClient()
  const where: Where = { and: [{ owner: { equals: user.id } }, { tenant: { equals: site.tenant.id } }] }
  const [incidents, evidence, drafts] = await Promise.all([
    payload.count({ collection: 'incidents', where, overrideAccess: false, user }),
    payload.count({ collection: 'evidence', where, overrideAccess: false, user }),
    payload.count({ collection: 'incident-drafts', where, overrideAccess: false, user }),
  ])
  return { incidents: incidents.totalDocs, evidence: evidence.totalDocs, drafts: drafts.totalDocs }
}

/**
 * Deletes the owner's whole log in this tenant: every incident (with its evidence, files and
 * history, each leaving a 'log-deleted' entry without content) and every draft. Read and deleted
 * as the user, so nothing of anyone else's can be reached. Returns how many incidents went.
 */
export async function deleteIncidentLog(site: Site, user: TypedUser): Promise<number> {
  if (!(await incidentLogOpenTo(site, user))) return 0
  const payload = await payloadClient()
  const where: Where = { and: [{ owner: { equals: user.id } }, { tenant: { equals: site.tenant.id } }] }
  const deleted = await payload.delete({ collection: 'incidents', where, depth: 0, overrideAccess: false, user, context: { [LOG_DELETION]: true } })
  await payload.delete({ collection: 'incident-drafts', where, depth: 0, overrideAccess: false, user })
  if (deleted.errors.length > 0) throw new Error('Some incidents could not be deleted')
  return deleted.docs.length
}

/** One handle's incidents, for the pattern view. */
export type HandlePattern = { handle: string; incidents: { id: number; happenedAt: string }[] }
export type MonthPattern = { month: string; incidents: { id: number; happenedAt: string }[] }
export type IncidentPatterns = { handles: HandlePattern[]; months: MonthPattern[] }

/** How handles are compared: "@Troll", "troll" and " @troll " are the same person. */
export function handleKey(handle: string): string {
  return handle.trim().replace(/^@+/, '').toLowerCase()
}

/** Incidents grouped by perpetrator handle (most incidents first) and by month (newest first). */
export function patternsOf(incidents: readonly IncidentView[]): IncidentPatterns {
  const byHandle = new Map<string, HandlePattern>()
  const byMonth = new Map<string, MonthPattern>()
  for (const incident of incidents) {
    const ref = { id: incident.id, happenedAt: incident.happenedAt ?? '' }
    for (const handle of new Set(incident.handles.map((value) => value.trim()))) {
      const key = handleKey(handle)
      if (key === '') continue
      const group = byHandle.get(key) ?? { handle, incidents: [] }
      if (!group.incidents.some((seen) => seen.id === incident.id)) group.incidents.push(ref)
      byHandle.set(key, group)
    }
    // The month as the UK calendar has it (an incident at 00:30 BST on the 1st is in that month).
    const month = isoToUkLocal(incident.happenedAt).slice(0, 7)
    if (month.length === 7) {
      const group = byMonth.get(month) ?? { month, incidents: [] }
      group.incidents.push(ref)
      byMonth.set(month, group)
    }
  }
  return {
    handles: [...byHandle.values()].sort((a, b) => b.incidents.length - a.incidents.length || a.handle.localeCompare(b.handle)),
    months: [...byMonth.values()].sort((a, b) => b.month.localeCompare(a.month)),
  }
}

export async function getIncidentPatterns(site: Site, user: TypedUser | null): Promise<IncidentPatterns> {
  return patternsOf(await listIncidents(site, user))
}

export type HistoryEntryView = {
  seq: number
  action: HistoryAction
  at: string
  byOwner: boolean
  /** Who did it, when not the owner (a helper's user id; null for the owner and the server). */
  actor: number | null
  changedFields: string[]
  evidenceSha256: string | null
  /** For a 'bundle-downloaded' entry: the SHA-256 of the ZIP as it was sent. */
  bundleSha256: string | null
}
export type IncidentHistoryView = { entries: HistoryEntryView[]; intact: boolean }

/** The history of one of the user's incidents (read as the user), and whether its chain is intact. */
export async function getIncidentHistory(site: Site, user: TypedUser | null, id: number): Promise<IncidentHistoryView | null> {
  if (!user || !(await getIncident(site, user, String(id)))) return null
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'incident-history',
    where: { incident: { equals: id } },
    sort: 'seq',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const verdict = await verifyIncidentHistory(payload, id)
  return {
    intact: verdict.ok,
    entries: found.docs.map((doc) => ({
      seq: doc.seq,
      action: doc.action,
      at: doc.at,
      byOwner: doc.actor === user.id,
      actor: typeof doc.actor === 'number' && doc.actor !== user.id ? doc.actor : null,
      changedFields: Array.isArray(doc.changedFields) ? doc.changedFields.map(String) : [],
      evidenceSha256: doc.evidenceSha256 ?? null,
      bundleSha256: doc.bundleSha256 ?? null,
    })),
  }
}
