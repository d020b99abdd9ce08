import type { User } from '@/payload-types'
import { relationId } from '@/lib/relationId'

/**
 * Roles a user can hold inside one tenant (a contract: the REST/GraphQL `tenants.roles` values).
 * Platform-wide power is the separate global role.
 */
export const tenantRoles = ['tenant-admin', 'editor', 'officer', 'councillor', 'candidate'] as const
export type TenantRole = (typeof tenantRoles)[number]

export function isTenantRole(value: unknown): value is TenantRole {
  return (tenantRoles as readonly unknown[]).includes(value)
}

/**
 * Each role in plain words, with what it can do, for the admin's role pickers. Officers receive
 * the incident reports councillors send them (src/collections/IncidentReports) and triage those;
 * they change no content.
 */
export const tenantRoleLabels: Record<TenantRole, { label: string; description: string }> = {
  'tenant-admin': { label: 'Tenant admin', description: "the council's users, branding and all its content" },
  editor: { label: 'Editor', description: 'pages, contacts, templates and media' },
  officer: { label: 'Officer', description: 'receives and triages incident reports sent to them; changes no content' },
  councillor: { label: 'Councillor', description: "reads the members' area; no admin" },
  candidate: { label: 'Candidate', description: "standing for election: reads the members' area; no admin" },
}

/** The select options of a role field: "Councillor: reads the members' area; no admin". */
export const tenantRoleOptions = tenantRoles.map((role) => ({
  label: `${tenantRoleLabels[role].label}: ${tenantRoleLabels[role].description}`,
  value: role,
}))

/** Roles whose people use the tenant's site only: their invitations and resets stay on it. */
export const siteOnlyRoles: readonly TenantRole[] = ['councillor', 'candidate']

export const globalRoles = ['platform-admin'] as const
export type GlobalRole = (typeof globalRoles)[number]

/** Roles that may open the admin panel; councillors and candidates only read the site. */
export const adminPanelRoles: readonly TenantRole[] = ['tenant-admin', 'editor', 'officer']

/** Roles that may change a tenant's content (pages, contacts, templates, media). */
export const contentRoles: readonly TenantRole[] = ['tenant-admin', 'editor']

type MaybeUser = Pick<User, 'roles' | 'tenants'> | null | undefined

export function isPlatformAdmin(user: MaybeUser): boolean {
  return Boolean(user?.roles?.includes('platform-admin'))
}

/**
 * Whether a membership still gives access: it has no end date (`endsAt`, set when someone leaves
 * office) or that date is still ahead. An ended membership row is kept, not deleted, so the
 * person's own incident log in that tenant stays theirs to export or delete for a while
 * (`formerTenantIds`); it gives nothing else.
 */
export function isMembershipCurrent(membership: { endsAt?: string | null }, now: Date = new Date()): boolean {
  if (!membership.endsAt) return true
  const ends = Date.parse(membership.endsAt)
  return Number.isNaN(ends) || ends > now.getTime()
}

/** The ids of the tenants in which the user holds at least one of `roles` in a current membership. */
export function tenantIdsWithRole(user: MaybeUser, roles: readonly TenantRole[], now: Date = new Date()): number[] {
  const ids = new Set<number>()
  for (const membership of user?.tenants ?? []) {
    if (!isMembershipCurrent(membership, now)) continue
    const id = relationId(membership.tenant)
    if (id === undefined) continue
    if (membership.roles?.some((role) => roles.includes(role))) ids.add(id)
  }
  return [...ids]
}

/** How long an ended membership still opens the person's own incident log there: 12 months, to export or delete it. */
export const FORMER_MEMBER_LOG_DAYS = 365

/**
 * The tenants where the user held one of `roles` in a membership that ended less than
 * `withinDays` ago. Used only for the person's own incident log.
 */
export function formerTenantIds(user: MaybeUser, roles: readonly TenantRole[], withinDays: number, now: Date = new Date()): number[] {
  const ids = new Set<number>()
  const since = now.getTime() - withinDays * 24 * 60 * 60 * 1000
  for (const membership of user?.tenants ?? []) {
    if (isMembershipCurrent(membership, now) || !membership.endsAt || Date.parse(membership.endsAt) <= since) continue
    const id = relationId(membership.tenant)
    if (id !== undefined && membership.roles?.some((role) => roles.includes(role))) ids.add(id)
  }
  return [...ids]
}

/** Every tenant the user currently belongs to, whatever the role. */
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
export const incidentLogRoles: readonly TenantRole[] = ['councillor', 'candidate']
