import { revalidateTag } from 'next/cache'

/**
 * Expire cache tags after a write. `{ expire: 0 }` makes the next request render fresh content
 * instead of serving stale-while-revalidate, so an editor sees their change on the next load.
 *
 * Writes also happen outside Next (the seed, migrations, tests through the Local API), where
 * there is no cache to expire and revalidateTag throws; those are skipped, not errors.
 */
export function expireTags(tags: string[]): void {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 })
    } catch (error) {
      if (error instanceof Error && /static generation store|outside a request|incrementalCache/i.test(error.message)) continue
      throw error
    }
  }
}
