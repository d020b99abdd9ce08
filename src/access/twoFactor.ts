import { isPlatformAdmin, tenantIdsWithRole, type TenantRole } from './roles'

import type { User } from '@/payload-types'

/** Roles that cannot sign in without two-step sign-in: they hold other people's accounts, reports and content. */
export const twoFactorRequiredRoles: readonly TenantRole[] = ['tenant-admin', 'officer']

/**
 * True for platform admins, and for anyone who is a tenant admin or an officer in a current
 * membership: they set two-step sign-in up at their next sign-in, before they reach anything.
 * Everyone else (editors, councillors, candidates) may turn it on.
 */
export function requiresTwoFactor(user: Pick<User, 'roles' | 'tenants'> | null | undefined): boolean {
  return isPlatformAdmin(user) || tenantIdsWithRole(user, twoFactorRequiredRoles).length > 0
}
