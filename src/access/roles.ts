import type { User } from '@/payload-types'
import { relationId } from '@/lib/relationId'

/** Roles a user can hold inside one tenant. Platform-wide power is the separate global role. */
export const tenantRoles = ['tenant-admin', 'editor', 'councillor'] as const
export type TenantRole = (typeof tenantRoles)[number]

export const globalRoles = ['platform-admin'] as const
export type GlobalRole = (typeof globalRoles)[number]

/** Roles that may open the admin panel; councillors only read the site. */
export const adminPanelRoles: readonly TenantRole[] = ['tenant-admin', 'editor']

/** Roles that may change a tenant's content (pages, contacts, templates, media). */
export const contentRoles: readonly TenantRole[] = ['tenant-admin', 'editor']

type MaybeUser = Pick<User, 'roles' | 'tenants'> | null | undefined

export function isPlatformAdmin(user: MaybeUser): boolean {
  return Boolean(user?.roles?.includes('platform-admin'))
}

/** The ids of the tenants in which the user holds at least one of `roles`. */
export function tenantIdsWithRole(user: MaybeUser, roles: readonly TenantRole[]): number[] {
  const ids = new Set<number>()
  for (const membership of user?.tenants ?? []) {
    const id = relationId(membership.tenant)
    if (id === undefined) continue
    if (membership.roles?.some((role) => roles.includes(role))) ids.add(id)
  }
  return [...ids]
}

/** Every tenant the user belongs to, whatever the role. */
export function memberTenantIds(user: MaybeUser): number[] {
  return tenantIdsWithRole(user, tenantRoles)
}

/** Whether `user` may read `tenantId`'s members-only content: any membership of it, or platform admin. */
export function isMemberOf(user: MaybeUser, tenantId: number): boolean {
  return isPlatformAdmin(user) || memberTenantIds(user).includes(tenantId)
}

/**
 * Roles that may keep an incident log in a tenant (src/collections/Incidents). The log is the
 * person's own: holding one of these roles lets them record and read their own incidents, never
 * anyone else's. Editors and tenant admins are not here: their role is the council's content.
 */
export const incidentLogRoles: readonly TenantRole[] = ['councillor']
