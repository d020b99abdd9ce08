import { describe, expect, it } from 'vitest'

import { formatLongDate } from '@/i18n/formatDate'

describe('formatLongDate', () => {
  it('writes English dates the British way, not the American', () => {
    expect(formatLongDate('2026-11-24T12:00:00Z', 'en')).toBe('24 November 2026')
  })

  it('writes Welsh dates in Welsh', () => {
    expect(formatLongDate('2026-11-24T12:00:00Z', 'cy')).toBe('24 Tachwedd 2026')
  })

  it('keeps the UK date for a time just after midnight in summer time (23:30 UTC the day before)', () => {
    expect(formatLongDate('2026-07-01T23:30:00Z', 'en')).toBe('2 July 2026')
  })
})
