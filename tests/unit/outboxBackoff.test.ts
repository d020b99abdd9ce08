import { describe, expect, it } from 'vitest'

import { backoffMs, MAX_ATTEMPTS } from '@/collections/EmailOutbox/constants'

describe('the outbox backoff', () => {
  it('doubles from 30 s for a 5xx or a network failure, at most an hour, about an hour in all', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffMs(attempt))).toEqual([30_000, 60_000, 120_000, 240_000])
    expect(backoffMs(20)).toBe(3_600_000)
    const total = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, index) => backoffMs(index + 1)).reduce((sum, wait) => sum + wait, 0)
    expect(total).toBeGreaterThan(60 * 60_000)
    expect(total).toBeLessThan(2 * 60 * 60_000)
  })

  it('waits what a 429 says, doubling from a second, never sooner than it says', () => {
    expect(backoffMs(1, 1)).toBe(1000)
    expect(backoffMs(3, 1)).toBe(4000)
    expect(backoffMs(1, 20)).toBe(20_000)
  })
})
