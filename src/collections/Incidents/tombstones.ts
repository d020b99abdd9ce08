import type { Payload, Where } from 'payload'

import type { HistoryAction } from '../IncidentHistory/actions'

import { LOG_DELETION } from './hooks/history'
import type { Tombstone } from './tombstoneFile'

export type { Tombstone } from './tombstoneFile'

/*
 * Deleted incidents and restored backups (docs/operations.md). When an owner deletes an incident
 * (or their whole log, or the 12-month expiry does), its history leaves one entry without content:
 * the tombstone (hooks/history.ts), holding the incident's id, its owner's id and when. A backup
 * taken before the deletion still holds the incident, so restoring it would bring the incident
 * back. Before a restored database reopens, the operator exports the tombstones from the newest
 * copy there is (the lost database if it still answers, the provider's point-in-time copy, or the
 * hourly export operations.md asks for) and replays them here: each incident they name is deleted
 * again, with its evidence (rows and files) and history, leaving its tombstone again.
 */

export type ReplaySummary = {
  /** Incidents that the restore had brought back, deleted again. */
  deleted: number
  /** Named by a tombstone but not in this database (deleted already, or newer than the backup). */
  alreadyGone: number
  /**
   * Named by a tombstone, but the incident here is another one: a different owner, or recorded
   * after the deletion (its id reused by a database that reopened before the replay). Kept.
   */
  kept: number
  /** Unsent drafts of a log deleted as a whole, last saved before that deletion. */
  draftsDeleted: number
}

// Typed as history actions, so a renamed action breaks the build rather than the export.
const TOMBSTONE_ACTIONS: HistoryAction[] = ['deleted', 'log-deleted']
const PAGE = 500

/** Every tombstone in this database, oldest first; from `since` on when given. Ids and times only. */
export async function exportTombstones(payload: Payload, since?: Date): Promise<Tombstone[]> {
  const conditions: Where[] = [{ action: { in: TOMBSTONE_ACTIONS } }]
  if (since) conditions.push({ at: { greater_than_equal: since.toISOString() } })
  const tombstones: Tombstone[] = []
  let lastId = 0
  for (;;) {
    // Paged by id, so entries written meanwhile never shift the pages.
    const { docs } = await payload.find({
      collection: 'incident-history',
      where: { and: lastId > 0 ? [...conditions, { id: { greater_than: lastId } }] : conditions },
      sort: 'id',
      limit: PAGE,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { incident: true, owner: true, at: true, action: true },
    })
    if (docs.length === 0) break
    for (const entry of docs) {
      lastId = entry.id
      tombstones.push({ incident: entry.incident, owner: entry.owner, deletedAt: new Date(entry.at).toISOString(), wholeLog: entry.action === 'log-deleted' })
    }
  }
  return tombstones.sort((a, b) => a.deletedAt.localeCompare(b.deletedAt))
}

const idOf = (value: unknown): number | undefined => (typeof value === 'number' ? value : (value as { id?: number } | null | undefined)?.id)

/**
 * Deletes again every incident a tombstone names, through the collection (so its evidence rows and
 * files and its history go as they did the first time), as the server (no user). Safe to run twice.
 * An incident is deleted only if it is the one the tombstone was left by: the same owner, recorded
 * before the deletion.
 */
export async function replayDeletions(payload: Payload, tombstones: Tombstone[]): Promise<ReplaySummary> {
  const summary: ReplaySummary = { deleted: 0, alreadyGone: 0, kept: 0, draftsDeleted: 0 }
  for (const tombstone of tombstones) {
    // The adapter's read, below the collection's hooks: deciding needs no decrypted field.
    const { docs } = await payload.db.find({ collection: 'incidents', where: { id: { equals: tombstone.incident } }, limit: 1, pagination: false })
    const incident = docs[0] as { owner?: unknown; tenant?: unknown; createdAt?: string } | undefined
    if (!incident) {
      summary.alreadyGone += 1
      continue
    }
    const owner = idOf(incident.owner)
    const tenant = idOf(incident.tenant)
    const recordedAt = Date.parse(incident.createdAt ?? '')
    if (owner !== tombstone.owner || !(recordedAt <= Date.parse(tombstone.deletedAt))) {
      summary.kept += 1
      continue
    }
    await payload.delete({ collection: 'incidents', id: tombstone.incident, depth: 0, overrideAccess: true, context: tombstone.wholeLog ? { [LOG_DELETION]: true } : {} })
    summary.deleted += 1
    if (tombstone.wholeLog && tenant !== undefined) {
      const drafts = await payload.delete({
        collection: 'incident-drafts',
        where: { and: [{ owner: { equals: owner } }, { tenant: { equals: tenant } }, { updatedAt: { less_than_equal: tombstone.deletedAt } }] },
        depth: 0,
        overrideAccess: true,
      })
      summary.draftsDeleted += drafts.docs.length
    }
  }
  return summary
}
