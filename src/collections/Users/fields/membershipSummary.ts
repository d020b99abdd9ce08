import type { FieldHook, TextField } from 'payload'

import { isTenantRole, tenantRoleLabels } from '@/access/roles'
import type { User } from '@/payload-types'

type Membership = NonNullable<User['tenants']>[number]

const CACHE_KEY = 'membershipSummaryTenantNames'

/** Tenant names by id, read once per request however many users the list shows. */
async function tenantNames(req: Parameters<FieldHook>[0]['req'], ids: number[]): Promise<Map<number, string>> {
  const cache = (req.context[CACHE_KEY] as Map<number, string> | undefined) ?? new Map<number, string>()
  req.context[CACHE_KEY] = cache
  const missing = ids.filter((id) => !cache.has(id))
  if (missing.length > 0) {
    // The caller may already read this user; a tenant's name is no secret to them.
    const found = await req.payload.find({
      collection: 'tenants',
      where: { id: { in: missing } },
      select: { name: true },
      depth: 0,
      limit: missing.length,
      overrideAccess: true,
      req,
    })
    for (const tenant of found.docs) cache.set(tenant.id, tenant.name)
  }
  return cache
}

function tenantIdOf(membership: Membership): number {
  return typeof membership.tenant === 'number' ? membership.tenant : membership.tenant.id
}

/** "Example County: Councillor; Example Party: Editor, Officer", in the tenants' order. */
export const summariseMemberships: FieldHook<User> = async ({ data, req, siblingData }) => {
  const memberships: Membership[] = (siblingData?.tenants ?? data?.tenants ?? []) as Membership[]
  if (memberships.length === 0) return ''
  const names = await tenantNames(req, memberships.map(tenantIdOf))
  return memberships
    .map((membership) => {
      const tenant = typeof membership.tenant === 'object' ? membership.tenant.name : names.get(tenantIdOf(membership))
      const roles = (membership.roles ?? []).filter(isTenantRole).map((role) => tenantRoleLabels[role].label)
      return `${tenant ?? `#${tenantIdOf(membership)}`}: ${roles.join(', ')}`
    })
    .join('; ')
}

/**
 * Who is a councillor (or anything else) where, as one column of the Users list. Virtual: computed
 * from the memberships on every read, never stored, so it cannot disagree with them.
 */
export const membershipSummaryField: TextField = {
  name: 'membershipSummary',
  type: 'text',
  virtual: true,
  label: 'Roles per council',
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: 'Computed from the memberships below.',
  },
  hooks: { afterRead: [summariseMemberships] },
}
