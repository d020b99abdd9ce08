/**
 * Next's ISR and data cache for this server: Next's own file-system cache, with two limits.
 *
 * - With `experimental.isrFlushToDisk: false` (next.config.mjs) it writes nothing to disk at run
 *   time: entries live in its in-memory LRU, whose size `cacheMaxMemorySize` caps. The build's
 *   prerendered pages are still read from `.next/server/app`.
 * - A "not found" page or route answer is never stored, so requests for unknown tenants, hosts
 *   and paths (anyone can invent them) cannot evict the real pages. Each is rendered afresh; the
 *   tenant and page look-ups behind it are small data-cache entries inside the same cap.
 *
 * With REDIS_URL set, several app processes share one cache in Redis instead
 * (cacheHandlerRedis.mjs, which keeps the second rule and expires tags across processes); the
 * in-memory cache below stays the default for one process and for `npm run dev`.
 */
import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

/** @param {unknown} data */
function isNotFoundAnswer(data) {
  if (typeof data !== 'object' || data === null || !('kind' in data) || !('status' in data)) return false
  return (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE') && data.status === 404
}

const Base = FileSystemCache.default ?? FileSystemCache

class BoundedCache extends Base {
  /** @param {string} key @param {unknown} data @param {unknown} ctx */
  async set(key, data, ctx) {
    if (isNotFoundAnswer(data)) {
      // A page that was found before (since unpublished) must not be served from memory again.
      Base.memoryCache?.remove(key)
      return
    }
    return super.set(key, data, ctx)
  }
}

// Chosen when the server starts (Next loads this file at run time, so one build serves both).
const Chosen = process.env.REDIS_URL ? (await import('./cacheHandlerRedis.mjs')).default : BoundedCache
export default Chosen
