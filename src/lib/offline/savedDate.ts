/*
 * The saved-copy notice's date, written in the reader's language by the browser without relying on
 * the browser's own locale data: Debian's Chromium, for one, has no Welsh, Gaelic or Irish, and
 * wrote "December 3, 2026" on a Welsh page. The server (Node has full ICU) spells out the day and
 * month names and their order once; the browser only fills in the numbers.
 */

/** Dates as the reader's language writes them in these islands ("3 December 2026", not US order). */
const dateLocales: Record<string, string> = { en: 'en-GB', cy: 'cy-GB', gd: 'gd-GB', ga: 'ga-IE' }

export type DatePart = { type: 'day' | 'month' | 'year' } | { type: 'literal'; value: string }

/** Everything the browser needs to write a long date in one language. */
export type LongDateWords = { days: string[]; months: string[]; order: DatePart[] }

/** Spelled out on the server: each day of the month (Gaelic writes ordinals), each month, and their order. */
export function longDateWords(locale: string): LongDateWords {
  const format = new Intl.DateTimeFormat(dateLocales[locale] ?? locale, { dateStyle: 'long', timeZone: 'UTC' })
  const part = (date: Date, type: 'day' | 'month') => format.formatToParts(date).find((piece) => piece.type === type)?.value ?? ''
  // 2026-01-15 onwards: any year will do; days are read from a 31-day month.
  const days = Array.from({ length: 31 }, (_, index) => part(new Date(Date.UTC(2026, 0, index + 1)), 'day'))
  const months = Array.from({ length: 12 }, (_, index) => part(new Date(Date.UTC(2026, index, 15)), 'month'))
  const order: DatePart[] = format.formatToParts(new Date(Date.UTC(2026, 0, 15))).flatMap((piece): DatePart[] => {
    if (piece.type === 'day' || piece.type === 'month' || piece.type === 'year') return [{ type: piece.type }]
    return piece.type === 'literal' ? [{ type: 'literal', value: piece.value }] : []
  })
  return { days, months, order }
}

/** "3 Rhagfyr 2026, 07:39": the date in words, the time on the 24-hour clock, in the device's own time zone. */
export function writeLongDate(date: Date, words: LongDateWords): string {
  const written = words.order
    .map((piece) => {
      if (piece.type === 'literal') return piece.value
      if (piece.type === 'day') return words.days[date.getDate() - 1] ?? String(date.getDate())
      if (piece.type === 'month') return words.months[date.getMonth()] ?? String(date.getMonth() + 1)
      return String(date.getFullYear())
    })
    .join('')
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${written}, ${pad(date.getHours())}:${pad(date.getMinutes())}`
}
