import { Readable } from 'node:stream'

import type { Endpoint, PayloadRequest, TypedUser } from 'payload'

import { relationId } from '@/lib/relationId'
import { configuredBlobStore, getDecrypted, StorageUnavailableError } from '@/storage'

import { incidentKeyring } from '../../Incidents/keys'

/*
 * GET /api/evidence/:id/preview: an image's preview (WebP, no EXIF, no GPS, at most 1024 px wide),
 * decrypted as it streams, for the incident page's thumbnails. The only evidence route that
 * answers inline, and only because a preview is a picture the server made itself, without the
 * original's metadata; the original is only ever an attachment (download.ts).
 *
 * Owner only: the row is read as the caller (the incident log's own read rule), and then the
 * caller must be its owner (`mayViewPreview`). Anyone else, and an id with no preview (a PDF, a
 * HEIC), gets the same 404 as an id that does not exist.
 */

const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404, headers: { 'Cache-Control': 'no-store' } })

type PreviewRow = { owner: unknown; previewStorageKey?: string | null; previewEncryptionKey?: string | null }

/**
 * Whether `user` may see this row's preview: its owner only. Kept apart from the collection's
 * read rule so that widening who reads evidence (helpers) does not widen this by accident; a
 * reader other than the owner would also need their views recorded in the incident's history.
 */
export function mayViewPreview(user: TypedUser | null | undefined, row: PreviewRow): boolean {
  return Boolean(user && user.collection === 'users' && relationId(row.owner) === user.id)
}

async function handler(req: PayloadRequest): Promise<Response> {
  const id = String(req.routeParams?.id ?? '')
  if (!req.user || !/^\d{1,9}$/.test(id)) return notFound()
  const found = await req.payload
    .find({
      collection: 'evidence',
      where: { id: { equals: Number(id) } },
      depth: 0,
      limit: 1,
      overrideAccess: false,
      user: req.user,
      showHiddenFields: true,
    })
    // Refused outright (no incident log of their own): the same 404 as for a preview that is not there.
    .catch((error: unknown) => {
      if ((error as { status?: unknown }).status === 403) return { docs: [] }
      throw error
    })
  const doc = found.docs[0]
  if (!doc || !mayViewPreview(req.user, doc)) return notFound()
  if (typeof doc.previewStorageKey !== 'string' || typeof doc.previewEncryptionKey !== 'string') return notFound()
  let plain: Readable
  try {
    plain = await getDecrypted(configuredBlobStore(), incidentKeyring(), { storageKey: doc.previewStorageKey, wrappedKey: doc.previewEncryptionKey })
  } catch (error) {
    if (!(error instanceof StorageUnavailableError)) throw error
    req.payload.logger.error(error.message)
    return Response.json(
      { errors: [{ message: 'The file store is not answering just now; try again in a few minutes.' }] },
      { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '30' } },
    )
  }
  plain.on('error', () => {
    req.payload.logger.error('An evidence preview failed its integrity check while being sent')
  })
  return new Response(Readable.toWeb(plain) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      'Content-Type': 'image/webp',
      'Content-Disposition': `inline; filename="preview-${doc.id}.webp"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      // Only the portal's own pages may show it (another site's <img> gets nothing).
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
    },
  })
}

export const previewEvidence: Endpoint = { path: '/:id/preview', method: 'get', handler }
