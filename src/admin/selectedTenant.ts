import type { TypedUser } from 'payload'

import { contentRoles, isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'

/**
 * The tenant the admin is working in: the tenant selector's choice (its `payload-tenant` cookie)
 * when the user may edit it, else an editor's only tenant, else none. The cookie is the browser's
 * word, so it is checked against the user's memberships, never trusted.
 */
export function selectedTenant(cookieValue: string | undefined, user: TypedUser | null | undefined): number | null {
  if (!user) return null
  const chosen = Number(cookieValue)
  const editable = tenantIdsWithRole(user, contentRoles)
  if (Number.isInteger(chosen) && chosen > 0 && (isPlatformAdmin(user) || editable.includes(chosen))) return chosen
  return editable.length === 1 ? (editable[0] ?? null) : null
}
