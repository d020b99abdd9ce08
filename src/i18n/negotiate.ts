import type { Locale } from './locales'

/**
 * The best of `available` for an Accept-Language header (RFC 9110 §12.5.4): by q-value, then by
 * order, matching "cy-GB" to "cy"; the tenant's default when nothing matches or the header is
 * malformed.
 */
export function negotiateLocale(header: string | null, available: readonly Locale[], fallback: Locale): Locale {
  if (!header || header.length > 1000) return fallback
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().split(';')
      const q = params.map((param) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(param)?.[1]).find(Boolean)
      return { range: range.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index }
    })
    .filter(({ range, q }) => range !== '' && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { range } of ranked) {
    const primary = range.split('-')[0]
    const match = available.find((locale) => locale === range || locale === primary)
    if (match) return match
  }
  return fallback
}
