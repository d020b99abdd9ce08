import type { Access } from 'payload'

import { isPlatformAdmin, memberTenantIds } from '@/access/roles'
import { ofActiveTenant } from '@/access/tenantContent'

/**
 * Read: logos and images appear on public pages, so anyone may read those of active tenants;
 * members also read their own tenants' images (an inactive tenant's, while it is prepared);
 * platform admins all.
 */
export const readMedia: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true
  const own = memberTenantIds(user)
  return own.length > 0 ? { or: [ofActiveTenant, { tenant: { in: own } }] } : ofActiveTenant
}
