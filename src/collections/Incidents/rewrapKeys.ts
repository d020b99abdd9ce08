import type { Payload } from 'payload'

import { unwrapDataKey, wrapDataKey, wrappingKeyId, type Keyring } from '@/lib/incidents/crypto'

import { incidentKeyring } from './keys'

export type RewrapSummary = { checked: number; rewrapped: number }

/** Every collection whose rows keep a data key wrapped by the master key: incidents, and each evidence file's own. */
const WRAPPED_KEY_COLLECTIONS = ['incidents', 'evidence'] as const

/** The fields of each that hold a wrapped data key. */
const WRAPPED_KEY_FIELDS: Record<(typeof WRAPPED_KEY_COLLECTIONS)[number], string[]> = {
  incidents: ['encryptionKey'],
  evidence: ['encryptionKey', 'previewEncryptionKey'],
}

const PAGE = 100

/**
 * Wraps every incident's and evidence file's data key again under the current master key, so
 * that the previous key can be removed from INCIDENT_ENCRYPTION_KEY_PREVIOUS after a rotation.
 * Only the wrapped key changes: the data key itself, and so every field ciphertext, history entry
 * and stored evidence file, stays as it is (an evidence file's wrapped key lives only in its row),
 * and no history entry is written, since nothing the owner recorded changed. Written with the
 * database adapter, below the collection's hooks, which would otherwise decrypt and re-encrypt
 * every field. Safe to run twice and while the app serves: a record already under the current
 * key is left alone, and the app reads both keys meanwhile.
 */
export async function rewrapIncidentKeys(payload: Payload, keyring: Keyring = incidentKeyring()): Promise<RewrapSummary> {
  const summary: RewrapSummary = { checked: 0, rewrapped: 0 }
  for (const collection of WRAPPED_KEY_COLLECTIONS) await rewrapCollection(payload, collection, keyring, summary)
  return summary
}

async function rewrapCollection(payload: Payload, collection: (typeof WRAPPED_KEY_COLLECTIONS)[number], keyring: Keyring, summary: RewrapSummary): Promise<void> {
  let lastId = 0
  for (;;) {
    // Paged by id rather than by page number, so rows rewritten meanwhile never shift the pages.
    const { docs } = await payload.db.find({
      collection,
      where: { id: { greater_than: lastId } },
      sort: 'id',
      limit: PAGE,
      pagination: false,
    })
    if (docs.length === 0) return
    for (const doc of docs as Array<Record<string, unknown> & { id: number }>) {
      lastId = doc.id
      summary.checked += 1
      // An evidence row keeps two wrapped keys: its original's and its preview's.
      const data: Record<string, string> = {}
      for (const field of WRAPPED_KEY_FIELDS[collection]) {
        const wrapped = doc[field]
        if (typeof wrapped !== 'string' || wrappingKeyId(wrapped) === keyring.current.id) continue
        data[field] = wrapDataKey(keyring, unwrapDataKey(keyring, wrapped))
      }
      if (Object.keys(data).length === 0) continue
      await payload.db.updateOne({ collection, id: doc.id, data })
      summary.rewrapped += 1
    }
  }
}
