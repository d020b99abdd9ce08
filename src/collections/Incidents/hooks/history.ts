import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionAfterReadHook, Payload, PayloadRequest } from 'payload'

import type { HistoryAction } from '@/collections/IncidentHistory/actions'
import { nextEntry, verifyChain, type ChainEntry, type ChainVerdict } from '@/lib/incidents/chain'

import { PENDING_HISTORY, type PendingHistory } from './encryption'

const HISTORY = 'incident-history'

type HistoryRow = {
  incident: number
  seq: number
  action: string
  actor?: number | null
  at: string
  changedFields?: unknown
  previous?: string | null
  prevHash: string
  hash: string
  evidenceId?: number | null
  evidenceSha256?: string | null
  bundleSha256?: string | null
}

function asEntry(row: HistoryRow): ChainEntry {
  return {
    incident: row.incident,
    seq: row.seq,
    action: row.action,
    actor: row.actor ?? null,
    at: new Date(row.at).toISOString(),
    changedFields: Array.isArray(row.changedFields) ? row.changedFields.map(String) : [],
    previous: row.previous ?? null,
    prevHash: row.prevHash,
    hash: row.hash,
    ...(typeof row.evidenceId === 'number' && typeof row.evidenceSha256 === 'string' ? { evidence: { id: row.evidenceId, sha256: row.evidenceSha256 } } : {}),
    ...(typeof row.bundleSha256 === 'string' ? { bundle: { sha256: row.bundleSha256 } } : {}),
  }
}

/** Every history entry of an incident, oldest first, straight from the database (server use). */
export async function readHistoryEntries(payload: Payload, incident: number, req?: PayloadRequest): Promise<ChainEntry[]> {
  const found = await payload.find({
    collection: HISTORY,
    where: { incident: { equals: incident } },
    sort: 'seq',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return found.docs.map((doc) => asEntry(doc as unknown as HistoryRow))
}

/**
 * Checks an incident's history chain against the head and length the incident recorded: an
 * entry altered, removed, reordered or added after the fact is reported.
 */
export async function verifyIncidentHistory(payload: Payload, incident: number): Promise<ChainVerdict> {
  const raw = (await payload.db.findOne({ collection: 'incidents', where: { id: { equals: incident } } })) as { historyHead?: string | null; historyLength?: number | null } | null
  const entries = await readHistoryEntries(payload, incident)
  return verifyChain(incident, entries, { head: raw?.historyHead ?? null, length: raw?.historyLength ?? null })
}

export type { HistoryAction }

/**
 * Appends one entry to an incident's history chain, in the request's transaction, and moves the
 * incident's recorded head and length on. Used by the incidents' own writes and by evidence uploads.
 */
export async function appendIncidentHistory(
  req: PayloadRequest,
  incident: number,
  owner: number,
  content: { action: HistoryAction; changedFields: string[]; previous: string | null; evidence?: { id: number; sha256: string }; bundle?: { sha256: string } },
): Promise<ChainEntry> {
  const last = await req.payload.find({
    collection: HISTORY,
    where: { incident: { equals: incident } },
    sort: '-seq',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const previousEntry = last.docs[0] as unknown as HistoryRow | undefined
  const entry = nextEntry(previousEntry ? { seq: previousEntry.seq, hash: previousEntry.hash } : null, {
    incident,
    action: content.action,
    actor: req.user && typeof req.user.id === 'number' ? req.user.id : null,
    at: new Date().toISOString(),
    changedFields: content.changedFields,
    previous: content.previous,
    ...(content.evidence ? { evidence: content.evidence } : {}),
    ...(content.bundle ? { bundle: content.bundle } : {}),
  })
  const { evidence, bundle, ...stored } = entry
  await req.payload.create({
    collection: HISTORY,
    data: { ...stored, action: content.action, owner, ...(evidence ? { evidenceId: evidence.id, evidenceSha256: evidence.sha256 } : {}), ...(bundle ? { bundleSha256: bundle.sha256 } : {}) },
    overrideAccess: true,
    req,
  })
  // Straight to the row: a Payload update would run the incident's hooks again.
  await req.payload.db.updateOne({ collection: 'incidents', id: incident, data: { historyHead: entry.hash, historyLength: entry.seq }, req, returning: false })
  return entry
}

/**
 * After every write of an incident, in the same transaction: a history entry with who, when,
 * which fields changed and the earlier version (encrypted under the incident's own key), chained
 * to the entry before by its SHA-256; and the chain's new head and length on the incident.
 */
export const recordIncidentHistory: CollectionAfterChangeHook = async ({ doc, req }) => {
  const pending = req.context[PENDING_HISTORY] as PendingHistory | undefined
  if (!pending) return doc
  delete req.context[PENDING_HISTORY]
  const incident = (doc as { id: number }).id
  const owner = (doc as { owner?: unknown }).owner
  await appendIncidentHistory(req, incident, typeof owner === 'number' ? owner : (owner as { id: number }).id, {
    action: pending.action,
    changedFields: pending.changedFields,
    previous: pending.previous,
  })
  return doc
}

/** Set in a delete's context when the owner deletes their whole log, so each tombstone says so. */
export const LOG_DELETION = 'incidentLogDeletion'

/**
 * After an incident is deleted (its evidence and files went first, removeIncidentEvidence), in the
 * same transaction: its history entries go too, since each holds an earlier version of its text,
 * and one tombstone takes their place. The tombstone says who deleted it and when, and carries the
 * hash of the chain's last entry (a bundle handed out earlier can be matched to it), with no
 * changed fields and no content. It is chained on from that last entry, so it is the only entry
 * of a chain that no longer verifies, by design: there is nothing left to verify.
 */
export const recordIncidentDeletion: CollectionAfterDeleteHook = async ({ id, doc, req }) => {
  const incident = Number(id)
  const owner = (doc as { owner?: unknown }).owner
  const ownerId = typeof owner === 'number' ? owner : (owner as { id?: number } | null)?.id
  if (typeof ownerId !== 'number') return doc
  const last = await req.payload.find({
    collection: HISTORY,
    where: { incident: { equals: incident } },
    sort: '-seq',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const previousEntry = last.docs[0] as unknown as HistoryRow | undefined
  await req.payload.delete({ collection: HISTORY, where: { incident: { equals: incident } }, overrideAccess: true, req })
  const action = req.context[LOG_DELETION] === true ? 'log-deleted' : 'deleted'
  const entry = nextEntry(previousEntry ? { seq: previousEntry.seq, hash: previousEntry.hash } : null, {
    incident,
    action,
    actor: req.user && typeof req.user.id === 'number' ? req.user.id : null,
    at: new Date().toISOString(),
    changedFields: [],
    previous: null,
  })
  await req.payload.create({ collection: HISTORY, data: { ...entry, action, owner: ownerId }, overrideAccess: true, req })
  return doc
}

/**
 * Views by anyone but the owner are recorded in the incident's history (the "every view,
 * download and export by anyone but the owner"): after a read as a user (not the server's own
 * reads, and not the read that ends a write) by a helper of the log, one 'helper-viewed' entry.
 * Two reads of one incident at once may race for the same position in the chain: the loser tries
 * again.
 */
export const recordHelperView: CollectionAfterReadHook = async ({ doc, req, overrideAccess }) => {
  const user = req.user
  if (overrideAccess !== false || !user || user.collection !== 'users' || req.context[INCIDENT_WRITE] === true) return doc
  const row = doc as { id?: unknown; owner?: unknown }
  const owner = typeof row.owner === 'number' ? row.owner : (row.owner as { id?: number } | null)?.id
  if (typeof row.id !== 'number' || typeof owner !== 'number' || owner === user.id) return doc
  await appendWithRetry(req, row.id, owner, { action: 'helper-viewed', changedFields: [], previous: null })
  return doc
}

/** Set by an incident's write, so the read that closes it is not taken for a view. */
export const INCIDENT_WRITE = 'incidentWrite'

/** `appendIncidentHistory`, tried again (up to three times) when another entry took the same position meanwhile. */
export async function appendWithRetry(req: PayloadRequest, incident: number, owner: number, content: Parameters<typeof appendIncidentHistory>[3]): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await appendIncidentHistory(req, incident, owner, content)
      return
    } catch (error) {
      const text = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : ''
      if (attempt >= 3 || !/duplicate key|unique/i.test(text)) throw error
    }
  }
}
