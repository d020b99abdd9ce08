import { createReadStream } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionConfig, PayloadRequest } from 'payload'

import { deleteObject, getObject, putObject, type S3Location } from './s3'
import { BlobNotFoundError, StorageUnavailableError } from './types'

/*
 * Media (a Payload upload collection) in an S3-compatible bucket, written against Payload's own
 * upload interface rather than @payloadcms/storage-s3: that adapter (and plugin-cloud-storage
 * under it) stops at 3.90.1 with an exact peer on payload 3.90.1 and an exact dependency on
 * @payloadcms/ui 3.90.1, so using it on 3.90.2 would take two overrides and a second copy of the
 * admin UI. What it does for us is small, and is all here:
 *
 * - `disableLocalStorage`: Payload keeps the upload (and its resized copies) in memory, and
 * - beforeChange puts the file and each size under `media/<filename>`;
 * - afterChange removes the previous file's objects when a file is replaced;
 * - afterDelete removes a deleted document's objects;
 * - a `handlers` entry serves GET /api/media/file/<filename> from the bucket. Payload runs the
 *   collection's read access (checkFileAccess) before any handler, so the same rule decides what
 *   is served whichever back end holds the bytes; the bucket itself stays private.
 */

type MediaFiles = { filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null }

const objectKey = (filename: string) => `media/${path.basename(filename)}`

/** Every stored name of a media document: the original and each resized copy. */
export function mediaFilenames(doc: MediaFiles | undefined | null): string[] {
  if (!doc?.filename) return []
  const sizes = Object.values(doc.sizes ?? {}).flatMap((size) => (size?.filename ? [size.filename] : []))
  return [doc.filename, ...sizes]
}

function fileBody(req: PayloadRequest): Readable | null {
  const file = req.file
  if (!file) return null
  // Payload keeps uploads in memory unless `useTempFiles` is on; stream from the temp file then.
  if (file.tempFilePath && (!file.data || file.data.length === 0)) return createReadStream(file.tempFilePath)
  return Readable.from([file.data])
}

function beforeChange(location: S3Location): CollectionBeforeChangeHook {
  return async ({ data, req }) => {
    const body = fileBody(req)
    const filename = typeof data.filename === 'string' ? data.filename : null
    if (!body || !filename) return data
    const mimeType = typeof data.mimeType === 'string' ? data.mimeType : 'application/octet-stream'
    await putObject(location, objectKey(filename), body, mimeType)
    const sizes = (data.sizes ?? {}) as Record<string, { filename?: string | null; mimeType?: string | null } | undefined>
    for (const [name, size] of Object.entries(sizes)) {
      const buffer = req.payloadUploadSizes?.[name]
      if (!size?.filename || !buffer) continue
      await putObject(location, objectKey(size.filename), Readable.from([buffer]), size.mimeType ?? mimeType)
    }
    return data
  }
}

function afterChange(location: S3Location): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update' || !req.file) return doc
    const kept = new Set(mediaFilenames(doc as MediaFiles))
    for (const old of mediaFilenames(previousDoc as MediaFiles)) {
      if (!kept.has(old)) await deleteObject(location, objectKey(old)).catch((error: unknown) => req.payload.logger.warn(`A replaced media file was left in the bucket: ${String(error)}`))
    }
    return doc
  }
}

function afterDelete(location: S3Location): CollectionAfterDeleteHook {
  return async ({ doc, req }) => {
    for (const name of mediaFilenames(doc as MediaFiles)) {
      await deleteObject(location, objectKey(name)).catch((error: unknown) => req.payload.logger.warn(`A deleted media file was left in the bucket: ${String(error)}`))
    }
    return doc
  }
}

type UploadHandler = NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']>[number]

function serve(location: S3Location): UploadHandler {
  return async (_req, { params }) => {
    try {
      const { body, contentType, contentLength } = await getObject(location, objectKey(params.filename))
      const headers = new Headers({
        'Content-Type': contentType ?? 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        // Kept by the reader's own browser only: access was checked for this reader (an inactive
        // council's images are its members' alone), so no shared cache or CDN may keep it for others.
        'Cache-Control': 'private, max-age=3600',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      })
      if (contentLength !== undefined) headers.set('Content-Length', String(contentLength))
      return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, { status: 200, headers })
    } catch (error) {
      if (error instanceof BlobNotFoundError) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
      if (error instanceof StorageUnavailableError) {
        _req.payload.logger.error(error.message)
        return Response.json({ errors: [{ message: 'File storage is unavailable; try again in a few minutes.' }] }, { status: 503, headers: { 'Retry-After': '30' } })
      }
      throw error
    }
  }
}

/**
 * What the Media collection adds to its config when files go to a bucket; `null` location
 * (no S3_BUCKET) leaves it on local disk, unchanged.
 */
export function s3MediaStorage(location: S3Location) {
  return {
    upload: { disableLocalStorage: true, handlers: [serve(location)] },
    hooks: { beforeChange: [beforeChange(location)], afterChange: [afterChange(location)], afterDelete: [afterDelete(location)] },
  }
}

/** A media file's bytes from the bucket (small images: the tenant's logo for infographics). */
export async function readMediaObject(location: S3Location, filename: string): Promise<Buffer> {
  const { body } = await getObject(location, objectKey(filename))
  const chunks: Buffer[] = []
  for await (const chunk of body) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
