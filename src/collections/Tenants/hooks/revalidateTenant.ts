import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { cacheTags } from '@/cache/tags'
import { expireTags } from '@/cache/revalidate'
import type { Tenant } from '@/payload-types'

/** A tenant's name, branding or status shows on the directory and on all its pages. */
export const revalidateTenantAfterChange: CollectionAfterChangeHook<Tenant> = ({ doc, previousDoc }) => {
  const slugs = new Set([doc.slug, previousDoc?.slug].filter((slug): slug is string => Boolean(slug)))
  expireTags([cacheTags.tenants, ...[...slugs].map(cacheTags.tenant)])
  return doc
}

export const revalidateTenantAfterDelete: CollectionAfterDeleteHook<Tenant> = ({ doc }) => {
  expireTags([cacheTags.tenants, cacheTags.tenant(doc.slug)])
  return doc
}
