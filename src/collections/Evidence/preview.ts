import { Readable } from 'node:stream'

import { EVIDENCE_MAX_BYTES, type EvidenceType } from '@/lib/evidenceFiles'
import { inspectImage, isPreviewable } from '@/lib/evidencePreview'
import type { Keyring } from '@/lib/incidents/crypto'
import { getDecrypted, putEncrypted, type BlobStore, type StoredFile } from '@/storage'

/** A preview as its row keeps it: where it is stored (under its own random key and data key) and its size in pixels. */
export type StoredPreview = StoredFile & { width: number; height: number }

export type PreviewOutcome = { preview: StoredPreview | null; hasLocation: boolean | null }

async function readWhole(source: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  let bytes = 0
  for await (const chunk of source) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array)
    bytes += buffer.length
    // The original was already refused above this size; this only bounds what a changed store could hand back.
    if (bytes > EVIDENCE_MAX_BYTES) throw new Error('Stored evidence is larger than an upload may be')
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

/**
 * After an image's original is stored: reads it back through the same door (so the preview is
 * made from exactly the bytes kept, and the upload's stream stays a stream), makes its preview,
 * stores that encrypted under a new random name and data key, and says whether the original
 * carries location data. A PDF gets neither (null location: not checked). An image that does not
 * decode gets no preview; that is not a refusal, since the original is what matters.
 */
export async function makeStoredPreview(store: BlobStore, keyring: Keyring, original: StoredFile, type: EvidenceType): Promise<PreviewOutcome> {
  if (!isPreviewable(type)) return { preview: null, hasLocation: null }
  const bytes = await readWhole(await getDecrypted(store, keyring, { storageKey: original.storageKey, wrappedKey: original.wrappedKey }))
  const facts = await inspectImage(bytes)
  if (!facts.preview) return { preview: null, hasLocation: facts.hasLocation }
  const stored = await putEncrypted(store, keyring, Readable.from([facts.preview.webp]))
  return { preview: { ...stored, width: facts.preview.width, height: facts.preview.height }, hasLocation: facts.hasLocation }
}
