import { describe, expect, it } from 'vitest'

import { rootCause } from '@/endpoints/health'

/** An error as drizzle throws it: its own message around the driver's error. */
function wrapped(inner: Error & { code?: string }): Error {
  return new Error('Failed query: select 1\nparams: ', { cause: inner })
}

describe('the health check\'s reason', () => {
  it("health's reason is the driver's message, not drizzle's wrapper", () => {
    expect(rootCause(wrapped(new Error('connect ECONNREFUSED 127.0.0.1:5432')))).toBe('connect ECONNREFUSED 127.0.0.1:5432')
    expect(rootCause(new Error('plain'))).toBe('plain')
    expect(rootCause('text')).toBe('text')
  })
})
