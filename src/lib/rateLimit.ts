/**
 * A sliding-window rate limiter kept in this process's memory. Good enough for one Node process
 * per deployment; several processes would each count separately (a shared store would be needed
 * then, which is why the limiter hides behind this small interface).
 */
export type RateLimitRule = { limit: number; windowMs: number }
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** Beyond this many keys the oldest are dropped, so a flood of spoofed keys cannot exhaust memory. */
const MAX_KEYS = 50_000

export class RateLimiter {
  private readonly hits = new Map<string, number[]>()

  constructor(
    private readonly rule: RateLimitRule,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt for `key` and says whether it is within the limit. */
  attempt(key: string): RateLimitResult {
    const now = this.now()
    const windowStart = now - this.rule.windowMs
    const recent = (this.hits.get(key) ?? []).filter((time) => time > windowStart)
    if (recent.length >= this.rule.limit) {
      this.hits.set(key, recent)
      const oldest = recent[0] ?? now
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.rule.windowMs - now) / 1000)) }
    }
    recent.push(now)
    // Re-insert so that Map order is least-recently-used first.
    this.hits.delete(key)
    this.hits.set(key, recent)
    if (this.hits.size > MAX_KEYS) {
      const oldestKey = this.hits.keys().next().value
      if (oldestKey !== undefined) this.hits.delete(oldestKey)
    }
    return { allowed: true }
  }
}

/**
 * The client address as the nearest proxy saw it: the last entry of X-Forwarded-For. A proxy
 * appends to whatever the client sent, so earlier entries can be forged and the last cannot.
 * Next.js fills the header from the socket when it is absent.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).pop()
  return last || headers.get('x-real-ip') || 'unknown'
}
