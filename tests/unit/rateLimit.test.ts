import { describe, expect, it } from 'vitest'

import { clientAddress, RateLimiter } from '@/lib/rateLimit'

describe('RateLimiter', () => {
  it('allows up to the limit within the window, then refuses with the wait', () => {
    let now = 1_000_000
    const limiter = new RateLimiter({ limit: 3, windowMs: 60_000 }, () => now)
    expect(limiter.attempt('a')).toEqual({ allowed: true })
    expect(limiter.attempt('a')).toEqual({ allowed: true })
    now += 10_000
    expect(limiter.attempt('a')).toEqual({ allowed: true })
    expect(limiter.attempt('a')).toEqual({ allowed: false, retryAfterSeconds: 50 })
    expect(limiter.attempt('b')).toEqual({ allowed: true })
  })

  it('lets attempts through again as old ones leave the window', () => {
    let now = 0
    const limiter = new RateLimiter({ limit: 2, windowMs: 1000 }, () => now)
    limiter.attempt('k')
    now = 500
    limiter.attempt('k')
    expect(limiter.attempt('k').allowed).toBe(false)
    now = 1001
    expect(limiter.attempt('k').allowed).toBe(true)
    expect(limiter.attempt('k').allowed).toBe(false)
  })
})

describe('clientAddress', () => {
  it('takes the last X-Forwarded-For entry (the one the nearest proxy added)', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.5' }))).toBe('203.0.113.5')
    expect(clientAddress(new Headers({ 'x-forwarded-for': '198.51.100.1' }))).toBe('198.51.100.1')
  })

  it('falls back to X-Real-IP, then to a shared bucket', () => {
    expect(clientAddress(new Headers({ 'x-real-ip': '198.51.100.2' }))).toBe('198.51.100.2')
    expect(clientAddress(new Headers())).toBe('unknown')
  })
})
