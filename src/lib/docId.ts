/** Postgres serial ids as they come in a URL: digits only, no leading zero, and short enough to be an integer. */
const DOC_ID = /^[1-9]\d{0,8}$/

/** The document id a URL segment names, or null when it is not one (the route answers 404, never 500). */
export function parseDocId(raw: string): number | null {
  return DOC_ID.test(raw) ? Number(raw) : null
}
