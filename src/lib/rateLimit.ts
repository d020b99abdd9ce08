/**
 * Rate limits: named rules in one registry, counted in fixed windows in a store that every app
 * process shares (PostgreSQL, src/lib/rateLimitStore.ts). A feature registers its rule once at
 * module load (`defineRateLimit`) and counts attempts with `consumeRateLimit`; the README lists
 * every rule registered.
 */
export type RateLimitRule = {
  /** Unique, stable: it prefixes the stored keys. */
  name: string
  limit: number
  windowSeconds: number
  /** One line for the README's table and the logs. */
  description: string
}

export type RateLimitResult = { allowed: true; hits: number } | { allowed: false; hits: number; retryAfterSeconds: number }

/** Counters in fixed windows. `hit` adds one and answers the window's total, atomically across processes. */
export interface RateLimitStore {
  hit(key: string, windowStart: Date, expiresAt: Date, now: Date): Promise<number>
  /** The window's count and its last hit, without adding one. */
  peek(key: string, windowStart: Date): Promise<{ hits: number; lastHitAt: Date } | undefined>
  /** Forgets every window of `key`. */
  reset(key: string): Promise<void>
}

const registry = new Map<string, RateLimitRule>()

/** Registers a rule (idempotent for the same rule, so hot reloads are harmless) and returns it. */
export function defineRateLimit(rule: RateLimitRule): RateLimitRule {
  const known = registry.get(rule.name)
  if (known && (known.limit !== rule.limit || known.windowSeconds !== rule.windowSeconds)) {
    throw new Error(`Rate limit "${rule.name}" is already registered with other settings`)
  }
  registry.set(rule.name, rule)
  return rule
}

export function registeredRateLimits(): RateLimitRule[] {
  return [...registry.values()]
}

/** The start of the fixed window that `now` falls in. */
export function windowStartOf(rule: Pick<RateLimitRule, 'windowSeconds'>, now: number): Date {
  const size = rule.windowSeconds * 1000
  return new Date(Math.floor(now / size) * size)
}

export function storeKey(rule: Pick<RateLimitRule, 'name'>, subject: string): string {
  // Subjects come from outside (addresses, emails): bounded, so a huge one cannot bloat the table.
  return `${rule.name}:${subject.slice(0, 320).toLowerCase()}`
}

/**
 * Counts one attempt of `subject` under `rule` and says whether it is within the limit. The
 * previous window still counts in proportion to how much of it the sliding window overlaps, so
 * a burst either side of a window's edge cannot get twice the limit through.
 */
export async function consumeRateLimit(store: RateLimitStore, rule: RateLimitRule, subject: string, now = Date.now()): Promise<RateLimitResult> {
  const size = rule.windowSeconds * 1000
  const start = windowStartOf(rule, now)
  const end = start.getTime() + size
  const key = storeKey(rule, subject)
  // Rows are kept one window past their own, so the previous one is still there to read.
  const hits = await store.hit(key, start, new Date(end + size), new Date(now))
  const previous = (await store.peek(key, new Date(start.getTime() - size)))?.hits ?? 0
  const weighted = hits + previous * (1 - (now - start.getTime()) / size)
  if (weighted <= rule.limit) return { allowed: true, hits }
  return { allowed: false, hits, retryAfterSeconds: Math.max(1, Math.ceil((end - now) / 1000)) }
}

/**
 * The client address from X-Forwarded-For, given how many proxies in front of the app append to
 * it (`trustedHops`). Each proxy appends the address it was connected from, so the entry
 * `trustedHops` from the end was written by the outermost trusted proxy: everything before it
 * may be the client's own invention. Fewer entries than hops means a request that bypassed a
 * proxy or a misconfiguration: all such requests share one bucket rather than choosing their own.
 */
export function clientAddress(headers: Headers, trustedHops: number): string {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  if (trustedHops < 1) return entries.at(-1) ?? 'unknown'
  return entries[entries.length - trustedHops] ?? 'unknown'
}
