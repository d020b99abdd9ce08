import type { Access, Where } from 'payload'

import { contentRoles, isPlatformAdmin, memberTenantIds, tenantIdsWithRole } from './roles'

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

/**
 * Read for content the public sees (`tenantScoped({ readers: 'public' })`, e.g. images): anyone
 * reads the documents of active tenants; members also their own tenants' (an inactive tenant's,
 * while it is prepared); platform admins all.
 */
export const readPublicTenantContent: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true
  const own = memberTenantIds(user)
  return own.length > 0 ? { or: [ofActiveTenant, { tenant: { in: own } }] } : ofActiveTenant
}

/**
 * Read for content only its tenant's staff see (`tenantScoped({ readers: 'staff' })`, e.g. an
 * editors' working list): the tenant's editors and tenant admins, and platform admins.
 */
export const readStaffTenantContent: Access = (args) => writeOwnTenantContent(args)
