import { createFormatter } from 'next-intl'

import { formats, formattingLocale, timeZone } from './formats'
import type { Locale } from './locales'

/**
 * "24 November 2026" in the reader's language (British English for en), through next-intl's
 * formatter. Not the request's `getFormatter()`: that formats `en` the American way (see
 * `formattingLocale`), and this also serves code outside a request (previews, tests).
 */
export function formatLongDate(value: string | Date, locale: Locale): string {
  return createFormatter({ locale: formattingLocale(locale), timeZone, formats }).dateTime(new Date(value), 'long')
}
