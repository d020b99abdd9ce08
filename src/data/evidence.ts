import type { TypedUser } from 'payload'

import type { Evidence } from '@/payload-types'

import { EVIDENCE_MAX_BYTES, EVIDENCE_PER_INCIDENT, evidenceAccept, type EvidenceType } from '@/lib/evidenceFiles'

import { getIncident } from './incidents'
import { payloadClient } from './payload'
import type { Site } from './site'

export { evidenceRefusals, isEvidenceRefusalCode, type EvidenceRefusalCode } from '@/collections/Evidence/refusals'
export { EVIDENCE_MAX_BYTES, EVIDENCE_PER_INCIDENT, evidenceAccept }

/*
 * The evidence attached to one of the signed-in person's incidents, read as them
 * (overrideAccess: false: the incident log's own access decides again). Uploads and downloads
 * are API routes (POST /api/evidence, GET /api/evidence/:id/file and /preview), not reads through this door:
 * an upload streams a body far larger than a server action takes.
 */

export type EvidenceView = {
  id: number
  fileName: string
  size: number
  mimeType: EvidenceType
  uploadedAt: string
  sha256: string
  /** Where the owner downloads it (an attachment, never shown inline). */
  downloadPath: string
  /** Its preview (no metadata, shown inline to the owner only) and its size in pixels; null for a PDF or an image with none. */
  preview: { path: string; width: number; height: number } | null
  /** Whether the original carries GPS location; null when not checked (PDFs, files attached before the check). */
  hasLocation: boolean | null
}

/** The evidence of one of the user's incidents in this site's tenant, oldest first; [] when the incident is not theirs. */
export async function listEvidence(site: Site, user: TypedUser | null, incidentId: number): Promise<EvidenceView[]> {
  if (!user || !(await getIncident(site, user, String(incidentId)))) return []
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'evidence',
    where: { incident: { equals: incidentId } },
    sort: 'uploadedAt',
    depth: 0,
    limit: EVIDENCE_PER_INCIDENT,
    overrideAccess: false,
    user,
  })
  return found.docs.map((doc) => evidenceViewOf(doc, { preview: true }))
}

/**
 * One evidence row as the site shows it. The preview is the owner's alone (its route does not record
 * views in the history, so it serves nobody else): a helper's list has none.
 */
export function evidenceViewOf(doc: Evidence, options: { preview: boolean }): EvidenceView {
  return {
    id: doc.id,
    fileName: doc.fileName ?? '',
    size: doc.size,
    mimeType: doc.mimeType,
    uploadedAt: doc.uploadedAt,
    sha256: doc.sha256,
    downloadPath: `/api/evidence/${doc.id}/file`,
    preview:
      options.preview && typeof doc.previewWidth === 'number' && typeof doc.previewHeight === 'number'
        ? { path: `/api/evidence/${doc.id}/preview`, width: doc.previewWidth, height: doc.previewHeight }
        : null,
    hasLocation: typeof doc.hasLocation === 'boolean' ? doc.hasLocation : null,
  }
}
