import { ValidationError, type PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { publicContactsOfActiveTenants, readContacts, readVerifiedBy } from '@/collections/Contacts/access/contactAccess'
import { scopedChangeTags } from '@/cache/tags'
import { enforceTenantScope } from '@/hooks/enforceTenantScope'
import type { User } from '@/payload-types'

type Caller = Pick<User, 'roles' | 'tenants'> | null

const anonymous: Caller = null
const platformAdmin: Caller = { roles: ['platform-admin'], tenants: [] }
const councillorOf1: Caller = { roles: null, tenants: [{ tenant: 1, roles: ['councillor'] }] }
const editorOf2: Caller = { roles: null, tenants: [{ tenant: 2, roles: ['editor'] }, { tenant: 1, roles: ['councillor'] }] }

const req = (user: Caller) => ({ user: user && { ...user, id: 7, collection: 'users' }, payloadAPI: 'REST' }) as unknown as PayloadRequest

describe('readContacts', () => {
  it('gives anonymous callers public contacts of active tenants only', () => {
    expect(readContacts({ req: req(anonymous) })).toEqual(publicContactsOfActiveTenants)
    expect(publicContactsOfActiveTenants).toEqual({
      and: [{ 'tenant.active': { equals: true } }, { audience: { equals: 'public' } }],
    })
  })

  it('adds every contact of their own tenants for members, whatever their role', () => {
    expect(readContacts({ req: req(councillorOf1) })).toEqual({ or: [publicContactsOfActiveTenants, { tenant: { in: [1] } }] })
    expect(readContacts({ req: req(editorOf2) })).toEqual({ or: [publicContactsOfActiveTenants, { tenant: { in: [2, 1] } }] })
  })

  it('lets platform admins read everything', () => {
    expect(readContacts({ req: req(platformAdmin) })).toBe(true)
  })
})

describe('readVerifiedBy', () => {
  const doc = { tenant: 2 }
  it.each([
    ['anonymous', anonymous, false],
    ['a councillor of the tenant', { roles: null, tenants: [{ tenant: 2, roles: ['councillor'] }] } as Caller, false],
    ['an editor of the tenant', editorOf2, true],
    ['an editor of another tenant', { roles: null, tenants: [{ tenant: 3, roles: ['editor'] }] } as Caller, false],
    ['a platform admin', platformAdmin, true],
  ])('%s → %s', (_who, user, expected) => {
    expect(readVerifiedBy({ req: req(user), doc } as Parameters<typeof readVerifiedBy>[0])).toBe(expected)
  })
})

/** The field error a hook threw: its path and message, or undefined when it did not throw. */
function refusal(action: () => unknown): { path: string; message: string } | undefined {
  try {
    action()
  } catch (error) {
    if (error instanceof ValidationError) {
      const first = error.data.errors[0]
      return first && { path: first.path, message: first.message }
    }
    throw error
  }
  return undefined
}

describe('enforceTenantScope', () => {
  const run = (user: Caller, operation: 'create' | 'update', data: Record<string, unknown>, originalDoc?: Record<string, unknown>) =>
    enforceTenantScope({
      collection: { slug: 'contacts' },
      context: {},
      data,
      operation,
      originalDoc,
      req: req(user),
    } as unknown as Parameters<typeof enforceTenantScope>[0])

  it('lets an editor create in a tenant they edit', () => {
    expect(run(editorOf2, 'create', { tenant: 2 })).toEqual({ tenant: 2 })
  })

  it('refuses an editor creating in a tenant where they are only a councillor, or with no tenant', () => {
    const onlyCouncillor = refusal(() => run(editorOf2, 'create', { tenant: 1 }))
    expect(onlyCouncillor).toEqual({ path: 'tenant', message: expect.stringMatching(/only add items to a tenant in which you are an editor/) })
    expect(refusal(() => run(editorOf2, 'create', {}))?.path).toBe('tenant')
  })

  it('refuses moving a document to another tenant, for platform admins too', () => {
    const moved = /cannot be moved/
    expect(refusal(() => run(editorOf2, 'update', { tenant: 1 }, { tenant: 2 }))?.message).toMatch(moved)
    expect(refusal(() => run(platformAdmin, 'update', { tenant: { id: 3 } }, { tenant: 2 }))?.message).toMatch(moved)
    expect(refusal(() => run(platformAdmin, 'update', { tenant: null }, { tenant: 2 }))?.message).toMatch(moved)
  })

  it('accepts updates that keep the tenant, given as an id or a populated document', () => {
    expect(run(editorOf2, 'update', { label: 'x' }, { tenant: 2 })).toEqual({ label: 'x' })
    expect(run(editorOf2, 'update', { tenant: { id: 2 } }, { tenant: { id: 2 } })).toEqual({ tenant: { id: 2 } })
  })

  it('trusts server code without a user and platform admins creating anywhere', () => {
    expect(run(anonymous, 'create', { tenant: 9 })).toEqual({ tenant: 9 })
    expect(run(platformAdmin, 'create', { tenant: 9 })).toEqual({ tenant: 9 })
  })
})

describe('scopedChangeTags (what a contact change expires)', () => {
  it('expires only the tenant for its own contacts, and every tenant for national ones', () => {
    expect(scopedChangeTags('contacts', { slug: 'example-county', kind: 'council' })).toEqual(['contacts:example-county'])
    expect(scopedChangeTags('contacts', { slug: 'national', kind: 'baseline' })).toEqual(['contacts:all', 'contacts:national'])
  })
})
