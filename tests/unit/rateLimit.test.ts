import { describe, expect, it } from 'vitest'

import { accountDelaySeconds, MAX_ACCOUNT_DELAY_SECONDS } from '@/collections/Users/hooks/accountDelay'
import { clientAddress, consumeRateLimit, defineRateLimit, registeredRateLimits, type RateLimitStore, windowStartOf } from '@/lib/rateLimit'

/** A store in memory, standing in for PostgreSQL's in the window arithmetic. */
function memoryStore(): RateLimitStore & { keys: () => string[] } {
  const rows = new Map<string, { hits: number; lastHitAt: Date }>()
  return {
    hit: async (key, windowStart, _expires, now) => {
      const id = `${key}@${windowStart.toISOString()}`
      const hits = (rows.get(id)?.hits ?? 0) + 1
      rows.set(id, { hits, lastHitAt: now })
      return hits
    },
    peek: async (key, windowStart) => rows.get(`${key}@${windowStart.toISOString()}`),
    reset: async (key) => {
      for (const id of rows.keys()) if (id.startsWith(`${key}@`)) rows.delete(id)
    },
    keys: () => [...rows.keys()],
  }
}

describe('consumeRateLimit', () => {
  const rule = defineRateLimit({ name: 'unit:test', limit: 3, windowSeconds: 60, description: 'test' })

  it('allows up to the limit within a window, then refuses until the window ends', async () => {
    const store = memoryStore()
    const start = 1_800_000_000_000 - (1_800_000_000_000 % 60_000)
    for (let i = 0; i < 3; i++) expect((await consumeRateLimit(store, rule, 'a', start + 1000)).allowed).toBe(true)
    expect(await consumeRateLimit(store, rule, 'a', start + 10_000)).toEqual({ allowed: false, hits: 4, retryAfterSeconds: 50 })
    expect((await consumeRateLimit(store, rule, 'b', start + 10_000)).allowed).toBe(true)
    // Just past the edge the previous window still weighs almost fully; half-way it weighs half.
    expect((await consumeRateLimit(store, rule, 'a', start + 60_001)).allowed).toBe(false)
    expect((await consumeRateLimit(store, rule, 'c', start + 90_000)).allowed).toBe(true)
    expect((await consumeRateLimit(store, rule, 'a', start + 120_000)).allowed).toBe(true)
  })

  it('keys are the rule and the subject, lower-cased and bounded', async () => {
    const store = memoryStore()
    await consumeRateLimit(store, rule, `Someone@Example.org${'x'.repeat(1000)}`, 0)
    expect(store.keys()[0]?.startsWith('unit:test:someone@example.org')).toBe(true)
    expect(store.keys()[0]?.length).toBeLessThan(400)
  })

  it('registers each rule once, and refuses the same name with other settings', () => {
    expect(defineRateLimit({ name: 'unit:test', limit: 3, windowSeconds: 60, description: 'again' })).toBeDefined()
    expect(() => defineRateLimit({ name: 'unit:test', limit: 4, windowSeconds: 60, description: 'other' })).toThrow(/already registered/)
    expect(registeredRateLimits().map((r) => r.name)).toEqual(expect.arrayContaining(['unit:test']))
  })

  it('windows are fixed and aligned', () => {
    expect(windowStartOf({ windowSeconds: 60 }, 125_000).getTime()).toBe(120_000)
  })
})

describe('per-account delay', () => {
  it('is free for the first failures, then doubles, never beyond the cap', () => {
    expect([0, 4].map(accountDelaySeconds)).toEqual([0, 0])
    expect([5, 6, 7, 8].map(accountDelaySeconds)).toEqual([1, 2, 4, 8])
    expect(accountDelaySeconds(40)).toBe(MAX_ACCOUNT_DELAY_SECONDS)
  })
})

describe('clientAddress', () => {
  it('with one trusted proxy, takes the entry it appended (the last): the client cannot choose it', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.5' }), 1)).toBe('203.0.113.5')
    expect(clientAddress(new Headers({ 'x-forwarded-for': '198.51.100.1' }), 1)).toBe('198.51.100.1')
  })

  it('with two, the one the outer proxy appended', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.5, 10.0.0.2' }), 2)).toBe('203.0.113.5')
  })

  it('with fewer entries than hops, or none, one shared bucket', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.5' }), 2)).toBe('unknown')
    expect(clientAddress(new Headers(), 1)).toBe('unknown')
  })
})
