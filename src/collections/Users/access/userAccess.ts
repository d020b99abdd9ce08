import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'

/** Users who share a tenant that the caller administers. */
function membersOfAdministeredTenants(ids: number[]): Where {
  return { 'tenants.tenant': { in: ids } }
}

/**
 * The users a tenant admin may change: every one of their memberships is in a tenant the admin
 * administers, and they hold no platform role. Sharing one tenant is not enough: otherwise the
 * admin of A could reset the password of someone who is also an editor in B and act in B.
 */
async function manageableUserIds(req: PayloadRequest, administered: number[]): Promise<number[]> {
  const allowed = new Set(administered)
  const candidates = await req.payload.find({
    collection: 'users',
    where: membersOfAdministeredTenants(administered),
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { roles: true, tenants: true },
    req,
  })
  return candidates.docs
    .filter((candidate) => !isPlatformAdmin(candidate))
    .filter((candidate) =>
      (candidate.tenants ?? []).every((membership) =>
        allowed.has(typeof membership.tenant === 'number' ? membership.tenant : membership.tenant.id),
      ),
    )
    .map((candidate) => candidate.id)
}

/** Read: true for platform admins; themself plus the members of tenants they administer; else false. */
export const readUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const administered = tenantIdsWithRole(user, ['tenant-admin'])
  const self: Where = { id: { equals: user.id } }
  return administered.length > 0 ? { or: [self, membersOfAdministeredTenants(administered)] } : self
}

/**
 * Update and unlock (so also password changes): platform admins; the user themself; a tenant
 * admin for users wholly inside tenants they administer.
 */
export const manageUsers: Access = async ({ req }) => {
  const { user } = req
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const administered = tenantIdsWithRole(user, ['tenant-admin'])
  const self: Where = { id: { equals: user.id } }
  if (administered.length === 0) return self
  const ids = await manageableUserIds(req, administered)
  return { or: [self, { id: { in: ids } }] }
}

/** Create: platform admins and tenant admins (which memberships they may give is checked on save). */
export const createUsers: Access = ({ req: { user } }) =>
  isPlatformAdmin(user) || tenantIdsWithRole(user, ['tenant-admin']).length > 0

/** Delete: platform admins; tenant admins for users wholly inside their tenants, never themself. */
export const deleteUsers: Access = async ({ req }) => {
  const { user } = req
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const administered = tenantIdsWithRole(user, ['tenant-admin'])
  if (administered.length === 0) return false
  const ids = (await manageableUserIds(req, administered)).filter((id) => id !== user.id)
  return { id: { in: ids } }
}

/** The global role field: only a platform admin can grant or remove platform-wide power. */
export const platformAdminFieldOnly: FieldAccess = ({ req: { user } }) => isPlatformAdmin(user)
