import type { Locale } from './locales'

/** "24 November 2026" in the reader's language, on the UK calendar (British English for en). */
export function formatLongDate(value: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(
    new Date(value),
  )
}
