import { match } from '@formatjs/intl-localematcher'

import type { Locale } from './locales'

/** The language ranges of an Accept-Language header, most wanted first (by q-value, then order). */
function rankedRanges(header: string): string[] {
  return header
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';')
      const q = params.map((param) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(param)?.[1]).find(Boolean)
      return { range: range.trim(), q: q === undefined ? 1 : Number(q), index }
    })
    .filter(({ range, q }) => range !== '' && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ range }) => range)
    .filter((range) => {
      // `*` and malformed tags say nothing we can use, and would make the matcher throw.
      try {
        return Intl.getCanonicalLocales(range).length === 1
      } catch {
        return false
      }
    })
}

/**
 * The best of `available` for an Accept-Language header (RFC 9110 §12.5.4): by q-value, then by
 * order, matching "cy-GB" to "cy"; the tenant's default when nothing matches or the header is
 * malformed. The matching is @formatjs/intl-localematcher's RFC 4647 lookup (what next-intl's own
 * middleware uses); only the header's q-values are read here, since the matcher takes a ranked list.
 */
export function negotiateLocale(header: string | null, available: readonly Locale[], fallback: Locale): Locale {
  if (!header || header.length > 1000) return fallback
  const chosen = match(rankedRanges(header), available, fallback, { algorithm: 'lookup' })
  return available.find((locale) => locale === chosen) ?? fallback
}
