import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { cacheTags } from '@/cache/tags'
import { expireTags } from '@/cache/revalidate'
import type { Contact, Tenant } from '@/payload-types'
import { relationId } from '@/lib/relationId'

/**
 * The cache tags a change to a tenant's contacts must expire. A national (baseline) contact is
 * inherited by every tenant, so it expires all of them through `contacts:all`.
 */
export function contactTagsFor(tenant: Pick<Tenant, 'slug' | 'kind'>): string[] {
  return tenant.kind === 'baseline' ? [cacheTags.contactsAll, cacheTags.contacts(tenant.slug)] : [cacheTags.contacts(tenant.slug)]
}

async function tagsOf(req: PayloadRequest, ...values: (Contact['tenant'] | undefined)[]): Promise<string[]> {
  const ids = new Set(values.map(relationId).filter((id) => id !== undefined))
  const tags = new Set<string>()
  for (const id of ids) {
    const tenant = await req.payload
      .findByID({ collection: 'tenants', id, depth: 0, overrideAccess: true, select: { slug: true, kind: true }, req })
      .catch(() => undefined)
    // A tenant deleted together with its contacts has nothing left to show.
    if (tenant) for (const tag of contactTagsFor(tenant)) tags.add(tag)
  }
  return [...tags]
}

export const revalidateContactsAfterChange: CollectionAfterChangeHook<Contact> = async ({ doc, previousDoc, req }) => {
  expireTags(await tagsOf(req, doc.tenant, previousDoc?.tenant))
  return doc
}

export const revalidateContactsAfterDelete: CollectionAfterDeleteHook<Contact> = async ({ doc, req }) => {
  expireTags(await tagsOf(req, doc.tenant))
  return doc
}
