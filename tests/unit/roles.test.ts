import { describe, expect, it } from 'vitest'

import {
  adminPanelRoles,
  contentRoles,
  isMemberOf,
  isPlatformAdmin,
  isTenantRole,
  memberTenantIds,
  siteOnlyRoles,
  tenantIdsWithRole,
  tenantRoleLabels,
  tenantRoleOptions,
  tenantRoles,
} from '@/access/roles'
import type { User } from '@/payload-types'

type Memberships = Pick<User, 'roles' | 'tenants'>

const user: Memberships = {
  roles: null,
  tenants: [
    { tenant: 1, roles: ['tenant-admin'] },
    { tenant: { id: 2 } as never, roles: ['editor', 'councillor'] },
    { tenant: 3, roles: ['councillor'] },
  ],
}

describe('role helpers', () => {
  it('isPlatformAdmin only for the global role', () => {
    expect(isPlatformAdmin({ roles: ['platform-admin'], tenants: [] })).toBe(true)
    expect(isPlatformAdmin(user)).toBe(false)
    expect(isPlatformAdmin(null)).toBe(false)
    expect(isPlatformAdmin(undefined)).toBe(false)
  })

  it('tenantIdsWithRole reads ids and populated tenants alike', () => {
    expect(tenantIdsWithRole(user, ['tenant-admin'])).toEqual([1])
    expect(tenantIdsWithRole(user, ['tenant-admin', 'editor']).sort()).toEqual([1, 2])
    expect(tenantIdsWithRole(user, ['councillor']).sort()).toEqual([2, 3])
  })

  it('memberTenantIds lists every tenant once; nobody has none', () => {
    expect(memberTenantIds(user).sort()).toEqual([1, 2, 3])
    expect(memberTenantIds(null)).toEqual([])
  })
})

describe('the officer and candidate roles', () => {
  const officer: Memberships = { roles: null, tenants: [{ tenant: 4, roles: ['officer'] }] }
  const candidate: Memberships = { roles: null, tenants: [{ tenant: 5, roles: ['candidate'] }] }

  it('are tenant roles, each with a plain label and a one-line description', () => {
    expect(tenantRoles).toEqual(['tenant-admin', 'editor', 'officer', 'councillor', 'candidate'])
    for (const role of tenantRoles) expect(tenantRoleLabels[role].description.length).toBeGreaterThan(10)
    expect(tenantRoleOptions.find((option) => option.value === 'councillor')?.label).toBe("Councillor: reads the members' area; no admin")
  })

  it('an officer opens the admin but edits no content; a candidate reads the site like a councillor', () => {
    expect(adminPanelRoles).toContain('officer')
    expect(adminPanelRoles).not.toContain('candidate')
    expect(adminPanelRoles).not.toContain('councillor')
    expect(contentRoles).not.toContain('officer')
    expect(contentRoles).not.toContain('candidate')
    expect(tenantIdsWithRole(officer, contentRoles)).toEqual([])
    expect(tenantIdsWithRole(candidate, adminPanelRoles)).toEqual([])
  })

  it('both are members of their tenant (they read its members-only pages), and of no other', () => {
    expect(isMemberOf(officer, 4)).toBe(true)
    expect(isMemberOf(candidate, 5)).toBe(true)
    expect(isMemberOf(candidate, 4)).toBe(false)
  })

  it('invitation links of councillors and candidates stay on the tenant\'s site', () => {
    expect([...siteOnlyRoles].sort()).toEqual(['candidate', 'councillor'])
    expect(isTenantRole('officer')).toBe(true)
    expect(isTenantRole('platform-admin')).toBe(false)
  })
})
