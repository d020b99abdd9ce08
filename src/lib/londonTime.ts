/**
 * The site's forms take dates and times as people in the UK mean them (a `datetime-local` input
 * has no time zone), and the server runs in UTC. These turn UK wall-clock time into an instant
 * and back, British Summer Time included, with the runtime's time-zone data.
 */
export const UK_TIME_ZONE = 'Europe/London'

function wallClockOf(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: UK_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
}

/**
 * "2026-06-01T14:30" (or "2026-06-01", as midnight) in UK time as an ISO instant; null for
 * anything else, or a date that does not exist (31 February).
 */
export function ukLocalToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value.trim())
  if (!match) return null
  const [year, month, day, hour, minute] = [match[1], match[2], match[3], match[4] ?? '00', match[5] ?? '00'].map(Number) as [number, number, number, number, number]
  const asUtc = Date.UTC(year, month - 1, day, hour, minute)
  const check = new Date(asUtc)
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null
  // The offset at that moment (0 or one hour), found by seeing what the UK clock shows then.
  const offset = wallClockOf(asUtc) - asUtc
  const instant = asUtc - offset
  // Around the change of the clocks the first guess can be an hour out; the second is right.
  const corrected = asUtc - (wallClockOf(instant) - instant)
  return new Date(corrected).toISOString()
}

/** An instant as the value of a `datetime-local` input in UK time ("2026-06-01T14:30"). */
export function isoToUkLocal(iso: string | null): string {
  if (!iso) return ''
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return ''
  return new Date(wallClockOf(time)).toISOString().slice(0, 16)
}
