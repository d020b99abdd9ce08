import type { Access } from 'payload'

import { isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'

/**
 * Invitations are the tenant's user management: platform admins see and manage all; a tenant
 * admin those of the tenants they administer; nobody else any (editors, officers, councillors
 * and candidates included). Which tenant a new invitation may name is checked on save
 * (hooks/prepareInvitation.ts), since the tenant id in a request is not trusted.
 */
export const manageInvitations: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true
  const administered = tenantIdsWithRole(user, ['tenant-admin'])
  return administered.length > 0 ? { tenant: { in: administered } } : false
}

export const createInvitations: Access = ({ req: { user } }) =>
  isPlatformAdmin(user) || tenantIdsWithRole(user, ['tenant-admin']).length > 0
