import type { Access, FieldAccess, Where } from 'payload'

import { isPlatformAdmin, memberTenantIds, tenantIdsWithRole } from '@/access/roles'

/**
 * Tenants: platform admins see all; members also see their own tenants even when inactive;
 * everyone (anonymous included) sees active tenants, because the directory and every public
 * page needs the tenant's name and branding.
 */
export const readTenants: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true
  const own = memberTenantIds(user)
  const active: Where = { active: { equals: true } }
  return own.length === 0 ? active : { or: [active, { id: { in: own } }] }
}

/** Platform admins edit any tenant; a tenant admin edits their own (branding, languages). */
export const updateTenants: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true
  const administered = tenantIdsWithRole(user, ['tenant-admin'])
  return administered.length > 0 ? { id: { in: administered } } : false
}

/** Fields that decide identity and visibility (slug, kind, domains, active) are the platform's. */
export const platformAdminField: FieldAccess = ({ req: { user } }) => isPlatformAdmin(user)
