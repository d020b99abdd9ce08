import { describe, expect, it } from 'vitest'

import { selectedTenant } from '@/admin/selectedTenant'
import type { User } from '@/payload-types'

const editorOf = (...tenants: number[]) => ({ id: 1, email: 'e@example.org', roles: [], tenants: tenants.map((tenant) => ({ tenant, roles: ['editor'] })) }) as unknown as User
const admin = { id: 2, email: 'a@example.org', roles: ['platform-admin'], tenants: [] } as unknown as User

describe('selectedTenant (which council the dashboard and the national toolkit speak for)', () => {
  it('takes the tenant selector\'s choice when the user edits that tenant', () => {
    expect(selectedTenant('7', editorOf(7, 8))).toBe(7)
  })

  it('refuses a cookie naming another council: the cookie is the browser\'s word', () => {
    expect(selectedTenant('9', editorOf(7, 8))).toBeNull()
    expect(selectedTenant('9', editorOf(7))).toBe(7)
  })

  it('falls back to an editor\'s only council, and to none for several', () => {
    expect(selectedTenant(undefined, editorOf(7))).toBe(7)
    expect(selectedTenant(undefined, editorOf(7, 8))).toBeNull()
    expect(selectedTenant('not-a-number', editorOf(7, 8))).toBeNull()
  })

  it('lets a platform admin choose any tenant, and none by default', () => {
    expect(selectedTenant('9', admin)).toBe(9)
    expect(selectedTenant(undefined, admin)).toBeNull()
    expect(selectedTenant('-1', admin)).toBeNull()
  })

  it('gives nothing to nobody', () => {
    expect(selectedTenant('7', null)).toBeNull()
  })
})
