import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { expireTags } from '@/cache/revalidate'
import type { TagTenant } from '@/cache/tags'
import { changesPublishedContent } from '@/hooks/changesPublishedContent'
import { relationId } from '@/lib/relationId'

/** The tags a change to a document of `tenant` expires. */
export type TagsOfTenant = (tenant: TagTenant) => string[]

async function tagsOf(req: PayloadRequest, tagsFor: TagsOfTenant, tenants: unknown[]): Promise<string[]> {
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
  // A tenant deleted together with its documents is not found: it has nothing left to show.
  return [...new Set(found.docs.flatMap(tagsFor))]
}

type Scoped = { id: number | string; tenant?: unknown; _status?: 'draft' | 'published' | null }

/**
 * The cache expiry `tenantScoped({ cache })` gives a collection the site shows: after a write,
 * the tags of the document's tenant (before and after, though `enforceTenantScope` keeps them the
 * same). For a collection with drafts, only a save that can change what readers see expires
 * anything (`changesPublishedContent`): the admin autosaves drafts every two seconds.
 */
export function revalidateTenantScoped(tagsFor: TagsOfTenant): { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook } {
  const afterChange: CollectionAfterChangeHook<Scoped> = async ({ collection, doc, previousDoc, operation, req }) => {
    if (!(await changesPublishedContent({ collection, doc, previousDoc, operation, req }))) return doc
    expireTags(await tagsOf(req, tagsFor, [doc.tenant, previousDoc?.tenant]))
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook<Scoped> = async ({ doc, req }) => {
    expireTags(await tagsOf(req, tagsFor, [doc.tenant]))
    return doc
  }
  return { afterChange: afterChange as CollectionAfterChangeHook, afterDelete: afterDelete as CollectionAfterDeleteHook }
}
