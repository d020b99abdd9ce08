/**
 * The ISO 8601 week of a moment, in UTC, as "2026-W48". Weeks start on Monday and week 1 is the
 * one with the year's first Thursday, so 29 December 2025 is in 2026-W01 and 1 January 2027 is
 * in 2026-W53. Used to send a reminder once per tenant per week.
 */
export function isoWeekKey(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  const weekday = day.getUTCDay() || 7
  // The Thursday of this week decides the week's year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday)
  const year = day.getUTCFullYear()
  const firstOfYear = Date.UTC(year, 0, 1)
  const week = Math.ceil(((day.getTime() - firstOfYear) / 86_400_000 + 1) / 7)
  return `${year}-W${String(week).padStart(2, '0')}`
}
