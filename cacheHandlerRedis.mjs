/**
 * Next's ISR and data cache in Redis, for several app processes (REDIS_URL set; cacheHandler.mjs
 * chooses). Written against Next's documented `cacheHandler` interface (get, set, revalidateTag,
 * resetRequestCache) with the `redis` client, rather than a packaged handler, so that the two
 * rules of the in-memory handler stay in one short file:
 *
 * - A "not found" page or route answer is never stored (anyone can invent unknown tenants and
 *   paths), and storing one removes what the key held (a page since unpublished).
 * - Entries expire by tag across processes. Next keeps its tag expiries in a per-process map;
 *   here they live in one Redis hash (tag → time it expired), and `get` answers a miss for an
 *   entry written before any of its tags expired, so a publish on one process re-renders the
 *   page on every process at its next request. The portal only expires tags at once
 *   (`expire: 0`, src/cache/revalidate.ts), so "stale" and "expired" are one time here.
 *
 * What the build prerendered is still read from `.next` through Next's file-system handler (the
 * read-only seed), checked against the same tag times. Nothing is written to disk at run time.
 * Times are the writing process's clock: the processes of one deployment must share a clock
 * (NTP), as they share a database.
 *
 * Keys: `{prefix}e:{cache key}` (one JSON entry, buffers as base64) and `{prefix}tags` (the hash).
 * The prefix (REDIS_CACHE_PREFIX, default `portal:{deploymentId or BUILD_ID}:`) keeps two builds'
 * entries apart; the tag times are shared by all builds of one prefix. Entries carry no TTL and
 * Redis is expected to evict (`maxmemory-policy allkeys-lru`, see README, Deploying).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import { createClient } from 'redis'

const Base = FileSystemCache.default ?? FileSystemCache

/** Next's header listing an app page's or route's tags (implicit path tags included). */
const TAGS_HEADER = 'x-next-cache-tags'

/** @param {unknown} data */
export function isNotFoundAnswer(data) {
  if (typeof data !== 'object' || data === null || !('kind' in data) || !('status' in data)) return false
  return (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE') && data.status === 404
}

/** JSON with Buffers and Maps (an app page's RSC payload and segment data). */
function replacer(key, value) {
  const raw = this[key]
  if (Buffer.isBuffer(raw)) return { $b: raw.toString('base64') }
  if (raw instanceof Map) return { $m: [...raw.entries()] }
  return value
}

function reviver(_key, value) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if (typeof value.$b === 'string' && Object.keys(value).length === 1) return Buffer.from(value.$b, 'base64')
    if (Array.isArray(value.$m) && Object.keys(value).length === 1) return new Map(value.$m)
  }
  return value
}

export function serialize(entry) {
  return JSON.stringify(entry, replacer)
}

export function deserialize(text) {
  return JSON.parse(text, reviver)
}

/** Every tag an entry answers to: its own, the request's, and (pages) the header Next wrote. */
export function tagsOf(entry, ctx) {
  const tags = new Set([...(entry?.tags ?? []), ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])
  const header = entry?.value?.headers?.[TAGS_HEADER]
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag)
  return [...tags]
}

/** True when a tag expired after the entry was written (Next's own rule, `expiredAt > lastModified`). */
export function expiredByTags(lastModified, expiries) {
  return expiries.some((value) => value !== null && value !== undefined && Number(value) > lastModified)
}

function defaultPrefix(serverDistDir) {
  if (process.env.REDIS_CACHE_PREFIX) return process.env.REDIS_CACHE_PREFIX
  let build = process.env.NEXT_DEPLOYMENT_ID
  if (!build && serverDistDir) {
    try {
      build = readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
    } catch {
      build = 'dev'
    }
  }
  return `portal:${build || 'dev'}:`
}

/** One client per process, shared by every handler instance Next creates (one per request). */
let clientPromise

function client() {
  clientPromise ??= (async () => {
    const redis = createClient({
      url: process.env.REDIS_URL,
      // A Redis that went away must not hang page renders: commands fail fast and the page is
      // rendered uncached, while the client reconnects in the background.
      disableOfflineQueue: true,
      socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 200, 2_000) },
    })
    let lastComplaint = 0
    redis.on('error', (error) => {
      // Reconnects repeat the error; one line every 30 s is enough for the log.
      if (Date.now() - lastComplaint < 30_000) return
      lastComplaint = Date.now()
      console.error(`[cache] Redis: ${error instanceof Error ? error.message : String(error)}`)
    })
    await redis.connect()
    return redis
  })()
  return clientPromise
}

export default class RedisCache extends Base {
  constructor(ctx) {
    super(ctx)
    this.prefix = defaultPrefix(ctx.serverDistDir)
  }

  entryKey(key) {
    return `${this.prefix}e:${key}`
  }

  get tagsKey() {
    return `${this.prefix}tags`
  }

  async tagExpiries(tags) {
    if (tags.length === 0) return []
    const redis = await client()
    return redis.hmGet(this.tagsKey, tags)
  }

  async get(key, ctx) {
    let stored
    try {
      const redis = await client()
      const text = await redis.get(this.entryKey(key))
      if (text) {
        stored = deserialize(text)
        const expiries = await this.tagExpiries(tagsOf(stored, ctx))
        return expiredByTags(stored.lastModified, expiries) ? null : { lastModified: stored.lastModified, value: stored.value }
      }
      // Not in Redis: what the build prerendered, unless a tag expired since.
      const seed = await super.get(key, ctx)
      if (!seed) return null
      const expiries = await this.tagExpiries(tagsOf(seed, ctx))
      return expiredByTags(seed.lastModified ?? 0, expiries) ? null : seed
    } catch (error) {
      console.error(`[cache] get ${key}: ${error instanceof Error ? error.message : String(error)}`)
      return null
    }
  }

  async set(key, data, ctx) {
    try {
      const redis = await client()
      if (!data || isNotFoundAnswer(data)) {
        await redis.del(this.entryKey(key))
        return
      }
      const tags = data.kind === 'FETCH' ? (ctx?.tags ?? data.tags ?? []) : []
      await redis.set(this.entryKey(key), serialize({ lastModified: Date.now(), value: data, tags }))
    } catch (error) {
      console.error(`[cache] set ${key}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags
    if (list.length === 0) return
    // `expire` in seconds; none given means at once (Next's own default).
    const at = Date.now() + (durations?.expire ?? 0) * 1000
    const redis = await client()
    await redis.hSet(this.tagsKey, Object.fromEntries(list.map((tag) => [tag, String(at)])))
    // This process's own view (Next checks its in-memory tag map too) is kept in step.
    await super.revalidateTag(list, durations)
  }

  resetRequestCache() {}
}
