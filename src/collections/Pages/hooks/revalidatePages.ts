import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { cacheTags } from '@/cache/tags'
import { expireTags } from '@/cache/revalidate'
import { changesPublishedContent } from '@/hooks/changesPublishedContent'
import type { Page } from '@/payload-types'

/**
 * A page change expires the tenant's page tags; a change to a national page expires every
 * tenant's, since all of them inherit it (the `pages:all` tag is on every page getter).
 */
async function tagsFor(doc: Page, req: Parameters<CollectionAfterChangeHook<Page>>[0]['req']): Promise<string[]> {
  const tenantId = typeof doc.tenant === 'object' && doc.tenant ? doc.tenant.id : doc.tenant
  if (tenantId === null || tenantId === undefined) return [cacheTags.allPages]
  const tenant = await req.payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (!tenant) return [cacheTags.allPages]
  return tenant.kind === 'baseline' ? [cacheTags.allPages] : [cacheTags.pages(tenant.slug)]
}

export const revalidatePageAfterChange: CollectionAfterChangeHook<Page> = async ({ collection, doc, previousDoc, operation, req }) => {
  if (await changesPublishedContent({ collection, doc, previousDoc, operation, req })) expireTags(await tagsFor(doc, req))
  return doc
}

export const revalidatePageAfterDelete: CollectionAfterDeleteHook<Page> = async ({ doc, req }) => {
  expireTags(await tagsFor(doc, req))
  return doc
}
