import type { Locale } from '@/i18n/locales'

/*
 * What the search index and the searcher agree on: the text search configuration per language,
 * how a tenant value is written into the indexed text, and how ts_headline marks matches.
 */

/**
 * PostgreSQL text search configuration per language: English and Irish have snowball stemmers
 * (both ship with PostgreSQL 17); Welsh and Gaelic have none, so they get the simple configuration
 * behind unaccent (`portal_simple_unaccent`, created by the search migration).
 */
export function searchConfigFor(locale: Locale): 'english' | 'irish' | 'portal_simple_unaccent' {
  if (locale === 'en') return 'english'
  if (locale === 'ga') return 'irish'
  return 'portal_simple_unaccent'
}

/** A tenant value's key: `tenant-name`, `police-force` or `contact:{kind}`. */
export function tenantValueKey(fields: { value?: unknown; contactKind?: unknown }): string {
  if (fields.value === 'police-force') return 'police-force'
  if (fields.value === 'contact' && typeof fields.contactKind === 'string') return `contact:${fields.contactKind}`
  return 'tenant-name'
}

/** Where the n-th tenant value of a page stands in its indexed body. */
export const valueMarker = (index: number) => `⟪${index}⟫`

/** ts_headline's marks around a matched word: characters the toolkit's text never uses. */
export const MATCH_START = '⟦'
export const MATCH_END = '⟧'

/** The indexed body without characters that would be read as marks. */
export const withoutMarks = (text: string) => text.replace(/[⟦⟧]/g, '')

export type PassagePart = { text: string; match: boolean }

/**
 * A ts_headline result as text parts, matches flagged, each value marker replaced by the
 * tenant's value (`values[n]`). A marker cut in half at the passage's edge is dropped. The parts
 * are plain strings: the page renders them as text, so nothing in them is ever markup.
 */
export function passageParts(headline: string, values: readonly string[]): PassagePart[] {
  const filled = headline
    .replace(/⟪(\d+)⟫/g, (_marker, index: string) => values[Number(index)] ?? '')
    .replace(/⟪\d*|\d*⟫/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  const parts: PassagePart[] = []
  for (const piece of filled.split(/(⟦[^⟦⟧]*⟧)/u)) {
    if (!piece) continue
    const match = piece.startsWith(MATCH_START) && piece.endsWith(MATCH_END)
    const text = match ? piece.slice(1, -1) : piece.replace(/[⟦⟧]/g, '')
    if (!text) continue
    const last = parts.at(-1)
    if (last && last.match === match) last.text += text
    else parts.push({ text, match })
  }
  return parts
}
