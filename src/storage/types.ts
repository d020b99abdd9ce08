import type { Readable } from 'node:stream'

/**
 * Where evidence files' bytes live. A back end stores and returns opaque, already-encrypted
 * bytes under a key it is given; it never sees plaintext, file names or anything about the
 * incident. Keys are random (`newStorageKey`), so a key says nothing either.
 *
 * The local-disk back end (localDisk.ts) is the default; the S3-compatible one (s3.ts) is chosen
 * in `configuredBlobStore` (index.ts) when S3_BUCKET is set. Nothing else changes: callers use
 * putEncrypted / getDecrypted / deleteStored.
 */
export interface BlobStore {
  /** A short name for logs and the README ("local-disk", "s3"). */
  readonly kind: string
  /**
   * Stores everything `source` yields under `key`, streaming. Resolves once the bytes are
   * durable; rejects (leaving nothing under `key`) if `source` errors or the write fails.
   */
  put(key: string, source: Readable): Promise<{ bytes: number }>
  /** The bytes stored under `key`, as a stream; rejects with BlobNotFoundError if there are none. */
  get(key: string): Promise<Readable>
  /** Removes `key`; removing a key that is not there is not an error. */
  delete(key: string): Promise<void>
}

export class BlobNotFoundError extends Error {
  constructor() {
    // Never the key in a message: logs must not tie a stored file to anything.
    super('No stored file under that key')
  }
}

/**
 * The back end did not answer or refused (an unreachable endpoint, a missing bucket, wrong
 * credentials). The message names the bucket and endpoint and what to check, never a key.
 * Callers answer 503: the request was fine, the service is not.
 */
export class StorageUnavailableError extends Error {
  readonly status = 503
  constructor(message: string) {
    super(message)
    this.name = 'StorageUnavailableError'
  }
}

/** A storage key as every back end accepts it: 32 lowercase hex digits (128 random bits). */
export const STORAGE_KEY = /^[0-9a-f]{32}$/
