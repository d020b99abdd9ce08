/**
 * A custom domain as editors type it: a bare hostname, no scheme, path or port.
 * Labels follow RFC 1123 (letters, digits, hyphens; 1-63 characters; no leading or trailing
 * hyphen) and a public domain needs at least one dot.
 */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

export function normaliseHostname(value: string): string {
  return value.trim().toLowerCase().replace(/\.$/, '')
}

/** Returns an error message, or null when the value is a bare hostname. */
export function hostnameProblem(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return 'Enter a domain such as safety.example.gov.uk.'
  const value = normaliseHostname(raw)
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(value)) return 'Leave out the "https://": enter the domain only.'
  if (value.includes('/')) return 'Enter the domain only, without a path.'
  if (value.includes(':')) return 'Enter the domain only, without a port.'
  if (value.length > 253) return 'A domain can be at most 253 characters.'
  const labels = value.split('.')
  if (labels.length < 2) return 'Enter a full domain with at least one dot, such as safety.example.gov.uk.'
  if (!labels.every((label) => LABEL.test(label))) {
    return 'A domain may contain only letters, digits, hyphens and dots.'
  }
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return 'Enter a domain name, not an IP address.'
  return null
}
