import type { Locale } from '@/i18n/locales'
import { UK_TIME_ZONE } from '@/lib/londonTime'

/**
 * The bundle's words (the `Bundle` messages), given by the caller in the councillor's language:
 * src/collections/Incidents/bundleStrings.ts makes one from src/messages.
 */
export type BundleTranslator = (key: string, values?: Record<string, string | number>) => string

/** A date and time as people in the UK read it, in the bundle's language. */
export function ukDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(`${locale}-GB`, { dateStyle: 'long', timeStyle: 'short', timeZone: UK_TIME_ZONE }).format(new Date(iso))
}

/** A date alone (report dates), in UK time. */
export function ukDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(`${locale}-GB`, { dateStyle: 'long', timeZone: UK_TIME_ZONE }).format(new Date(iso))
}

/** The server's own record of a moment, to the second, unambiguous: "2026-12-02 17:04:53 UTC". */
export function utcStamp(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19).replace('T', ' ')} UTC`
}
