import { Readable } from 'node:stream'

import type { Endpoint, PayloadRequest } from 'payload'

import { evidenceTypes, isEvidenceType } from '@/lib/evidenceFiles'
import { configuredBlobStore, getDecrypted, StorageUnavailableError } from '@/storage'

import { relationId } from '@/lib/relationId'

import { appendWithRetry } from '../../Incidents/hooks/history'
import { incidentKeyring } from '../../Incidents/keys'

/*
 * GET /api/evidence/:id/file: the original file, decrypted as it streams, for its owner only.
 * The row is read as the caller (the incident log's access: owner only, platform admins
 * included in "nobody else"), so anyone else gets the same 404 as for an id that does not exist.
 * Served as an attachment with nosniff and no-store, never inline and never at a public URL.
 *
 * Views and downloads by anyone but the owner are recorded in the incident's history: the helpers
 * the owner named (src/access/incidentHelpers.ts) may download, and each download they start
 * leaves a 'helper-evidence-downloaded' entry with the file's id and SHA-256, before a byte is sent.
 */

const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404, headers: { 'Cache-Control': 'no-store' } })

/** `filename="…"` for old clients (ASCII, no quotes) and `filename*` with the name as uploaded. */
function disposition(name: string, fallback: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_').trim() || fallback
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name || fallback)}`
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
    // Refused outright (no incident log of their own): the same 404 as for a file that is not there.
    .catch((error: unknown) => {
      if ((error as { status?: unknown }).status === 403) return { docs: [] }
      throw error
    })
  const doc = found.docs[0]
  if (!doc || typeof doc.storageKey !== 'string' || typeof doc.encryptionKey !== 'string') return notFound()
  const owner = relationId(doc.owner)
  const incident = relationId(doc.incident)
  if (owner !== undefined && incident !== undefined && owner !== req.user.id) {
    await appendWithRetry(req, incident, owner, { action: 'helper-evidence-downloaded', changedFields: [], previous: null, evidence: { id: doc.id, sha256: doc.sha256 } })
  }
  const type = isEvidenceType(doc.mimeType) ? doc.mimeType : 'application/octet-stream'
  const fallback = `evidence-${doc.id}.${isEvidenceType(doc.mimeType) ? evidenceTypes[doc.mimeType] : 'bin'}`
  let plain: Readable
  try {
    plain = await getDecrypted(configuredBlobStore(), incidentKeyring(), { storageKey: doc.storageKey, wrappedKey: doc.encryptionKey })
  } catch (error) {
    if (!(error instanceof StorageUnavailableError)) throw error
    // The bucket did not answer: say so (503), and name the bucket in the log, not the file.
    req.payload.logger.error(error.message)
    return Response.json(
      { errors: [{ message: 'The file store is not answering just now; try again in a few minutes.' }] },
      { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '30' } },
    )
  }
  plain.on('error', () => {
    // The response is cut off (the browser shows a failed download) rather than finished with
    // bytes that did not authenticate. Nothing about the file goes in the log.
    req.payload.logger.error('An evidence file failed its integrity check while being downloaded')
  })
  return new Response(Readable.toWeb(plain) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      'Content-Type': type,
      'Content-Length': String(doc.size),
      'Content-Disposition': disposition(doc.fileName ?? '', fallback),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      // Even opened directly, it runs nothing and loads nothing.
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Referrer-Policy': 'no-referrer',
    },
  })
}

export const downloadEvidence: Endpoint = { path: '/:id/file', method: 'get', handler }
