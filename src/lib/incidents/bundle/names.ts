import { evidenceTypes, isEvidenceType } from '@/lib/evidenceFiles'

import type { BundleIncident } from './types'

/*
 * Names inside the ZIP. An uploaded file keeps its name (people recognise "IMG_2041.jpg"), made
 * safe for every unzip tool and file system: no folders, no characters Windows refuses, no control
 * characters, not too long, and prefixed with the incident's place in the chronology and the
 * file's place in the incident, so names never collide and sort in order.
 */

const MAX_NAME = 100

/** `name` made safe as one path segment; '' when nothing usable is left. */
export function sanitiseFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    // Control characters, path separators and what Windows forbids in a name.
    .replace(/[\u0000-\u001f\u007f-\u009f/\\:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    // Leading dots would hide the file; trailing dots and spaces Windows drops.
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
  if (cleaned === '') return ''
  if (cleaned.length <= MAX_NAME) return cleaned
  const dot = cleaned.lastIndexOf('.')
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : ''
  return cleaned.slice(0, MAX_NAME - extension.length) + extension
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0')

/** `evidence/{incident-seq}-{n}-{name}`: seq and n from 1, zero-padded; a nameless file is named by its type. */
export function evidencePath(seq: number, n: number, fileName: string, mimeType: string): string {
  const safe = sanitiseFileName(fileName) || `file.${isEvidenceType(mimeType) ? evidenceTypes[mimeType] : 'bin'}`
  return `evidence/${pad(seq, 3)}-${pad(n, 2)}-${safe}`
}

/** The chronology's order: when it happened, then when it was recorded, then the id. */
export function chronological(incidents: readonly BundleIncident[]): BundleIncident[] {
  return [...incidents].sort(
    (a, b) => a.happenedAt.localeCompare(b.happenedAt) || (a.recordedAt ?? '').localeCompare(b.recordedAt ?? '') || a.id - b.id,
  )
}

/** The path of every evidence file in the ZIP, by evidence id, for incidents in chronological order. */
export function evidencePaths(ordered: readonly BundleIncident[]): Map<number, string> {
  const paths = new Map<number, string>()
  ordered.forEach((incident, index) => {
    incident.evidence.forEach((file, n) => paths.set(file.id, evidencePath(index + 1, n + 1, file.fileName, file.mimeType)))
  })
  return paths
}
