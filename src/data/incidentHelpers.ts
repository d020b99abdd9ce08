import { commitTransaction, createLocalReq, initTransaction, killTransaction, ValidationError, type PayloadRequest, type TypedUser, type Where } from 'payload'

import { helpedLogs } from '@/access/incidentHelpers'
import { memberTenantIds } from '@/access/roles'
import type { HelperAction } from '@/collections/IncidentHelpers'
import { incidentProblems, listOf, type IncidentInput } from '@/collections/Incidents/input'
import { EVIDENCE_PER_INCIDENT } from '@/lib/evidenceFiles'
import { helperChainIntact, nextHelperEntry, type HelperEntry } from '@/lib/incidents/chain'

import { evidenceViewOf, type EvidenceView } from './evidence'
import { incidentLogOpenTo, viewOf, type IncidentView, type RecordResult } from './incidents'
import { payloadClient } from './payload'
import type { Site } from './site'

/*
 * Helpers of an incident log, from both sides, on the tenant's site:
 *
 * - the owner names helpers (members of the same tenant, by email address), sees them, and
 *   revokes them; each of these is an entry in the log's hash-chained helpers' register
 *   (src/collections/IncidentHelpers), written here as the server after the checks below;
 * - a helper sees the logs shared with them, reads them and adds incidents and evidence. Those
 *   reads and writes go as the helper (overrideAccess: false): the collections' own access
 *   (src/access/incidentHelpers.ts) decides again, and records each view in the incident's history.
 *
 * Per user and never cached.
 */

const REGISTER = 'incident-helpers'

/** The one answer for an address that is not a current member of this tenant, whether or not it exists elsewhere. */
export type AddHelperProblem = 'email-invalid' | 'not-a-member' | 'self' | 'already'
export type AddHelperResult = { ok: true; helper: number } | { ok: false; problem: AddHelperProblem }

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/

/** One helper as the owner sees them. */
export type HelperView = { id: number; email: string; name: string; since: string }

async function registerEntries(req: PayloadRequest, owner: number, tenant: number): Promise<(HelperEntry & { id: number; revokedAt: string | null })[]> {
  const found = await req.payload.find({
    collection: REGISTER,
    where: { and: [{ owner: { equals: owner } }, { tenant: { equals: tenant } }] },
    sort: 'seq',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs.map((doc) => ({
    id: doc.id,
    owner: doc.owner,
    tenant: doc.tenant,
    seq: doc.seq,
    action: doc.action,
    actor: doc.actor ?? null,
    helper: doc.helper,
    at: new Date(doc.at).toISOString(),
    prevHash: doc.prevHash,
    hash: doc.hash,
    revokedAt: doc.revokedAt ?? null,
  }))
}

/** Chains one register entry on, in the request's transaction (retried when another write took its place). */
async function appendRegister(req: PayloadRequest, owner: number, tenant: number, action: HelperAction, helper: number, before?: (req: PayloadRequest) => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const ownTransaction = await initTransaction(req)
    try {
      await before?.(req)
      const last = await req.payload.find({
        collection: REGISTER,
        where: { and: [{ owner: { equals: owner } }, { tenant: { equals: tenant } }] },
        sort: '-seq',
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const previous = last.docs[0]
      const entry = nextHelperEntry(previous ? { seq: previous.seq, hash: previous.hash } : null, {
        owner,
        tenant,
        action,
        actor: owner,
        helper,
        at: new Date().toISOString(),
      })
      await req.payload.create({ collection: REGISTER, data: { ...entry, action }, overrideAccess: true, depth: 0, req })
      if (ownTransaction) await commitTransaction(req)
      return
    } catch (error) {
      if (ownTransaction) await killTransaction(req)
      const text = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : ''
      if (attempt >= 3 || !/duplicate key|unique/i.test(text)) throw error
    }
  }
}

/** The helpers the owner has named for their log in this tenant and not revoked, longest-standing first. */
export async function listHelpers(site: Site, owner: TypedUser): Promise<HelperView[]> {
  if (!(await incidentLogOpenTo(site, owner, { toRecord: true }))) return []
  const payload = await payloadClient()
  const found = await payload.find({
    collection: REGISTER,
    where: { and: [{ tenant: { equals: site.tenant.id } }, { action: { equals: 'helper-added' } }, { revokedAt: { exists: false } }] },
    sort: 'at',
    depth: 0,
    limit: 0,
    pagination: false,
    // As the owner: the register's own access lets them read only theirs.
    overrideAccess: false,
    user: owner,
  })
  if (found.docs.length === 0) return []
  const users = await payload.find({
    collection: 'users',
    where: { id: { in: found.docs.map((doc) => doc.helper) } },
    depth: 0,
    limit: 0,
    pagination: false,
    // The owner named these people by address; their name and address are all that is shown.
    overrideAccess: true,
    select: { email: true, name: true },
  })
  const byId = new Map(users.docs.map((user) => [user.id, user]))
  return found.docs.flatMap((doc) => {
    const user = byId.get(doc.helper)
    return user ? [{ id: doc.helper, email: user.email, name: user.name ?? '', since: doc.at }] : []
  })
}

/**
 * Names a helper by email address. Only a current member of this tenant (any role) who is not
 * already a helper, and not the owner, can be named; any other address, whether or not an account
 * exists for it elsewhere, gets the same `not-a-member` answer, so the form cannot be used to find
 * out who has an account on another council.
 */
export async function addHelper(site: Site, owner: TypedUser, email: string): Promise<AddHelperResult> {
  const address = email.trim().toLowerCase()
  if (!EMAIL.test(address) || address.length > 320) return { ok: false, problem: 'email-invalid' }
  if (!(await incidentLogOpenTo(site, owner, { toRecord: true }))) return { ok: false, problem: 'not-a-member' }
  if (address === (owner.email ?? '').toLowerCase()) return { ok: false, problem: 'self' }
  const payload = await payloadClient()
  const found = await payload.find({ collection: 'users', where: { email: { equals: address } }, depth: 0, limit: 1, overrideAccess: true, select: { tenants: true } })
  const helper = found.docs[0]
  if (!helper || !memberTenantIds(helper).includes(site.tenant.id)) return { ok: false, problem: 'not-a-member' }
  const ownerId = owner.id as number
  if ((await listHelpers(site, owner)).some((known) => known.id === helper.id)) return { ok: false, problem: 'already' }
  const req = await createLocalReq({ user: owner }, payload)
  await appendRegister(req, ownerId, site.tenant.id, 'helper-added', helper.id)
  return { ok: true, helper: helper.id }
}

/**
 * Revokes a helper at once: their `helper-added` entries are marked revoked and a
 * `helper-revoked` entry is chained, in one transaction; their next request finds nothing.
 * False when they were not a helper of this log.
 */
export async function revokeHelper(site: Site, owner: TypedUser, helperId: number): Promise<boolean> {
  if (!Number.isSafeInteger(helperId) || !(await incidentLogOpenTo(site, owner))) return false
  const payload = await payloadClient()
  const ownerId = owner.id as number
  const active: Where = { and: [{ owner: { equals: ownerId } }, { tenant: { equals: site.tenant.id } }, { helper: { equals: helperId } }, { action: { equals: 'helper-added' } }, { revokedAt: { exists: false } }] }
  const { totalDocs } = await payload.count({ collection: REGISTER, where: active, overrideAccess: true })
  if (totalDocs === 0) return false
  const req = await createLocalReq({ user: owner }, payload)
  await appendRegister(req, ownerId, site.tenant.id, 'helper-revoked', helperId, async (inTransaction) => {
    await inTransaction.payload.update({ collection: REGISTER, where: active, data: { revokedAt: new Date().toISOString() }, overrideAccess: true, depth: 0, req: inTransaction })
  })
  return true
}

/** One entry of the register as the owner sees it. */
export type RegisterEntryView = { seq: number; action: HelperAction; at: string; helper: string }
export type RegisterView = { entries: RegisterEntryView[]; intact: boolean }

/** The owner's register for this tenant's log, with each helper's address, and whether its chain is intact. */
export async function helperRegister(site: Site, owner: TypedUser): Promise<RegisterView> {
  if (!(await incidentLogOpenTo(site, owner))) return { entries: [], intact: true }
  const payload = await payloadClient()
  const req = await createLocalReq({ user: owner }, payload)
  const entries = await registerEntries(req, owner.id as number, site.tenant.id)
  const users = entries.length === 0 ? [] : (await payload.find({ collection: 'users', where: { id: { in: [...new Set(entries.map((entry) => entry.helper))] } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { email: true } })).docs
  const emails = new Map(users.map((user) => [user.id, user.email]))
  return {
    intact: helperChainIntact(entries),
    entries: entries.map((entry) => ({ seq: entry.seq, action: entry.action as HelperAction, at: entry.at, helper: emails.get(entry.helper) ?? '' })),
  }
}

/** Names of people, for a helper's pages and the owner's timeline. */
async function namesOf(ids: number[]): Promise<Map<number, { email: string; name: string }>> {
  if (ids.length === 0) return new Map()
  const payload = await payloadClient()
  const found = await payload.find({ collection: 'users', where: { id: { in: [...new Set(ids)] } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { email: true, name: true } })
  return new Map(found.docs.map((user) => [user.id, { email: user.email, name: user.name ?? '' }]))
}

/** How a person is named on a page: their name, or their address. */
export async function displayNames(ids: number[]): Promise<Map<number, string>> {
  const names = await namesOf(ids)
  return new Map([...names].map(([id, user]) => [id, user.name.trim() || user.email]))
}

/** A log shared with the signed-in person, in this tenant. */
export type SharedLogView = { owner: number; ownerName: string }

/** The logs in this site's tenant that `viewer` helps with now (checked as the access rules check it). */
export async function logsSharedWith(site: Site, viewer: TypedUser | null): Promise<SharedLogView[]> {
  if (!viewer) return []
  const payload = await payloadClient()
  const req = await createLocalReq({ user: viewer }, payload)
  const logs = (await helpedLogs(req)).filter((log) => log.tenant === site.tenant.id)
  const names = await displayNames(logs.map((log) => log.owner))
  return logs.map((log) => ({ owner: log.owner, ownerName: names.get(log.owner) ?? '' }))
}

/** Whether `viewer` helps with `owner`'s log in this tenant now. */
export async function helpsWith(site: Site, viewer: TypedUser | null, owner: number): Promise<boolean> {
  return (await logsSharedWith(site, viewer)).some((log) => log.owner === owner)
}

const TIMELINE_LIMIT = 500

/** The shared log's incidents, newest first, read as the helper (each read is recorded in its incident's history). */
export async function listSharedIncidents(site: Site, viewer: TypedUser | null, owner: number): Promise<IncidentView[]> {
  if (!viewer || !(await helpsWith(site, viewer, owner))) return []
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'incidents',
    where: { and: [{ owner: { equals: owner } }, { tenant: { equals: site.tenant.id } }] },
    sort: '-happenedAt',
    depth: 0,
    limit: TIMELINE_LIMIT,
    overrideAccess: false,
    user: viewer,
  })
  return found.docs.map(viewOf)
}

/** One incident of the shared log, read as the helper (recorded in its history), or null. */
export async function getSharedIncident(site: Site, viewer: TypedUser | null, owner: number, id: string): Promise<IncidentView | null> {
  if (!viewer || !/^\d{1,9}$/.test(id) || !(await helpsWith(site, viewer, owner))) return null
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'incidents',
    where: { and: [{ id: { equals: Number(id) } }, { owner: { equals: owner } }, { tenant: { equals: site.tenant.id } }] },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user: viewer,
  })
  const doc = found.docs[0]
  return doc ? viewOf(doc) : null
}

/** The evidence of one incident of the shared log, read as the helper. */
export async function listSharedEvidence(site: Site, viewer: TypedUser | null, owner: number, incidentId: number): Promise<EvidenceView[]> {
  if (!viewer || !(await helpsWith(site, viewer, owner))) return []
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'evidence',
    where: { and: [{ incident: { equals: incidentId } }, { owner: { equals: owner } }, { tenant: { equals: site.tenant.id } }] },
    sort: 'uploadedAt',
    depth: 0,
    limit: EVIDENCE_PER_INCIDENT,
    overrideAccess: false,
    user: viewer,
  })
  return found.docs.map((doc) => evidenceViewOf(doc, { preview: false }))
}

/** Records an incident in the shared log, as the helper: the owner's incident, added by the helper. */
export async function recordForOwner(site: Site, viewer: TypedUser, owner: number, input: IncidentInput): Promise<RecordResult | null> {
  if (!(await helpsWith(site, viewer, owner))) return null
  const cleaned: IncidentInput = { ...input, handles: listOf(input.handles), links: listOf(input.links) }
  const problems = incidentProblems(cleaned)
  if (Object.keys(problems).length > 0) return { ok: false, problems }
  const payload = await payloadClient()
  try {
    const created = await payload.create({
      collection: 'incidents',
      data: {
        tenant: site.tenant.id,
        owner,
        happenedAt: cleaned.happenedAt as string,
        happenedUntil: cleaned.happenedUntil,
        platform: cleaned.platform as NonNullable<IncidentInput['platform']>,
        kinds: cleaned.kinds,
        whatHappened: cleaned.whatHappened,
        impact: cleaned.impact,
        witnesses: cleaned.witnesses,
        handles: cleaned.handles.map((handle) => ({ handle })),
        links: cleaned.links.map((url) => ({ url })),
        platformReport: cleaned.platformReport,
        policeReport: cleaned.policeReport,
      },
      depth: 0,
      overrideAccess: false,
      user: viewer,
    })
    return { ok: true, id: created.id }
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, problems: { whatHappened: { code: 'required' } } }
    throw error
  }
}
