import { revalidateTag } from 'next/cache'

type ExpiryListener = (tags: readonly string[]) => void

const listeners = new Set<ExpiryListener>()

/**
 * Hears every `expireTags` call, inside Next or not, and returns a function that stops listening.
 * Outside Next (integration tests) there is no cache to look at, so this is how a test sees which
 * tags a hook asked to expire, through the real hook on a real write instead of a mocked
 * `next/cache`.
 */
export function onTagsExpired(listener: ExpiryListener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/**
 * Expire cache tags after a write. `{ expire: 0 }` makes the next request render fresh content
 * instead of serving stale-while-revalidate, so an editor sees their change on the next load.
 *
 * Writes also happen outside Next (the seed, migrations, tests through the Local API), where
 * there is no cache to expire and revalidateTag throws; those are skipped, not errors.
 */
export function expireTags(tags: string[]): void {
  for (const listener of listeners) listener(tags)
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (error instanceof Error && /static generation store|outside a request|incrementalCache/i.test(error.message)) continue
      throw error
    }
  }
}
