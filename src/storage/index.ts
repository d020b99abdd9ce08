import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { pipeline, type Readable } from 'node:stream'

import { serverEnv } from '@/env'
import { newDataKey, unwrapDataKey, wrapDataKey, type Keyring } from '@/lib/incidents/crypto'

import { LocalDiskStore } from './localDisk'
import { S3BlobStore, s3LocationFromEnv } from './s3'
import { openStream, sealStream } from './sealedStream'
import type { BlobStore } from './types'

export { BlobNotFoundError, STORAGE_KEY, StorageUnavailableError, type BlobStore } from './types'
export { LocalDiskStore } from './localDisk'
export { S3BlobStore } from './s3'

/*
 * The one door to stored evidence files: putEncrypted / getDecrypted / deleteStored. Files are
 * encrypted before they reach a back end (sealedStream.ts: AES-256-GCM in 64 KiB segments) under
 * a data key of their own, which is kept wrapped by the incident log's master key
 * (INCIDENT_ENCRYPTION_KEY, src/lib/incidents/crypto.ts), beside the file's record in the
 * database, never beside the file. A back end (types.ts) holds only ciphertext under random names.
 */

/** What the database keeps about a stored file, to find and open it again. */
export type StoredFile = {
  /** The back end's key: random, says nothing. */
  storageKey: string
  /** The file's own data key, wrapped by the master key (v1.<master id>.<key id>.…). */
  wrappedKey: string
  /** Bytes as stored (ciphertext, header and tags). */
  storedBytes: number
}

/** A fresh random storage key. */
export function newStorageKey(): string {
  return randomBytes(16).toString('hex')
}

/**
 * Encrypts `source` under a new data key and stores it under a new random key, streaming. If the
 * source errors (too large, wrong type: the caller's checks run as the bytes flow), nothing is
 * left behind.
 */
export async function putEncrypted(store: BlobStore, keyring: Keyring, source: Readable): Promise<StoredFile> {
  const dataKey = newDataKey()
  const storageKey = newStorageKey()
  // pipeline() (unlike pipe) carries the source's error on to the sealed stream, so the store's
  // write fails with it; the callback only keeps the error from going unhandled before the store
  // starts reading.
  const sealed = pipeline(source, sealStream(dataKey), () => {})
  const { bytes } = await store.put(storageKey, sealed)
  return { storageKey, wrappedKey: wrapDataKey(keyring, dataKey), storedBytes: bytes }
}

/**
 * The plaintext of a stored file, as a stream. Each 64 KiB is checked before it is released; an
 * altered file, or one opened with the wrong master key, errors the stream (or rejects here, when
 * the wrapped key does not open).
 */
export async function getDecrypted(store: BlobStore, keyring: Keyring, file: Pick<StoredFile, 'storageKey' | 'wrappedKey'>): Promise<Readable> {
  const dataKey = unwrapDataKey(keyring, file.wrappedKey)
  const raw = await store.get(file.storageKey)
  return pipeline(raw, openStream(dataKey), () => {})
}

/** Removes a stored file (a missing one is not an error). */
export function deleteStored(store: BlobStore, file: Pick<StoredFile, 'storageKey'>): Promise<void> {
  return store.delete(file.storageKey)
}

let configured: BlobStore | undefined

/**
 * The store this process uses: the S3 bucket when S3_BUCKET is set (several app processes then
 * share it), otherwise the local disk under EVIDENCE_STORAGE_DIR (default `.data/evidence` in the
 * working directory, beside the development database and keys).
 */
export function configuredBlobStore(): BlobStore {
  if (!configured) {
    const env = serverEnv()
    const location = s3LocationFromEnv(env)
    configured = location
      ? new S3BlobStore(location)
      : new LocalDiskStore(env.EVIDENCE_STORAGE_DIR ?? path.resolve(process.cwd(), '.data', 'evidence'))
  }
  return configured
}
