import type { CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'

import { configuredBlobStore, deleteStored } from '@/storage'

const STORAGE_KEYS = 'evidenceStorageKeys'

/** Each deleted row's stored files: the original, and its preview when it has one. */
function keysOf(context: Record<string, unknown>): Map<string, string[]> {
  const known = context[STORAGE_KEYS]
  if (known instanceof Map) return known as Map<string, string[]>
  const fresh = new Map<string, string[]>()
  context[STORAGE_KEYS] = fresh
  return fresh
}

/** The storage keys are hidden fields, absent from the document afterDelete is given: read them from the row first. */
export const rememberStorageKey: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const row = (await req.payload.db.findOne({ collection: 'evidence', where: { id: { equals: id } }, req })) as { storageKey?: unknown; previewStorageKey?: unknown } | null
  const keys = [row?.storageKey, row?.previewStorageKey].filter((key): key is string => typeof key === 'string' && key !== '')
  if (keys.length > 0) keysOf(req.context).set(String(id), keys)
}

/**
 * A row of evidence deleted by any route (an incident's delete, the whole log's, the expiry job)
 * takes its stored files with it, preview included. The files go after the row: if one cannot be
 * removed, the row is gone anyway, and the file is ciphertext whose data key went with the row,
 * so nobody can open it.
 */
export const removeStoredFile: CollectionAfterDeleteHook = async ({ id, doc, req }) => {
  const keys = keysOf(req.context)
  const storageKeys = keys.get(String(id)) ?? []
  keys.delete(String(id))
  for (const storageKey of storageKeys) {
    try {
      await deleteStored(configuredBlobStore(), { storageKey })
    } catch {
      // Never the key or the incident in a log line.
      req.payload.logger.warn('An evidence file could not be removed from storage after its record was deleted')
    }
  }
  return doc
}

/**
 * Deleting an incident (server code today; the owner's own delete is a later issue) first deletes
 * its evidence, each row through Payload so that its file goes too, in the same transaction.
 * Without this the database would refuse (evidence.incident is required).
 */
export const removeIncidentEvidence: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'evidence', where: { incident: { equals: id } }, overrideAccess: true, req })
}
