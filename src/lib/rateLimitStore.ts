import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { RateLimitStore } from './rateLimit'

/** Expired windows are swept at most this often per process. */
const SWEEP_EVERY_MS = 60_000

/**
 * Counters in PostgreSQL (table `rate_limit_counters`, migration 20261202_011500_rate_limits),
 * so every app process counts against the same budget. Queries go through the pool, outside any
 * request transaction: a failed login rolls its transaction back, and must still count.
 */
export class PostgresRateLimitStore implements RateLimitStore {
  private lastSweep = 0

  constructor(private readonly payload: Payload) {}

  private get pool(): PostgresAdapter['pool'] {
    return (this.payload.db as unknown as PostgresAdapter).pool
  }

  async hit(key: string, windowStart: Date, expiresAt: Date, now: Date): Promise<number> {
    await this.sweep(now)
    const result = await this.pool.query<{ hits: number }>(
      `INSERT INTO rate_limit_counters AS c (key, window_start, hits, last_hit_at, expires_at)
       VALUES ($1, $2, 1, $3, $4)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = c.hits + 1, last_hit_at = EXCLUDED.last_hit_at
       RETURNING hits`,
      [key, windowStart, now, expiresAt],
    )
    return result.rows[0]?.hits ?? 1
  }

  async peek(key: string, windowStart: Date): Promise<{ hits: number; lastHitAt: Date } | undefined> {
    const result = await this.pool.query<{ hits: number; last_hit_at: Date }>(
      'SELECT hits, last_hit_at FROM rate_limit_counters WHERE key = $1 AND window_start = $2',
      [key, windowStart],
    )
    const row = result.rows[0]
    return row ? { hits: row.hits, lastHitAt: row.last_hit_at } : undefined
  }

  async reset(key: string): Promise<void> {
    await this.pool.query('DELETE FROM rate_limit_counters WHERE key = $1', [key])
  }

  private async sweep(now: Date): Promise<void> {
    if (now.getTime() - this.lastSweep < SWEEP_EVERY_MS) return
    this.lastSweep = now.getTime()
    await this.pool.query('DELETE FROM rate_limit_counters WHERE expires_at < $1', [now])
  }
}

const stores = new WeakMap<Payload, PostgresRateLimitStore>()

export function rateLimitStore(payload: Payload): RateLimitStore {
  let store = stores.get(payload)
  if (!store) {
    store = new PostgresRateLimitStore(payload)
    stores.set(payload, store)
  }
  return store
}
