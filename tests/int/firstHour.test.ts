/**
 * A new council's first hour: a platform admin opens a council and invites its first tenant
 * admin in one step (POST /api/tenants/new-council), both or neither; the tenant admin's setup
 * list ticks each item from the data; the Users list's role filter is a query Payload accepts.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { setupChecklist, type SetupKey } from '@/admin/Dashboard/setup'
import type { Tenant, User } from '@/payload-types'

import { rest, type ApiResponse, type Json } from '../helpers/apiClient'
import { PASSWORD, createMember, createTenant, ensureSeeded } from '../helpers/contacts'
import { testPayload, uniqueSuffix } from '../helpers/payload'

let payload: Payload
const suffix = uniqueSuffix()
const address = (label: string) => `first-${label}-${suffix}@example.org`
let platformToken = ''
let otherAdminToken = ''
let other: Tenant

async function login(email: string): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
  if (!token) throw new Error(`no token for ${email}`)
  return token
}

const form = (overrides: Record<string, Json> = {}) => ({
  name: `North Shire ${suffix}`,
  slug: `north-shire-${suffix}`,
  kind: 'council',
  nation: 'wales',
  locales: ['en', 'cy'],
  defaultLocale: 'en',
  adminName: 'Nia Jones',
  adminEmail: address('nia'),
  ...overrides,
})

const open = (body: Record<string, Json>, token = platformToken): Promise<ApiResponse> => rest('POST', 'tenants/new-council', { token, body })

const errorsOf = (response: ApiResponse) => (response.json.errors as { field?: string; message: string }[] | undefined) ?? []
const tenantsWithSlug = async (slug: string) => (await payload.count({ collection: 'tenants', where: { slug: { equals: slug } }, overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  await payload.create({ collection: 'users', overrideAccess: true, data: { email: address('platform'), password: PASSWORD, roles: ['platform-admin'] } })
  other = await createTenant(payload, { slug: `first-other-${suffix}`, nation: 'england' })
  await createMember(payload, address('other-admin'), [{ tenant: other.id, roles: ['tenant-admin'] }])
  platformToken = await login(address('platform'))
  otherAdminToken = await login(address('other-admin'))
}, 120_000)

describe('opening a council in one step', () => {
  it('creates the council and a tenant-admin invitation, whose email is queued', async () => {
    const response = await open(form())
    expect(response.status).toBe(201)
    const tenantId = (response.json.tenant as { id: number }).id
    const tenant = await payload.findByID({ collection: 'tenants', id: tenantId, overrideAccess: true, depth: 0 })
    expect(tenant).toMatchObject({ slug: `north-shire-${suffix}`, kind: 'council', nation: 'wales', defaultLocale: 'en' })
    expect(tenant.locales).toEqual(['en', 'cy'])
    const invitations = await payload.find({ collection: 'invitations', where: { tenant: { equals: tenantId } }, overrideAccess: true, depth: 0 })
    expect(invitations.docs).toHaveLength(1)
    expect(invitations.docs[0]).toMatchObject({ email: address('nia'), role: 'tenant-admin', status: 'pending', name: 'Nia Jones' })
    const queued = await payload.count({ collection: 'email-outbox', where: { and: [{ to: { equals: address('nia') } }, { template: { equals: 'invitation' } }] }, overrideAccess: true })
    expect(queued.totalDocs).toBe(1)
  })

  it('a refused invitation leaves no council behind, and says which field', async () => {
    const slug = `half-made-${suffix}`
    const response = await open(form({ slug, adminEmail: 'not an address' }))
    expect(response.status).toBe(400)
    expect(errorsOf(response).map((e) => e.field)).toContain('adminEmail')
    expect(await tenantsWithSlug(slug)).toBe(0)
  })

  it('a taken or malformed address on the site is refused on its field', async () => {
    const taken = await open(form({ adminEmail: address('second') }))
    expect(taken.status).toBe(400)
    expect(errorsOf(taken)).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'slug' })]))
    const malformed = await open(form({ slug: 'Not A Slug!', adminEmail: address('third') }))
    expect(malformed.status).toBe(400)
    expect(errorsOf(malformed)[0]?.field).toBe('slug')
  })

  it('names every missing field at once, and refuses what is not JSON', async () => {
    const empty = await open({})
    expect(empty.status).toBe(400)
    expect(errorsOf(empty).map((e) => e.field)).toEqual(expect.arrayContaining(['name', 'slug', 'kind', 'nation', 'defaultLocale', 'adminEmail']))
    const badLanguage = await open(form({ slug: `lang-${suffix}`, locales: ['en', 'fr'] }))
    expect(errorsOf(badLanguage).map((e) => e.field)).toContain('locales')
    const notJson = await rest('POST', 'tenants/new-council', { token: platformToken, body: undefined })
    expect(notJson.status).toBe(400)
  })

  it('is for platform admins only', async () => {
    const slug = `not-allowed-${suffix}`
    const asTenantAdmin = await open(form({ slug, adminEmail: address('x') }), otherAdminToken)
    expect(asTenantAdmin.status).toBe(403)
    const anonymous = await rest('POST', 'tenants/new-council', { body: form({ slug, adminEmail: address('y') }) })
    expect(anonymous.status).toBe(401)
    expect(await tenantsWithSlug(slug)).toBe(0)
  })
})

describe('the setup list', () => {
  let tenant: Tenant
  let admin: User
  const done = async (key: SetupKey) => {
    const checklist = await setupChecklist(payload, admin, tenant.id)
    const item = checklist?.items.find((entry) => entry.key === key)
    if (!item) throw new Error(`no item ${key}`)
    return item.done
  }

  beforeAll(async () => {
    tenant = await createTenant(payload, { slug: `setup-${suffix}`, nation: 'wales', locales: ['en'] })
    // A Welsh tenant starts with Welsh on (Tenants' defaultWelshParity); this one was switched off.
    tenant = await payload.update({ collection: 'tenants', id: tenant.id, overrideAccess: true, locale: 'en', data: { locales: ['en'], welshParity: false } })
    admin = await createMember(payload, address('setup-admin'), [{ tenant: tenant.id, roles: ['tenant-admin'] }])
    admin = { ...admin, collection: 'users' } as User
  })

  it('starts with everything to do, in a Welsh council without Welsh', async () => {
    const checklist = await setupChecklist(payload, admin, tenant.id)
    expect(checklist?.items.map((item) => item.key)).toEqual(['branding', 'police-force', 'police-adviser', 'member-support', 'officer', 'languages', 'rules-of-engagement', 'councillors'])
    expect(checklist?.items.filter((item) => item.done).map((item) => item.key)).toEqual([])
    expect(checklist?.done).toBe(0)
  })

  it('ticks each item from the data', async () => {
    await payload.update({ collection: 'tenants', id: tenant.id, overrideAccess: true, data: { branding: { primaryColour: '#003366' } } })
    expect(await done('branding')).toBe(true)

    const contact = (kind: string, label: string) =>
      payload.create({ collection: 'contacts', overrideAccess: true, locale: 'en', data: { tenant: tenant.id, kind, label, audience: 'public', phone: '101', organisation: 'Dyfed-Powys Police' } as never })
    await contact('police-non-emergency', 'Dyfed-Powys Police')
    expect(await done('police-force')).toBe(true)
    expect(await done('police-adviser')).toBe(false)
    await contact('police-elected-official-adviser', 'Elected official adviser')
    expect(await done('police-adviser')).toBe(true)

    await createMember(payload, address('officer'), [{ tenant: tenant.id, roles: ['officer'] }])
    expect(await done('officer')).toBe(true)

    await payload.update({ collection: 'tenants', id: tenant.id, overrideAccess: true, locale: 'en', data: { locales: ['en', 'cy'], welshParity: true } })
    expect(await done('languages')).toBe(true)

    expect(await done('councillors')).toBe(false)
    await payload.create({ collection: 'invitations', overrideAccess: true, data: { email: address('cllr'), tenant: tenant.id, role: 'councillor', status: 'pending' } })
    expect(await done('councillors')).toBe(true)
  })

  it('an officer whose membership has ended no longer counts', async () => {
    const later = new Date(Date.now() + 2 * 86_400_000)
    const checklist = await setupChecklist(payload, admin, tenant.id, { now: later })
    expect(checklist?.items.find((item) => item.key === 'officer')?.done).toBe(true)
    const officer = (await payload.find({ collection: 'users', where: { email: { equals: address('officer') } }, overrideAccess: true, depth: 0 })).docs[0]
    if (!officer) throw new Error('officer missing')
    await payload.update({ collection: 'users', id: officer.id, overrideAccess: true, data: { tenants: [{ tenant: tenant.id, roles: ['officer'], endsAt: new Date(Date.now() + 86_400_000).toISOString() }] } })
    const afterTerm = await setupChecklist(payload, admin, tenant.id, { now: later })
    expect(afterTerm?.items.find((item) => item.key === 'officer')?.done).toBe(false)
  })

  it('is not shown to another council’s admin: it reads nothing of this tenant', async () => {
    const stranger = { ...(await createMember(payload, address('stranger'), [{ tenant: other.id, roles: ['tenant-admin'] }])), collection: 'users' } as User
    expect(await setupChecklist(payload, stranger, tenant.id)).toBeNull()
  })

  it('a Scottish council is not asked for an Operation Ford adviser', async () => {
    const scottish = await createTenant(payload, { slug: `setup-scot-${suffix}`, nation: 'scotland' })
    const scotAdmin = { ...(await createMember(payload, address('scot-admin'), [{ tenant: scottish.id, roles: ['tenant-admin'] }])), collection: 'users' } as User
    const checklist = await setupChecklist(payload, scotAdmin, scottish.id)
    expect(checklist?.items.map((item) => item.key)).not.toContain('police-adviser')
  })
})

describe('the Users list filter by role', () => {
  it('is a query the list accepts, and it narrows to the role', async () => {
    const councillor = await createMember(payload, address('role-cllr'), [{ tenant: other.id, roles: ['councillor'] }])
    const response = await rest('GET', 'users', { token: otherAdminToken, query: { 'where[or][0][and][0][tenants.roles][in]': 'councillor', limit: '100', depth: '0' } })
    expect(response.status).toBe(200)
    const ids = (response.json.docs as { id: number }[]).map((doc) => doc.id)
    expect(ids).toContain(councillor.id)
    const admins = await payload.find({ collection: 'users', where: { email: { equals: address('other-admin') } }, overrideAccess: true, depth: 0 })
    expect(ids).not.toContain(admins.docs[0]?.id)
  })
})
