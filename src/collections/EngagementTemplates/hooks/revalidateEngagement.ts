import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { cacheTags } from '@/cache/tags'
import { expireTags } from '@/cache/revalidate'
import { changesPublishedContent } from '@/hooks/changesPublishedContent'
import type { EngagementTemplate } from '@/payload-types'
import { relationId } from '@/lib/relationId'

type RelationValue = EngagementTemplate['tenant']

async function tagsFor(req: PayloadRequest, tenants: RelationValue[]): Promise<string[]> {
  const ids = [...new Set(tenants.map(relationId).filter((id) => id !== undefined))]
  if (ids.length === 0) return []
  const found = await req.payload.find({
    collection: 'tenants',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    select: { slug: true, kind: true },
    overrideAccess: true,
    req,
  })
  // A baseline template is inherited by every tenant without its own: expire them all at once.
  return found.docs.flatMap((tenant) =>
    tenant.kind === 'baseline' ? [cacheTags.engagementBaseline, cacheTags.engagementTemplates(tenant.slug)] : [cacheTags.engagementTemplates(tenant.slug)],
  )
}

/** Publishing, unpublishing or moving a template changes what its tenant (or every tenant) shows. */
export const revalidateEngagementAfterChange: CollectionAfterChangeHook<EngagementTemplate> = async ({ collection, doc, previousDoc, operation, req }) => {
  if (!(await changesPublishedContent({ collection, doc, previousDoc, operation, req }))) return doc
  expireTags(await tagsFor(req, [doc.tenant, previousDoc?.tenant]))
  return doc
}

export const revalidateEngagementAfterDelete: CollectionAfterDeleteHook<EngagementTemplate> = async ({ doc, req }) => {
  expireTags(await tagsFor(req, [doc.tenant]))
  return doc
}
