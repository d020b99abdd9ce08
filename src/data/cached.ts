import { unstable_cache } from 'next/cache'

/**
 * Runs `read` through Next's data cache under `key`, tagged with `tags` for revalidation.
 *
 * Outside a Next server (integration tests calling a route handler directly, scripts) there is
 * no incremental cache and unstable_cache throws an invariant error; the read then goes straight
 * to Payload, which is what an uncached request would do anyway.
 */
export async function cachedRead<T>(read: () => Promise<T>, key: string[], tags: string[]): Promise<T> {
  let cached: () => Promise<T>
  try {
    cached = unstable_cache(read, key, { tags })
    return await cached()
  } catch (error) {
    if (error instanceof Error && /incrementalCache missing/i.test(error.message)) return read()
    throw error
  }
}
