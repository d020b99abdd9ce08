import { revalidateTag } from 'next/cache'

import { afterResponse } from '@/lib/afterResponse'

type ExpiryListener = (tags: readonly string[]) => void

const listeners = new Set<ExpiryListener>()

/**
 * Hears every expiry as it happens, inside Next or not, and returns a function that stops
 * listening. Outside Next (integration tests) there is no cache to look at, so this is how a test
 * sees which tags a hook asked to expire, through the real hook on a real write instead of a
 * mocked `next/cache`.
 */
export function onTagsExpired(listener: ExpiryListener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

function expireNow(tags: readonly string[]): void {
  for (const listener of listeners) listener(tags)
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      // Outside a request (a CLI, a test through the Local API) there is no cache to expire.
      if (error instanceof Error && /static generation store|outside a request|incrementalCache/i.test(error.message)) continue
      throw error
    }
  }
}

/**
 * Expire cache tags after a write. `{ expire: 0 }` makes the next request render fresh content
 * instead of serving stale-while-revalidate, so an editor sees their change on the next load.
 *
 * Inside a request the expiry waits for `after()`, that is until the response has been sent:
 * - a collection's `afterChange` runs inside the write's transaction, and a reader arriving
 *   between an early expiry and the commit would cache the old content again;
 * - writes also happen while a page renders (the admin autosaves a new document as it renders
 *   Create New), and Next refuses `revalidateTag` during a render: the admin went blank.
 * `after()` callbacks run in Next's "after" phase, where revalidation is allowed.
 *
 * Outside a request (the seed, migrations, tests through the Local API) `after()` throws and the
 * tags are handed on at once.
 */
export function expireTags(tags: string[]): void {
  if (tags.length === 0) return
  const frozen = [...tags]
  afterResponse(() => expireNow(frozen))
}
