import { describe, expect, it } from 'vitest'

import { canPreviewTenant } from '@/access/canPreview'
import type { User } from '@/payload-types'

type Memberships = Pick<User, 'roles' | 'tenants'>

const member = (tenant: number, ...roles: ('tenant-admin' | 'editor' | 'councillor')[]): Memberships => ({ roles: null, tenants: [{ tenant, roles }] })

describe('canPreviewTenant: who sees a tenant\'s drafts on its site', () => {
  it('platform admins, for every tenant (the baseline included)', () => {
    expect(canPreviewTenant({ roles: ['platform-admin'], tenants: [] }, 7)).toBe(true)
  })

  it('the tenant\'s own editors and tenant admins', () => {
    expect(canPreviewTenant(member(7, 'editor'), 7)).toBe(true)
    expect(canPreviewTenant(member(7, 'tenant-admin'), 7)).toBe(true)
    expect(canPreviewTenant({ roles: null, tenants: [{ tenant: { id: 7 } as never, roles: ['editor'] }] }, 7)).toBe(true)
  })

  it('not councillors, not editors of another tenant, not anonymous visitors', () => {
    expect(canPreviewTenant(member(7, 'councillor'), 7)).toBe(false)
    expect(canPreviewTenant(member(8, 'editor', 'tenant-admin'), 7)).toBe(false)
    expect(canPreviewTenant({ roles: null, tenants: [] }, 7)).toBe(false)
    expect(canPreviewTenant(null, 7)).toBe(false)
    expect(canPreviewTenant(undefined, 7)).toBe(false)
  })
})
