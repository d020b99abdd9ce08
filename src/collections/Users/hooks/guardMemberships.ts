import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'
import type { User } from '@/payload-types'

type Membership = NonNullable<User['tenants']>[number]

function tenantIdOf(membership: Membership): number {
  return typeof membership.tenant === 'number' ? membership.tenant : membership.tenant.id
}

/** A comparable fingerprint of one membership: which tenant, which roles, until when. */
function describe(membership: Membership): string {
  const ends = membership.endsAt ? new Date(membership.endsAt).toISOString() : ''
  return `${tenantIdOf(membership)}:${[...(membership.roles ?? [])].sort().join(',')}:${ends}`
}

/**
 * Which memberships a caller may give or take away. The tenant id sent in the request is not
 * trusted: every membership that changes must be in a tenant the caller administers, and a
 * tenant admin cannot change their own memberships (that would let them raise their own role).
 */
export const guardMemberships: CollectionBeforeChangeHook<User> = ({ data, originalDoc, req }) => {
  const caller = req.user
  if (!caller || isPlatformAdmin(caller)) return data
  if (data.tenants === undefined) return data

  const before = new Map((originalDoc?.tenants ?? []).map((m) => [describe(m), tenantIdOf(m)]))
  const after = new Map((data.tenants ?? []).map((m) => [describe(m), tenantIdOf(m)]))
  const changedTenants = new Set<number>()
  for (const [key, tenant] of after) if (!before.has(key)) changedTenants.add(tenant)
  for (const [key, tenant] of before) if (!after.has(key)) changedTenants.add(tenant)
  if (changedTenants.size === 0) return data

  const administered = new Set(tenantIdsWithRole(caller, ['tenant-admin']))
  const editingSelf = originalDoc?.id !== undefined && originalDoc.id === caller.id
  const forbidden = [...changedTenants].filter((tenant) => editingSelf || !administered.has(tenant))
  if (forbidden.length > 0) {
    throw new ValidationError({
      collection: 'users',
      errors: [
        {
          path: 'tenants',
          message: editingSelf
            ? 'You cannot change your own tenant memberships or roles; ask another tenant admin.'
            : 'You can only give or remove memberships in tenants you administer.',
        },
      ],
      req,
    })
  }
  return data
}
