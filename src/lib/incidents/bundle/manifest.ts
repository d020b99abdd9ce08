import { chronological } from './names'
import { utcStamp, type BundleTranslator } from './strings'
import type { BundledFile, BundleIncident, BundleMeta } from './types'

/*
 * The manifest: every file in the ZIP with the SHA-256 of the bytes written (computed as they
 * streamed, not copied from the database), each evidence file beside the SHA-256 recorded at its
 * upload, and each incident's history chain head. manifest.json is for tools; manifest.txt is the
 * same for people (in the councillor's language), in `sha256sum -c` form for the files.
 */

export const MANIFEST_VERSION = 1

export type Manifest = {
  format: 'councillor-incident-bundle'
  version: number
  generatedAt: string
  councillor: string
  council: string
  locale: string
  incidents: { seq: number; id: number; happenedAt: string; historyHead: string | null; historyLength: number; historyIntact: boolean; evidence: string[] }[]
  files: { path: string; sha256: string; bytes: number; evidenceId?: number; incident?: number; recordedSha256?: string; matchesRecord?: boolean; mimeType?: string; uploadedAt?: string }[]
}

export function manifestOf(meta: BundleMeta, incidents: readonly BundleIncident[], files: readonly BundledFile[]): Manifest {
  const byEvidence = new Map(files.filter((file) => file.evidence).map((file) => [file.evidence?.id, file.path]))
  return {
    format: 'councillor-incident-bundle',
    version: MANIFEST_VERSION,
    generatedAt: meta.generatedAt.toISOString(),
    councillor: meta.councillor,
    council: meta.council,
    locale: meta.locale,
    incidents: chronological(incidents).map((incident, index) => ({
      seq: index + 1,
      id: incident.id,
      happenedAt: incident.happenedAt,
      historyHead: incident.history.head,
      historyLength: incident.history.length,
      historyIntact: incident.history.intact,
      evidence: incident.evidence.map((file) => byEvidence.get(file.id) ?? ''),
    })),
    files: files.map((file) => ({
      path: file.path,
      sha256: file.sha256,
      bytes: file.bytes,
      ...(file.evidence
        ? {
            evidenceId: file.evidence.id,
            incident: file.evidence.incident,
            recordedSha256: file.evidence.recordedSha256,
            matchesRecord: file.evidence.matchesRecord,
            mimeType: file.evidence.mimeType,
            uploadedAt: file.evidence.uploadedAt,
          }
        : {}),
    })),
  }
}

/** The manifest for people; `jsonFile` is manifest.json as written (it is listed here, with its hash). */
export function manifestText(manifest: Manifest, jsonFile: { sha256: string; bytes: number }, t: BundleTranslator): string {
  const lines = [
    t('manifest.title'),
    `${t('pdf.councillor')}: ${manifest.councillor}`,
    `${t('pdf.council')}: ${manifest.council}`,
    `${t('pdf.generatedAt')}: ${utcStamp(manifest.generatedAt)}`,
    '',
    `${t('manifest.files')}:`,
    ...manifest.files.map((file) => `${file.sha256}  ${file.path}  (${file.bytes})`),
    `${jsonFile.sha256}  manifest.json  (${jsonFile.bytes})`,
    '',
    `${t('manifest.heads')}:`,
    ...manifest.incidents.map(
      (incident) => `${t('pdf.incident', { seq: incident.seq, total: manifest.incidents.length })} (${t('pdf.reference')} ${incident.id}): ${incident.historyHead ?? '—'} (${incident.historyIntact ? t('pdf.intact') : t('pdf.broken')})`,
    ),
    '',
    t('manifest.self'),
    t('pdf.font'),
    '',
  ]
  return lines.join('\n')
}
