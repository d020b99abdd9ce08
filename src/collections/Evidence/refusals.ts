/**
 * Every reason an upload is refused: the field it concerns, the HTTP status and the sentence the
 * API answers with (English; the site shows its own words for the same code, in the reader's
 * language, from the `Evidence.errors` messages).
 */
export const evidenceRefusals = {
  'signed-out': { field: 'file', status: 401, message: 'Sign in to attach evidence to an incident.' },
  'foreign-origin': { field: 'file', status: 403, message: 'This upload came from another site.' },
  'rate-limited': { field: 'file', status: 429, message: 'Too many uploads in a short time. Wait a few minutes and try again.' },
  'not-multipart': { field: 'file', status: 415, message: 'Send the file as multipart/form-data, in a field named "file".' },
  malformed: { field: 'file', status: 400, message: 'file: the upload could not be read (a broken multipart body).' },
  'file-missing': { field: 'file', status: 400, message: 'file: choose a screenshot or PDF to attach.' },
  empty: { field: 'file', status: 400, message: 'file: the file is empty.' },
  'too-large': { field: 'file', status: 413, message: 'file: the file is larger than 20 MB.' },
  'wrong-type': { field: 'file', status: 415, message: 'file: only JPEG, PNG, WebP or HEIC images and PDF documents can be attached (judged from the content, not the name).' },
  corrupt: { field: 'file', status: 400, message: 'file: the file is damaged or incomplete (its contents do not hold together).' },
  'unexpected-field': { field: 'file', status: 400, message: 'file: send one file, in the field named "file".' },
  'incident-missing': { field: 'incident', status: 400, message: "incident: say which incident the file belongs to (the incident's id)." },
  'incident-not-found': { field: 'incident', status: 404, message: 'incident: no incident of yours has that id.' },
  'too-many': { field: 'incident', status: 409, message: 'incident: an incident can have at most 20 files of evidence.' },
  // The file store (S3 bucket) did not answer: nothing was wrong with the request.
  'storage-unavailable': { field: 'file', status: 503, message: 'file: the file store is not answering just now; try again in a few minutes.' },
} as const

export type EvidenceRefusalCode = keyof typeof evidenceRefusals

export function isEvidenceRefusalCode(value: unknown): value is EvidenceRefusalCode {
  return typeof value === 'string' && Object.hasOwn(evidenceRefusals, value)
}

export class EvidenceRefusal extends Error {
  constructor(readonly code: EvidenceRefusalCode) {
    super(evidenceRefusals[code].message)
  }
}
