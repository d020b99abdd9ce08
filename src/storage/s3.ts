import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import { pipeline, Transform, type Readable } from 'node:stream'

import type { ServerEnv } from '@/env'

import { BlobNotFoundError, STORAGE_KEY, StorageUnavailableError, type BlobStore } from './types'

/*
 * S3-compatible object storage (AWS S3, or any server speaking its API: MinIO, Ceph, Garage,
 * Scaleway, OVH, s3rver in the tests) through the AWS SDK itself. One bucket holds both kinds of
 * file, under two prefixes: `evidence/` (ciphertext only, sealed before it leaves the process)
 * and `media/` (public images, served through Payload's access check, never by the bucket).
 */

export type S3Location = {
  bucket: string
  region: string
  /** Omitted for AWS itself; the server's base URL otherwise. */
  endpoint?: string
  forcePathStyle: boolean
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

/** The bucket this process stores files in, or null when files stay on local disk. */
export function s3LocationFromEnv(env: ServerEnv): S3Location | null {
  if (!env.S3_BUCKET) return null
  return {
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    // Most S3-compatible servers want path-style addressing (no wildcard DNS per bucket).
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === 'true' : env.S3_ENDPOINT !== undefined,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
  }
}

/** Where a request went, for error messages: the bucket and endpoint, never a key. */
export function describeLocation(location: S3Location): string {
  return `S3 bucket "${location.bucket}" at ${location.endpoint ?? `AWS ${location.region}`}`
}

const clients = new WeakMap<S3Location, S3Client>()

/**
 * One client per location. Short connection timeout and two attempts: an unreachable or wrong
 * endpoint must fail a request within seconds with a clear error, never hold it open.
 */
export function s3Client(location: S3Location): S3Client {
  let client = clients.get(location)
  if (!client) {
    client = new S3Client({
      region: location.region,
      endpoint: location.endpoint,
      forcePathStyle: location.forcePathStyle,
      credentials: location.credentials,
      maxAttempts: 2,
      // Checksums only where S3 requires them (the SDK's behaviour before 2025): the newer
      // default sends streamed bodies as aws-chunked with checksum trailers, which many
      // S3-compatible servers do not understand (some store the chunk framing as the object).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
    })
    clients.set(location, client)
  }
  return client
}

/** Why a request to the bucket failed, in words an operator can act on. */
export function storageError(location: S3Location, error: unknown): StorageUnavailableError {
  const where = describeLocation(location)
  if (error instanceof S3ServiceException) {
    const reasons: Record<string, string> = {
      NoSuchBucket: 'does not exist (check S3_BUCKET)',
      NotFound: 'does not exist (check S3_BUCKET)',
      AccessDenied: 'refused access (check the credentials and the bucket policy)',
      Forbidden: 'refused access (check the credentials and the bucket policy)',
      InvalidAccessKeyId: 'does not know the access key (check S3_ACCESS_KEY_ID)',
      SignatureDoesNotMatch: 'rejected the signature (check S3_SECRET_ACCESS_KEY and S3_REGION)',
    }
    return new StorageUnavailableError(`${where} ${reasons[error.name] ?? `answered ${error.name} (HTTP ${error.$metadata.httpStatusCode ?? '?'})`}`)
  }
  const code = (error as { code?: unknown })?.code
  const name = error instanceof Error ? error.name : ''
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ECONNRESET' || name === 'TimeoutError') {
    return new StorageUnavailableError(`${where} is not reachable (${String(code ?? name)}; check S3_ENDPOINT)`)
  }
  return new StorageUnavailableError(`${where} failed: ${error instanceof Error ? error.message : String(error)}`)
}

const isMissing = (error: unknown) => error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.name === 'NotFound')

/** Checks the bucket answers with these credentials (HeadBucket): for start-up checks and the CLI. */
export async function checkBucket(location: S3Location): Promise<void> {
  try {
    await s3Client(location).send(new HeadBucketCommand({ Bucket: location.bucket }))
  } catch (error) {
    throw storageError(location, error)
  }
}

/**
 * Uploads a stream under `key`, streaming: the SDK's multipart upload holds one 5 MiB part at a
 * time (queueSize 1), never the whole file; a body under 5 MiB goes as one PUT. If the source
 * errors, the upload is aborted (multipart parts are removed) and the source's own error is
 * what rejects, so callers see the same refusal as with the local disk.
 */
export async function putObject(location: S3Location, key: string, source: Readable, contentType: string): Promise<{ bytes: number }> {
  let bytes = 0
  let sourceError: unknown = null
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length
      callback(null, chunk)
    },
  })
  const body = pipeline(source, counter, (error) => {
    if (error) sourceError ??= error
  })
  const upload = new Upload({
    client: s3Client(location),
    params: { Bucket: location.bucket, Key: key, Body: body, ContentType: contentType },
    partSize: 5 * 1024 * 1024,
    queueSize: 1,
    leavePartsOnError: false,
  })
  try {
    await upload.done()
  } catch (error) {
    if (sourceError) throw sourceError
    throw storageError(location, error)
  }
  if (sourceError) {
    // The source failed after the last part was sent: the object must not stay.
    await deleteObject(location, key).catch(() => {})
    throw sourceError
  }
  return { bytes }
}

/** The object's bytes as a stream, with its type and length; BlobNotFoundError when there is none. */
export async function getObject(location: S3Location, key: string): Promise<{ body: Readable; contentType?: string; contentLength?: number }> {
  try {
    const result = await s3Client(location).send(new GetObjectCommand({ Bucket: location.bucket, Key: key }))
    if (!result.Body) throw new BlobNotFoundError()
    // In Node the SDK's body is an http.IncomingMessage (a Readable) with helpers mixed in.
    return { body: result.Body as Readable, contentType: result.ContentType, contentLength: result.ContentLength }
  } catch (error) {
    if (error instanceof BlobNotFoundError || isMissing(error)) throw new BlobNotFoundError()
    throw storageError(location, error)
  }
}

export async function deleteObject(location: S3Location, key: string): Promise<void> {
  try {
    // S3 answers 204 for a key that is not there: deleting twice is not an error.
    await s3Client(location).send(new DeleteObjectCommand({ Bucket: location.bucket, Key: key }))
  } catch (error) {
    throw storageError(location, error)
  }
}

/**
 * Evidence in a bucket, under `evidence/<first two digits>/<key>`: ciphertext only (the sealed
 * stream is made before the bytes reach this class), under random names.
 */
export class S3BlobStore implements BlobStore {
  readonly kind = 's3'

  constructor(readonly location: S3Location) {}

  private objectKey(key: string): string {
    if (!STORAGE_KEY.test(key)) throw new Error('Not a storage key')
    return `evidence/${key.slice(0, 2)}/${key}`
  }

  put(key: string, source: Readable): Promise<{ bytes: number }> {
    return putObject(this.location, this.objectKey(key), source, 'application/octet-stream')
  }

  async get(key: string): Promise<Readable> {
    return (await getObject(this.location, this.objectKey(key))).body
  }

  delete(key: string): Promise<void> {
    return deleteObject(this.location, this.objectKey(key))
  }
}
