import { describe, expect, it } from 'vitest'

import { isoToUkLocal, ukLocalToIso } from '@/lib/londonTime'

describe('UK wall-clock time in forms', () => {
  it('reads winter time as UTC and summer time as UTC+1', () => {
    expect(ukLocalToIso('2026-01-15T09:30')).toBe('2026-01-15T09:30:00.000Z')
    expect(ukLocalToIso('2026-07-15T09:30')).toBe('2026-07-15T08:30:00.000Z')
    expect(ukLocalToIso('2026-07-15')).toBe('2026-07-14T23:00:00.000Z')
  })

  it('round-trips through the input\'s value', () => {
    for (const value of ['2026-03-29T03:15', '2026-10-25T00:30', '2026-12-31T23:59']) expect(isoToUkLocal(ukLocalToIso(value))).toBe(value)
  })

  it('refuses what is not a date', () => {
    for (const value of ['', 'yesterday', '2026-02-31T10:00', '2026-13-01', '2026-01-01T25:00', '2026-01-01 10:00']) expect(ukLocalToIso(value), value).toBeNull()
    expect(isoToUkLocal(null)).toBe('')
  })
})
