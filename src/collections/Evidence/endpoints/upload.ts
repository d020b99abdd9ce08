import { Readable } from 'node:stream'

import Busboy from 'busboy'
import { commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'

import { serverEnv } from '@/env'
import { EVIDENCE_MAX_BYTES, EVIDENCE_PER_INCIDENT } from '@/lib/evidenceFiles'
import { comesFromAnotherSite } from '@/lib/formPost'
import { unwrapDataKey } from '@/lib/incidents/crypto'
import { clientAddress, consumeRateLimit, defineRateLimit } from '@/lib/rateLimit'
import { rateLimitStore } from '@/lib/rateLimitStore'
import { configuredBlobStore, deleteStored, putEncrypted, StorageUnavailableError, type StoredFile } from '@/storage'

import { appendIncidentHistory } from '../../Incidents/hooks/history'
import { incidentKeyring } from '../../Incidents/keys'
import { sealFileName } from '../hooks/fileName'
import { EvidenceInspector, type InspectedFile } from '../inspect'
import { makeStoredPreview, type PreviewOutcome } from '../preview'
import { EvidenceRefusal, evidenceRefusals, type EvidenceRefusalCode } from '../refusals'

/*
 * POST /api/evidence (a contract): multipart, a field `incident` (the incident's id) and a field
 * `file`. The body is streamed: busboy splits it, EvidenceInspector hashes, sizes and sniffs the
 * file as it flows, and putEncrypted seals it into storage at the same time, so a 20 MB file never
 * sits whole in memory (src/proxy.ts leaves this path alone: Next would otherwise buffer the body
 * for the proxy, and cut it at 10 MB). Only when the file has been received whole and judged
 * allowed is its row written, with its hash in the incident's history, in one transaction. An
 * image is then read back from storage to make its preview and location flag (../preview.ts).
 *
 * Answers JSON to scripts and fetch, and to the site's form posted without JavaScript (the
 * browser asks for HTML) a 303 back to the incident page, with the refusal's code in the query.
 */

export const uploadsPerUser = defineRateLimit({
  name: 'evidence-upload:user',
  limit: 60,
  windowSeconds: 60 * 60,
  description: 'evidence uploads by one signed-in person',
})

export const uploadsPerAddress = defineRateLimit({
  name: 'evidence-upload:address',
  limit: 120,
  windowSeconds: 60 * 60,
  description: 'evidence uploads (answered or refused) from one client address',
})

/** Room for the multipart framing and the small fields around the file. */
const FRAMING_BYTES = 64 * 1024

/** The incident page a form post returns to (the owner's, or a helper's view of a shared log): the path the browser had, and nothing else. */
const INCIDENT_PAGE = /^\/(?:[a-z0-9][a-z0-9.-]{0,252}\/)?[a-z]{2}\/members\/(?:incidents|shared\/\d{1,9})\/(\d{1,9})$/

function backPath(value: string | undefined, incident: string | undefined): string | null {
  const match = value ? INCIDENT_PAGE.exec(value) : null
  if (!match || (incident !== undefined && match[1] !== incident)) return null
  return value ?? null
}

function refererPath(headers: Headers): string | undefined {
  const referer = headers.get('referer')
  if (!referer) return undefined
  try {
    const url = new URL(referer)
    return url.host === headers.get('host') ? url.pathname : undefined
  } catch {
    return undefined
  }
}

/** A browser's form navigation asks for HTML first; fetch and scripts do not. */
function wantsPage(headers: Headers): boolean {
  return /^\s*text\/html/i.test(headers.get('accept') ?? '')
}

const noStore = { 'Cache-Control': 'no-store' }

function refusalResponse(code: EvidenceRefusalCode, page: string | null, extra: Record<string, string> = {}): Response {
  const refusal = evidenceRefusals[code]
  if (page) return new Response(null, { status: 303, headers: { ...noStore, ...extra, Location: `${page}?evidenceError=${code}#evidence` } })
  return Response.json(
    { errors: [{ message: refusal.message, data: { errors: [{ path: refusal.field, message: refusal.message }] } }], code },
    { status: refusal.status, headers: { ...noStore, ...extra } },
  )
}

type ReceivedFile = { inspected: InspectedFile; stored: StoredFile; name: string; preview: PreviewOutcome }
type Received = { fields: Record<string, string>; file: ReceivedFile | null; refusal: EvidenceRefusal | null }

/** Removes what an upload stored (the original, and its preview if one was made) when its row is not written. */
async function discard(file: Pick<ReceivedFile, 'stored' | 'preview'>): Promise<void> {
  await deleteStored(configuredBlobStore(), file.stored)
  if (file.preview.preview) await deleteStored(configuredBlobStore(), file.preview.preview)
}

/**
 * The preview and location flag, made once the original is stored. A failure here (the store
 * refusing the small second file) costs the preview, not the upload: the original is what counts.
 */
async function previewOf(req: PayloadRequest, stored: StoredFile, inspected: InspectedFile): Promise<PreviewOutcome> {
  try {
    return await makeStoredPreview(configuredBlobStore(), incidentKeyring(), stored, inspected.type)
  } catch (error) {
    if (error instanceof StorageUnavailableError) req.payload.logger.error(error.message)
    else req.payload.logger.warn('An evidence preview could not be made; the original is kept without one')
    return { preview: null, hasLocation: null }
  }
}

/**
 * Reads the multipart body. `checkIncident` runs as soon as the file starts if the incident's id
 * came first (the site's form sends it first), so a refused upload is not stored at all; the
 * caller checks again at the end either way.
 */
function receive(req: PayloadRequest, type: string, checkIncident: (id: string) => Promise<void>): Promise<Received> {
  return new Promise((resolve) => {
    const fields: Record<string, string> = {}
    let refusal: EvidenceRefusal | null = null
    let task: Promise<Received['file']> = Promise.resolve(null)
    let seenFile = false
    const refuse = (error: unknown) => {
      if (error instanceof StorageUnavailableError) req.payload.logger.error(error.message)
      refusal ??=
        error instanceof EvidenceRefusal ? error : error instanceof StorageUnavailableError ? new EvidenceRefusal('storage-unavailable') : new EvidenceRefusal('malformed')
    }
    const parser = Busboy({
      headers: { 'content-type': type },
      // Browsers send file names as UTF-8 (busboy's default would read them as Latin-1).
      defParamCharset: 'utf8',
      limits: { files: 1, fields: 8, parts: 10, fieldSize: 1024, fileSize: EVIDENCE_MAX_BYTES + 1 },
    })
    parser.on('field', (name, value) => {
      fields[name] = value
    })
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || seenFile) {
        refuse(new EvidenceRefusal('unexpected-field'))
        stream.resume()
        return
      }
      seenFile = true
      task = (async () => {
        try {
          if (fields.incident !== undefined) await checkIncident(fields.incident)
          if (refusal) throw refusal
        } catch (error) {
          refuse(error)
          // busboy waits for every file part to be read: drain it.
          stream.resume()
          return null
        }
        const inspector = new EvidenceInspector()
        // Not pipeline(): it would destroy busboy's file stream on an error, and busboy then
        // waits forever for it to be read. On a refusal the rest of the part is drained instead.
        stream.pipe(inspector)
        inspector.once('error', () => {
          stream.unpipe(inspector)
          stream.resume()
        })
        try {
          const stored = await putEncrypted(configuredBlobStore(), incidentKeyring(), inspector)
          if (!inspector.result) throw new EvidenceRefusal('corrupt')
          // Browsers send the bare name; anything path-like from elsewhere is cut to its last part.
          const name = (info.filename ?? '').split(/[\\/]/).pop()?.normalize('NFC').slice(0, 255) ?? ''
          return { inspected: inspector.result, stored, name, preview: await previewOf(req, stored, inspector.result) }
        } catch (error) {
          refuse(error)
          return null
        }
      })()
    })
    parser.on('filesLimit', () => refuse(new EvidenceRefusal('unexpected-field')))
    parser.on('partsLimit', () => refuse(new EvidenceRefusal('malformed')))
    parser.on('fieldsLimit', () => refuse(new EvidenceRefusal('malformed')))
    const settle = () => {
      void task.then((file) => resolve({ fields, file, refusal }))
    }
    parser.on('error', (error) => {
      refuse(error)
      settle()
    })
    parser.on('close', settle)
    const body = req.body ? Readable.fromWeb(req.body as import('node:stream/web').ReadableStream<Uint8Array>) : Readable.from([])
    body.on('error', (error) => parser.destroy(error))
    body.pipe(parser)
  })
}

type OwnIncident = { id: number; owner: number; tenant: number }

/** The caller's own incident of that id (read as the caller: the incident log's own access decides), or a refusal. */
async function ownIncident(req: PayloadRequest, id: string | undefined): Promise<OwnIncident> {
  if (id === undefined || id.trim() === '') throw new EvidenceRefusal('incident-missing')
  if (!/^\d{1,9}$/.test(id.trim())) throw new EvidenceRefusal('incident-not-found')
  const found = await req.payload
    .find({
      collection: 'incidents',
      where: { id: { equals: Number(id.trim()) } },
      depth: 0,
      limit: 1,
      overrideAccess: false,
      user: req.user,
      select: { owner: true, tenant: true },
    })
    // Someone who keeps no log at all is refused the read outright: for them too, no such incident.
    .catch((error: unknown) => {
      if ((error as { status?: unknown }).status === 403) return { docs: [] }
      throw error
    })
  const doc = found.docs[0]
  if (!doc) throw new EvidenceRefusal('incident-not-found')
  const idOf = (value: unknown): number => (typeof value === 'number' ? value : (value as { id: number }).id)
  return { id: doc.id, owner: idOf(doc.owner), tenant: idOf(doc.tenant) }
}

async function roomFor(req: PayloadRequest, incident: number): Promise<void> {
  const { totalDocs } = await req.payload.count({ collection: 'evidence', where: { incident: { equals: incident } }, overrideAccess: true, req })
  if (totalDocs >= EVIDENCE_PER_INCIDENT) throw new EvidenceRefusal('too-many')
}

const isUniqueViolation = (error: unknown): boolean => {
  const text = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : ''
  return /duplicate key|unique/i.test(text) || (error as { code?: unknown })?.code === '23505'
}

/** The row and its history entry, in one transaction; retried when a concurrent upload took the same history position. */
async function record(req: PayloadRequest, incident: OwnIncident, file: NonNullable<Received['file']>) {
  const dataKey = unwrapDataKey(incidentKeyring(), file.stored.wrappedKey)
  for (let attempt = 1; ; attempt += 1) {
    const ownTransaction = await initTransaction(req)
    try {
      await roomFor(req, incident.id)
      const uploadedAt = new Date().toISOString()
      const created = await req.payload.create({
        collection: 'evidence',
        data: {
          incident: incident.id,
          owner: incident.owner,
          tenant: incident.tenant,
          sha256: file.inspected.sha256,
          size: file.inspected.size,
          mimeType: file.inspected.type,
          uploadedAt,
          fileName: file.name === '' ? null : sealFileName(dataKey, file.name),
          storageKey: file.stored.storageKey,
          encryptionKey: file.stored.wrappedKey,
          hasLocation: file.preview.hasLocation,
          previewStorageKey: file.preview.preview?.storageKey ?? null,
          previewEncryptionKey: file.preview.preview?.wrappedKey ?? null,
          previewWidth: file.preview.preview?.width ?? null,
          previewHeight: file.preview.preview?.height ?? null,
        },
        overrideAccess: true,
        depth: 0,
        req,
      })
      await appendIncidentHistory(req, incident.id, incident.owner, {
        action: 'evidence-added',
        changedFields: ['evidence'],
        previous: null,
        evidence: { id: created.id, sha256: file.inspected.sha256 },
      })
      if (ownTransaction) await commitTransaction(req)
      return { id: created.id, uploadedAt }
    } catch (error) {
      if (ownTransaction) await killTransaction(req)
      if (attempt < 3 && isUniqueViolation(error)) continue
      throw error
    }
  }
}

async function handler(req: PayloadRequest): Promise<Response> {
  const headers = req.headers
  const page = wantsPage(headers) ? backPath(refererPath(headers), undefined) : null
  try {
    if (comesFromAnotherSite(headers)) return refusalResponse('foreign-origin', null)
    const address = clientAddress(headers, serverEnv().TRUSTED_PROXY_HOPS ?? 1)
    const byAddress = await consumeRateLimit(rateLimitStore(req.payload), uploadsPerAddress, address)
    const user = req.user
    if (!user || user.collection !== 'users') return refusalResponse('signed-out', page)
    const byUser = await consumeRateLimit(rateLimitStore(req.payload), uploadsPerUser, String(user.id))
    for (const result of [byAddress, byUser]) {
      if (!result.allowed) return refusalResponse('rate-limited', page, { 'Retry-After': String(result.retryAfterSeconds) })
    }
    const type = headers.get('content-type') ?? ''
    if (!/^multipart\/form-data;\s*boundary=/i.test(type)) return refusalResponse('not-multipart', page)
    const length = headers.get('content-length')
    if (length !== null && /^\d+$/.test(length) && Number(length) > EVIDENCE_MAX_BYTES + FRAMING_BYTES) return refusalResponse('too-large', page)

    let checked: Promise<OwnIncident> | null = null
    const check = (id: string | undefined) => (checked ??= ownIncident(req, id).then(async (incident) => (await roomFor(req, incident.id), incident)))
    const received = await receive(req, type, async (id) => void (await check(id)))
    const back = wantsPage(headers) ? (backPath(received.fields.back, received.fields.incident) ?? page) : null
    if (received.refusal) {
      if (received.file) await discard(received.file)
      return refusalResponse(received.refusal.code, back)
    }
    let incident: OwnIncident
    try {
      incident = await check(received.fields.incident)
    } catch (error) {
      if (received.file) await discard(received.file)
      if (error instanceof EvidenceRefusal) return refusalResponse(error.code, back)
      throw error
    }
    if (!received.file) return refusalResponse('file-missing', back)
    const file = received.file
    let saved: { id: number; uploadedAt: string }
    try {
      saved = await record(req, incident, file)
    } catch (error) {
      await discard(file)
      if (error instanceof EvidenceRefusal) return refusalResponse(error.code, back)
      throw error
    }
    if (back) return new Response(null, { status: 303, headers: { ...noStore, Location: `${back}?evidenceAdded=${saved.id}#evidence` } })
    return Response.json(
      {
        message: 'Evidence attached.',
        doc: {
          id: saved.id,
          incident: incident.id,
          sha256: file.inspected.sha256,
          size: file.inspected.size,
          mimeType: file.inspected.type,
          uploadedAt: saved.uploadedAt,
          fileName: file.name,
          hasLocation: file.preview.hasLocation,
          hasPreview: file.preview.preview !== null,
        },
      },
      { status: 201, headers: noStore },
    )
  } catch (error) {
    if (error instanceof EvidenceRefusal) return refusalResponse(error.code, page)
    throw error
  }
}

export const uploadEvidence: Endpoint = { path: '/', method: 'post', handler }
