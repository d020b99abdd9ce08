import type { PayloadRequest } from 'payload'

import { adminPanelRoles, isPlatformAdmin, tenantIdsWithRole } from './roles'

/** Platform admins, tenant admins and editors use the admin panel; councillors read the site. */
export function canUseAdminPanel({ req }: { req: PayloadRequest }): boolean {
  const { user } = req
  if (!user) return false
  return isPlatformAdmin(user) || tenantIdsWithRole(user, adminPanelRoles).length > 0
}
