/**
 * vCard 4.0 (RFC 6350) for contacts, so a councillor can keep the numbers on their phone.
 *
 * - Lines end in CRLF (§3.2) and are folded at 75 octets with CRLF + one space, never inside a
 *   UTF-8 sequence (§3.2: multi-octet characters must not be split).
 * - Text values escape backslash, comma, semicolon and newlines (§3.4). ORG is a structured
 *   value, so a comma or semicolon in an organisation's name is escaped too.
 * - TEL carries a `tel:` URI (§6.4.1, VALUE=uri); URIs are not escaped.
 *
 * Kept by hand (found sound in review): the few properties used here fit in a page, with each of
 * the RFC's rules above unit-tested, which is less to trust than a dependency.
 */

export type VCardContact = {
  /** Formatted name: required (§6.2.1). */
  name: string
  organisation?: string | null
  /** A `tel:` URI. */
  tel?: string | null
  email?: string | null
  url?: string | null
  note?: string | null
  /** A stable identifier (§6.7.6), e.g. the portal URL of the contact. */
  uid?: string | null
  /** Last change (§6.7.4), as a Date. */
  revision?: Date | null
}

const CRLF = '\r\n'
const MAX_OCTETS = 75

/** Escapes a text value (§3.4): backslash first, then comma, semicolon and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * Folds one content line into chunks of at most 75 octets; continuation lines start with a
 * space, which counts towards their 75. Splits only between code points.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let currentOctets = 0
  for (const char of line) {
    const octets = encoder.encode(char).length
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1
    if (currentOctets + octets > limit) {
      parts.push(current)
      current = ''
      currentOctets = 0
    }
    current += char
    currentOctets += octets
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`)
}

function compactRevision(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')
}

/** One VCARD block, ending with CRLF. */
export function toVCard(contact: VCardContact): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', property('FN', escapeText(contact.name))]
  if (contact.organisation) lines.push(property('ORG', escapeText(contact.organisation)))
  if (contact.tel) lines.push(property('TEL;VALUE=uri;TYPE=voice', contact.tel))
  if (contact.email) lines.push(property('EMAIL', escapeText(contact.email)))
  if (contact.url) lines.push(property('URL', contact.url))
  if (contact.note) lines.push(property('NOTE', escapeText(contact.note)))
  if (contact.uid) lines.push(property('UID', contact.uid))
  if (contact.revision) lines.push(property('REV', compactRevision(contact.revision)))
  lines.push('END:VCARD')
  return lines.join(CRLF) + CRLF
}

/** Several contacts in one .vcf file. */
export function toVCards(contacts: VCardContact[]): string {
  return contacts.map(toVCard).join('')
}

/**
 * A Content-Disposition header for a download: an ASCII fallback name plus the UTF-8 name
 * (RFC 6266 / RFC 5987), so Welsh or Gaelic names survive and no header injection is possible.
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '').replace(/[^A-Za-z0-9._-]+/g, '-')
  return `attachment; filename="${ascii || 'contacts.vcf'}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}
