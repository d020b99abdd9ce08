import type { Access, Where } from 'payload'

import { contentRoles, isPlatformAdmin, tenantIdsWithRole } from './roles'

/**
 * Write access to tenant-scoped content (pages, contacts, templates, media): true for platform
 * admins, a filter on `tenant` for editors and tenant admins, false for everyone else.
 */
export const writeOwnTenantContent: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true
  const ids = tenantIdsWithRole(user, contentRoles)
  return ids.length > 0 ? { tenant: { in: ids } } : false
}

/** Create: any editor or tenant admin; which tenant they may create in is checked on the tenant field. */
export const createTenantContent: Access = ({ req: { user } }) =>
  isPlatformAdmin(user) || tenantIdsWithRole(user, contentRoles).length > 0

/** Documents that anonymous visitors may see: those of active tenants (the baseline is always active). */
export const ofActiveTenant: Where = { 'tenant.active': { equals: true } }
