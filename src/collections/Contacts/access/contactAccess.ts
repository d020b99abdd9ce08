import type { Access, FieldAccess, Where } from 'payload'

import { contentRoles, isPlatformAdmin, memberTenantIds, tenantIdsWithRole } from '@/access/roles'
import { ofActiveTenant } from '@/access/tenantContent'
import { relationId } from '@/lib/relationId'

/** Public contacts of active tenants (the baseline is always active). */
export const publicContactsOfActiveTenants: Where = { and: [ofActiveTenant, { audience: { equals: 'public' } }] }

/**
 * Read: true for platform admins; for members of a tenant (councillors, editors, tenant admins)
 * the public contacts of active tenants plus every contact of their own tenants; for everyone
 * else (anonymous included) the public contacts of active tenants only. Members-only contacts
 * therefore never reach anonymous callers or another tenant's members.
 */
export const readContacts: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true
  const own = memberTenantIds(user)
  return own.length > 0 ? { or: [publicContactsOfActiveTenants, { tenant: { in: own } }] } : publicContactsOfActiveTenants
}

/** Who verified a contact is for the tenant's editors and platform admins, not the public. */
export const readVerifiedBy: FieldAccess = ({ req: { user }, doc }) => {
  if (isPlatformAdmin(user)) return true
  const tenantId = relationId((doc as { tenant?: unknown } | undefined)?.tenant)
  return tenantId !== undefined && tenantIdsWithRole(user, contentRoles).includes(tenantId)
}
