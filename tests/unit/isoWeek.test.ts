import { describe, expect, it } from 'vitest'

import { isoWeekKey } from '@/lib/isoWeek'

describe('isoWeekKey', () => {
  it.each([
    ['2026-11-23T00:00:00Z', '2026-W48'], // a Monday
    ['2026-11-29T23:59:59Z', '2026-W48'], // the Sunday of the same week
    ['2026-11-30T00:00:00Z', '2026-W49'], // the next Monday
    ['2025-12-29T08:00:00Z', '2026-W01'], // Monday before New Year: already week 1 of 2026
    ['2027-01-01T12:00:00Z', '2026-W53'], // 2026 has 53 weeks (it starts on a Thursday)
    ['2027-01-04T00:00:00Z', '2027-W01'],
    ['2021-01-03T12:00:00Z', '2020-W53'],
    ['2024-12-30T00:00:00Z', '2025-W01'],
  ])('%s is in %s', (instant, key) => {
    expect(isoWeekKey(new Date(instant))).toBe(key)
  })

  it('uses UTC, whatever the time of day', () => {
    expect(isoWeekKey(new Date('2026-11-29T23:30:00-01:00'))).toBe('2026-W49')
  })
})
