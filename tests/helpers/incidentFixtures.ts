import { Readable } from 'node:stream'

import type { Payload } from 'payload'

import { emptyIncidentInput, type IncidentInput } from '@/collections/Incidents/input'
import { incidentKeyring } from '@/collections/Incidents/keys'
import type { Evidence } from '@/payload-types'
import { configuredBlobStore, putEncrypted } from '@/storage'

/** A valid incident a day old, by email, a threat, with `whatHappened` as given (a marker to look for). */
export function incidentInput(whatHappened: string, overrides: Partial<IncidentInput> = {}): IncidentInput {
  return { ...emptyIncidentInput, happenedAt: new Date(Date.now() - 86_400_000).toISOString(), platform: 'email', kinds: ['threat'], whatHappened, ...overrides }
}

/**
 * One evidence row with its file stored encrypted through the real storage door, as an upload
 * leaves them (the upload's own checks are the evidence tests' business).
 */
export async function storeEvidence(
  payload: Payload,
  on: { incident: number; owner: number; tenant: number },
  bytes: string,
  extra: Partial<Pick<Evidence, 'mimeType' | 'previewStorageKey' | 'previewEncryptionKey' | 'previewWidth' | 'previewHeight'>> = {},
): Promise<{ id: number; storageKey: string }> {
  const stored = await putEncrypted(configuredBlobStore(), incidentKeyring(), Readable.from([Buffer.from(bytes)]))
  const doc = await payload.create({
    collection: 'evidence',
    overrideAccess: true,
    data: {
      ...on,
      sha256: 'b'.repeat(64),
      size: Buffer.byteLength(bytes),
      mimeType: 'application/pdf',
      uploadedAt: new Date().toISOString(),
      storageKey: stored.storageKey,
      encryptionKey: stored.wrappedKey,
      ...extra,
    },
  })
  return { id: doc.id, storageKey: stored.storageKey }
}

/** Whether the evidence store still holds a file under that key. */
export async function storedFileExists(storageKey: string): Promise<boolean> {
  try {
    ;(await configuredBlobStore().get(storageKey)).destroy()
    return true
  } catch {
    return false
  }
}
