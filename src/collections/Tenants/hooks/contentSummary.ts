import type { FieldHook } from 'payload'

import { isPlatformAdmin } from '@/access/roles'
import { tenantScopedCollections } from '@/collections/tenantScoped'
import type { Tenant } from '@/payload-types'

/**
 * What deleting this tenant would take with it, shown to platform admins on the tenant's edit
 * screen so that a deletion is never a surprise. Computed only for a single document read by a
 * platform admin: the public directory reads tenants constantly and must not pay for counts.
 */
export const summariseTenantContent: FieldHook<Tenant, string | null | undefined> = async ({ req, data, findMany }) => {
  if (findMany || !isPlatformAdmin(req.user) || !data?.id) return null
  const parts: string[] = []
  for (const collection of tenantScopedCollections) {
    const { totalDocs } = await req.payload.count({
      collection,
      where: { tenant: { equals: data.id } },
      overrideAccess: true,
      req,
    })
    parts.push(`${totalDocs} ${collection}`)
  }
  const members = await req.payload.count({
    collection: 'users',
    where: { 'tenants.tenant': { equals: data.id } },
    overrideAccess: true,
    req,
  })
  parts.push(`${members.totalDocs} user membership(s)`)
  return `Deleting this tenant deletes: ${parts.join(', ')}.`
}
