import type { Locale } from '@/i18n/locales'

/*
 * What an evidence bundle is made from: plain data, already read (and decrypted) by the caller
 * for the person it belongs to. The bundle code never reads the database itself, so the endpoint
 * (src/collections/Incidents/endpoints/bundle.ts), the tests and the benchmark give it the same shape.
 */

export type BundleEvidence = {
  id: number
  /** The name as uploaded (decrypted); may be empty. */
  fileName: string
  /** As recorded at upload. */
  sha256: string
  size: number
  mimeType: string
  uploadedAt: string
}

export type BundleIncident = {
  id: number
  happenedAt: string
  happenedUntil: string | null
  recordedAt: string | null
  platform: string | null
  kinds: string[]
  whatHappened: string
  impact: string
  witnesses: string
  handles: string[]
  links: string[]
  platformReport: { reportedOn: string | null; reference: string; outcome: string }
  policeReport: { reportedOn: string | null; crimeReference: string; officer: string; operationFord: boolean }
  /** The history chain's head (newest entry's SHA-256) and length as the bundle is made, and whether it verified. */
  history: { head: string | null; length: number; intact: boolean }
  /** Oldest first. */
  evidence: BundleEvidence[]
}

export type BundleMeta = {
  /** Whose log it is, as the cover page names them. */
  councillor: string
  /** The council (tenant) the log is kept in. */
  council: string
  locale: Locale
  generatedAt: Date
}

/** One file as it went into the ZIP, hashed as its bytes were written. */
export type BundledFile = {
  path: string
  sha256: string
  bytes: number
  /** For evidence: which file, and the SHA-256 recorded when it was uploaded (must equal `sha256`). */
  evidence?: { id: number; incident: number; recordedSha256: string; matchesRecord: boolean; mimeType: string; uploadedAt: string; originalName: string }
}

/** What a finished bundle was: its own SHA-256 and length, and every file in it. */
export type BundleResult = { sha256: string; bytes: number; files: BundledFile[] }
