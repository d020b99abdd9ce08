import { UK_TIME_ZONE } from '@/lib/londonTime'

/** A date and time as people in the UK read it, in the page's language. */
export function formatWhen(iso: string | null, locale: string): string {
  if (!iso) return ''
  return new Intl.DateTimeFormat(`${locale}-GB`, { dateStyle: 'long', timeStyle: 'short', timeZone: UK_TIME_ZONE }).format(new Date(iso))
}

/** A date alone (report dates). */
export function formatDay(iso: string | null, locale: string): string {
  if (!iso) return ''
  return new Intl.DateTimeFormat(`${locale}-GB`, { dateStyle: 'long', timeZone: UK_TIME_ZONE }).format(new Date(iso))
}

/** "2026-11" as "November 2026". */
export function formatMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(`${locale}-GB`, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`))
}

/** A file's size as people read it ("850 kB", "4.2 MB"), in the page's language. */
export function formatSize(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : bytes >= 1_000 ? [bytes / 1_000, 'kilobyte'] : [bytes, 'byte']
  return new Intl.NumberFormat(`${locale}-GB`, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value)
}
