import { describe, expect, it } from 'vitest'

import { isPlatformAdmin, memberTenantIds, tenantIdsWithRole } from '@/access/roles'
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
