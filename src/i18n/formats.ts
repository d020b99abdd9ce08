import type { Formats } from 'next-intl'

import type { Locale } from './locales'

/**
 * Named formats for next-intl's formatter (`format.dateTime(date, 'long')`), shared by the
 * request config and `formatLongDate`, and declared in src/i18n/appConfig.d.ts so an unknown
 * name fails typecheck.
 */
export const formats = {
  dateTime: { long: { day: 'numeric', month: 'long', year: 'numeric' } },
} as const satisfies Formats

/** Dates are on the UK calendar whatever the server's zone: a date near midnight must not move. */
export const timeZone = 'Europe/London'

/**
 * The locale Intl formats with. Our `en` is British English, but Intl reads plain `en` as the
 * United States' ("November 24, 2026"), so English formats as en-GB ("24 November 2026").
 */
export function formattingLocale(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale
}
