import { ValidationError, type Access, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { nobody } from '@/access/nobody'
import { createAsMember } from '@/access/ownDocuments'
import { createTenantContent, writeOwnTenantContent } from '@/access/tenantContent'
import { Contacts } from '@/collections/Contacts'
import { EngagementTemplates } from '@/collections/EngagementTemplates'
import { Invitations } from '@/collections/Invitations'
import { Media } from '@/collections/Media'
import { Pages } from '@/collections/Pages'
import { multiTenantPluginCollections, standardReaders, tenantScoped, tenantScopedCollections } from '@/collections/tenantScoped'
import { enforceTenantScope } from '@/hooks/enforceTenantScope'
import type { User } from '@/payload-types'

type Caller = (Pick<User, 'roles' | 'tenants'> & { id: number }) | null

const req = (user: Caller) => ({ user: user && { ...user, collection: 'users' }, payloadAPI: 'REST' }) as unknown as PayloadRequest
const ask = (rule: Access | undefined, user: Caller) => rule?.({ req: req(user) })

const councillorOf1: Caller = { id: 7, roles: null, tenants: [{ tenant: 1, roles: ['councillor'] }] }
const editorOf2: Caller = { id: 8, roles: null, tenants: [{ tenant: 2, roles: ['editor'] }] }
const platformAdmin: Caller = { id: 9, roles: ['platform-admin'], tenants: [] }

describe('the tenant-scoped collections', () => {
  const built = [Pages, Contacts, Media, EngagementTemplates]
  // Invitations belong to a tenant too (deleting the tenant deletes them), but only its tenant
  // admins may see or make them: their own rules (src/collections/Invitations), not the factory's.
  const registered = [...built, Invitations]

  it('are the ones registered with the multi-tenant plugin, without its access wrapper', () => {
    expect(registered.map((collection) => collection.slug).sort()).toEqual([...tenantScopedCollections].sort())
    expect(Object.keys(multiTenantPluginCollections).sort()).toEqual([...tenantScopedCollections].sort())
    for (const entry of Object.values(multiTenantPluginCollections)) expect(entry).toEqual({ useTenantAccess: false })
  })

  it.each(built.map((collection) => [collection.slug, collection] as const))('%s: explicit access for every operation, tenant scope checked first', (_slug, collection) => {
    const access = collection.access ?? {}
    for (const operation of ['read', 'create', 'update', 'delete', 'readVersions', 'unlock'] as const) expect(access[operation]).toBeTypeOf('function')
    expect(access.create).toBe(createTenantContent)
    expect([access.update, access.delete, access.unlock]).toEqual([writeOwnTenantContent, writeOwnTenantContent, writeOwnTenantContent])
    expect(collection.hooks?.beforeChange?.[0]).toBe(enforceTenantScope)
  })

  it('gives nobody the versions of a collection that does not name its own rule', () => {
    expect(Contacts.access?.readVersions).toBe(nobody)
    expect(Media.access?.readVersions).toBe(nobody)
  })
})

describe('tenantScoped({ cache })', () => {
  const hookNames = (collection: { hooks?: { afterChange?: unknown[]; afterDelete?: unknown[] } }) => [collection.hooks?.afterChange?.length ?? 0, collection.hooks?.afterDelete?.length ?? 0]
  const own = () => undefined

  it('adds the expiry hooks after the collection\'s own, and none without `cache`', () => {
    const shown = tenantScoped({ slug: 'contacts', readers: 'public', cache: true, fields: [], hooks: { afterChange: [own] } })
    expect(shown.hooks?.afterChange?.[0]).toBe(own)
    expect(hookNames(shown)).toEqual([2, 1])
    expect(hookNames(tenantScoped({ slug: 'contacts', readers: 'staff', fields: [] }))).toEqual([0, 0])
  })

  it('gives every collection the site shows its expiry from the factory', () => {
    for (const collection of [Pages, Contacts, Media, EngagementTemplates]) {
      expect(collection.custom?.tenantScoped, collection.slug).toMatchObject({ cache: true })
    }
  })
})

describe('the factory\'s declaration (custom.tenantScoped), which the access matrix reads', () => {
  it('names the standard readers, or own, and the operations a collection replaced', () => {
    expect(Media.custom?.tenantScoped).toEqual({ slug: 'media', readers: 'public', replaced: [], versions: false, cache: true })
    expect(Pages.custom?.tenantScoped).toMatchObject({ readers: 'own', replaced: ['readVersions'], versions: true })
    expect(tenantScoped({ slug: 'contacts', readers: 'staff', fields: [] }).access?.read).toBe(standardReaders.staff)
  })
})

describe('tenantScoped({ ownedBy })', () => {
  const owned = tenantScoped({
    // Any registered slug: the factory's output is inspected, never given to Payload here.
    slug: 'contacts',
    ownedBy: 'owner',
    fields: [{ name: 'note', type: 'text' }],
    hooks: { beforeChange: [({ data }) => ({ ...data, touched: true })] },
  })

  it('adds the owner relation after the collection\'s own fields', () => {
    expect(owned.fields.map((field) => ('name' in field ? field.name : undefined))).toEqual(['note', 'owner'])
    expect(owned.fields[1]).toMatchObject({ type: 'relationship', relationTo: 'users' })
  })

  it('reads, changes and deletes only the caller\'s own documents in tenants they belong to, platform admins included', () => {
    const mine = (id: number, tenants: number[]) => ({ and: [{ owner: { equals: id } }, { tenant: { in: tenants } }] })
    for (const operation of ['read', 'update', 'delete', 'unlock'] as const) {
      const rule = owned.access?.[operation]
      expect(ask(rule, null)).toBe(false)
      expect(ask(rule, councillorOf1)).toEqual(mine(7, [1]))
      expect(ask(rule, editorOf2)).toEqual(mine(8, [2]))
      expect(ask(rule, platformAdmin)).toBe(false)
    }
    expect(owned.access?.readVersions).toBe(nobody)
  })

  it('lets any member create, councillors too, but not anonymous callers', () => {
    expect(owned.access?.create).toBe(createAsMember)
    expect(ask(createAsMember, councillorOf1)).toBe(true)
    expect(ask(createAsMember, null)).toBe(false)
  })

  const run = async (user: Caller, operation: 'create' | 'update', data: Record<string, unknown>, originalDoc?: Record<string, unknown>) => {
    let result: Record<string, unknown> = data
    for (const hook of owned.hooks?.beforeChange ?? []) {
      const args = { collection: { slug: 'contacts' }, context: {}, data: result, operation, originalDoc, req: req(user) }
      result = (await (hook as CollectionBeforeChangeHook)(args as unknown as Parameters<CollectionBeforeChangeHook>[0])) as Record<string, unknown>
    }
    return result
  }

  it('makes the creator the owner, whatever the client sent, and keeps the owner on update', async () => {
    expect(await run(councillorOf1, 'create', { tenant: 1, owner: 99 })).toEqual({ tenant: 1, owner: 7, touched: true })
    expect(await run(councillorOf1, 'update', { owner: 99 }, { tenant: 1, owner: 7 })).toEqual({ owner: 7, touched: true })
  })

  it('still refuses a tenant the creator does not belong to', async () => {
    await expect(run(councillorOf1, 'create', { tenant: 2 })).rejects.toBeInstanceOf(ValidationError)
  })
})
