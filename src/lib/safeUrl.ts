/**
 * Links that editors put in rich text. Lexical accepts `javascript:`, `data:` and `vbscript:`
 * URLs and the React converter renders `href` as stored, so links are checked on save and
 * neutralised again on render.
 */
const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:'])

/** Returns an error message for a link an editor may not save, or null when it is fine. */
export function linkProblem(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return 'Enter the link address.'
  const value = raw.trim()
  // Browsers ignore tabs and newlines inside schemes ("java\tscript:"), so compare without them.
  const compact = value.replace(/[\u0000-\u0020]/g, '').toLowerCase()
  // A browser reads "\" in a web address as "/", so "/\example.com" is "//example.com": another site.
  if (compact.startsWith('/') || compact.startsWith('#')) {
    if (compact.includes('\\')) return 'A link within this site has no "\\" in it.'
    // "//host" is another site: it must say its scheme, checked below.
    if (!compact.startsWith('//')) return null
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1]
  if (!scheme) return 'Start the link with https:// (or mailto: / tel:).'
  if (!ALLOWED_SCHEMES.has(`${scheme}:`)) return `Links starting with "${scheme}:" are not allowed.`
  if (scheme === 'http' || scheme === 'https') {
    try {
      new URL(value)
    } catch {
      return 'That link is not a valid web address.'
    }
  }
  return null
}

/** The href to render: the link itself when safe, else a harmless "#". */
export function safeHref(raw: unknown): string {
  return linkProblem(raw) === null ? String(raw).trim() : '#'
}

/** External links open safely: no access to window.opener, no referrer. */
export function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href)
}
