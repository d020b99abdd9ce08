import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { cacheTags } from '@/cache/tags'
import { expireTags } from '@/cache/revalidate'
import type { Media } from '@/payload-types'
import { relationId } from '@/lib/relationId'

/**
 * The tags a change to an image must expire. Cached pages and infographics carry the logo's file
 * name, size and alt text under `tenant:{slug}`, and the tenant itself does not change when its
 * logo's file is replaced in place, so the image's tenant is expired here. (A logo is always the
 * tenant's own image, `validateLogo`, and images never move tenant, `enforceTenantScope`.) A
 * national image may appear in national pages, which every tenant shows: `pages:all` too.
 */
async function tagsFor(req: PayloadRequest, tenant: Media['tenant']): Promise<string[]> {
  const id = relationId(tenant)
  if (id === undefined) return []
  const owner = await req.payload
    .findByID({ collection: 'tenants', id, depth: 0, overrideAccess: true, select: { slug: true, kind: true }, req })
    .catch(() => undefined)
  // A tenant deleted together with its images has nothing left to show.
  if (!owner) return []
  return owner.kind === 'baseline' ? [cacheTags.tenant(owner.slug), cacheTags.allPages] : [cacheTags.tenant(owner.slug)]
}

/** A new file uploaded to the same document, or a new alt text. */
export const revalidateMediaAfterChange: CollectionAfterChangeHook<Media> = async ({ doc, req }) => {
  expireTags(await tagsFor(req, doc.tenant))
  return doc
}

export const revalidateMediaAfterDelete: CollectionAfterDeleteHook<Media> = async ({ doc, req }) => {
  expireTags(await tagsFor(req, doc.tenant))
  return doc
}
