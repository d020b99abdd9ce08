import { Readable } from 'node:stream'

import type { Endpoint, PayloadRequest } from 'payload'

import { receivesReport, sentReport } from '@/access/incidentReports'
import { evidenceTypes, isEvidenceType } from '@/lib/evidenceFiles'
import { configuredBlobStore, getDecrypted } from '@/storage'

import { incidentKeyring } from '../../Incidents/keys'
import { recordOnIncident } from '../hooks/notify'
import type { ReportSnapshot } from '../options'

/*
 * GET /api/incident-reports/:id/evidence/:n: the n-th file the councillor chose to share, from the
 * report's own copy (encrypted under a data key of its own, so it outlives the councillor deleting
 * theirs). For the officers the report was sent to and for its sender; anyone else gets the same
 * 404 as for a report that does not exist. An officer's download is recorded in the incident's
 * history. Served as an attachment, never inline, never cached.
 */

const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404, headers: { 'Cache-Control': 'no-store' } })

type StoredCopy = { storageKey: string; wrappedKey: string }

function disposition(name: string, fallback: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_').trim() || fallback
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name || fallback)}`
}

async function handler(req: PayloadRequest): Promise<Response> {
  const id = String(req.routeParams?.id ?? '')
  const index = String(req.routeParams?.n ?? '')
  if (!req.user || !/^\d{1,9}$/.test(id) || !/^\d{1,2}$/.test(index)) return notFound()
  // By id, as the caller: their access decides, and (for an officer) it opens the content as a view.
  const doc = (await req.payload
    .findByID({ collection: 'incident-reports', id: Number(id), depth: 0, overrideAccess: false, user: req.user, showHiddenFields: true, disableErrors: true, req })
    .catch((error: unknown) => {
      if ((error as { status?: unknown }).status === 403) return null
      throw error
    })) as ({ tenant?: unknown; recipients?: unknown; reporter?: unknown; incident?: unknown; reference?: unknown; snapshot?: ReportSnapshot | null; files?: unknown }) | undefined
  if (!doc || !(receivesReport(req.user, doc) || sentReport(req.user, doc))) return notFound()
  const item = doc.snapshot?.evidence[Number(index)]
  const copy = (Array.isArray(doc.files) ? doc.files : [])[Number(index)] as StoredCopy | undefined
  if (!item || !copy || typeof copy.storageKey !== 'string' || typeof copy.wrappedKey !== 'string') return notFound()
  if (receivesReport(req.user, doc)) {
    await recordOnIncident(req, doc.incident, 'report-evidence-viewed', { reference: String(doc.reference ?? ''), evidence: { id: item.evidenceId, sha256: item.sha256 } })
  }
  const type = isEvidenceType(item.mimeType) ? item.mimeType : 'application/octet-stream'
  const fallback = `evidence-${String(doc.reference)}-${Number(index) + 1}.${isEvidenceType(item.mimeType) ? evidenceTypes[item.mimeType] : 'bin'}`
  const plain = await getDecrypted(configuredBlobStore(), incidentKeyring(), copy)
  plain.on('error', () => req.payload.logger.error('A reported evidence file failed its integrity check while being downloaded'))
  return new Response(Readable.toWeb(plain) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      'Content-Type': type,
      'Content-Length': String(item.size),
      'Content-Disposition': disposition(item.fileName, fallback),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Referrer-Policy': 'no-referrer',
    },
  })
}

export const downloadReportEvidence: Endpoint = { path: '/:id/evidence/:n', method: 'get', handler }
