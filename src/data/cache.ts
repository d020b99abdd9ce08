import { unstable_cache } from 'next/cache'

/**
 * Next's data cache around one read, keyed by `keyParts` and expired by `tags`.
 *
 * Outside a Next server (scripts, the seed, Vitest) there is no incremental cache and
 * unstable_cache throws an invariant error; the read then runs uncached, as `expireTags` skips
 * revalidation there. Inside Next the cache is always used.
 */
export async function cachedRead<T>(read: () => Promise<T>, keyParts: string[], tags: string[]): Promise<T> {
  try {
    return await unstable_cache(read, keyParts, { tags })()
  } catch (error) {
    if (error instanceof Error && /incrementalCache missing/i.test(error.message)) return read()
    throw error
  }
}
