import type { User } from '@/payload-types'

import { contentRoles, isPlatformAdmin, tenantIdsWithRole } from './roles'

/**
 * Who may see a tenant's drafts on its site (the live preview): platform admins, and the
 * tenant's own tenant admins and editors. Councillors and editors of other tenants may not,
 * not even for a published page: the preview route answers them 404 like anyone else.
 */
export function canPreviewTenant(user: Pick<User, 'roles' | 'tenants'> | null | undefined, tenantId: number): boolean {
  if (!user) return false
  return isPlatformAdmin(user) || tenantIdsWithRole(user, contentRoles).includes(tenantId)
}
