import { describe, expect, it } from 'vitest'

import { tenantScopedCollections } from '@/collections/tenantScoped'

import { fieldErrors, testPayload, uniqueSuffix } from '../helpers/payload'

const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

async function createTenant(overrides: Record<string, unknown> = {}) {
  const payload = await testPayload()
  return payload.create({
    collection: 'tenants',
    overrideAccess: true,
    data: {
      name: 'Lifecycle Council',
      slug: `lifecycle-${uniqueSuffix()}`,
      kind: 'council',
      nation: 'england',
      locales: ['en'],
      defaultLocale: 'en',
      ...overrides,
    },
  })
}

async function platformAdmin() {
  const payload = await testPayload()
  return payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: `pa-${uniqueSuffix()}@example.org`, password: 'platform-admin-pass-1', roles: ['platform-admin'] },
  })
}

describe('tenant defaults', () => {
  it('turns Welsh parity on and enables Welsh for a tenant in Wales', async () => {
    const tenant = await createTenant({ nation: 'wales' })
    expect(tenant.welshParity).toBe(true)
    expect(tenant.locales).toEqual(['en', 'cy'])
  })

  it('keeps an explicit choice and leaves other nations alone', async () => {
    const welshOff = await createTenant({ nation: 'wales', welshParity: false })
    expect(welshOff.welshParity).toBe(false)
    const english = await createTenant({ nation: 'england' })
    expect(english.welshParity ?? false).toBe(false)
    expect(english.locales).toEqual(['en'])
  })

  it('stores custom domains lower-case', async () => {
    const tenant = await createTenant({ domains: [{ domain: `Safety-${uniqueSuffix()}.Example.ORG` }] })
    expect(tenant.domains?.[0]?.domain).toMatch(/^safety-[a-z0-9]+\.example\.org$/)
  })

  it('refuses a second baseline', async () => {
    const payload = await testPayload()
    const existing = await payload.count({ collection: 'tenants', where: { kind: { equals: 'baseline' } }, overrideAccess: true })
    const madeHere = existing.totalDocs === 0 ? await createTenant({ kind: 'baseline', nation: null }) : undefined
    try {
      expect(await fieldErrors(createTenant({ kind: 'baseline', nation: null }))).toEqual([
        { path: 'kind', message: 'There is already a baseline tenant; there can be only one.' },
      ])
    } finally {
      // The baseline refuses deletion through Payload (hooks), so a temporary one is removed at
      // the database level: other test files expect to seed the real baseline themselves.
      if (madeHere) await payload.db.deleteOne({ collection: 'tenants', where: { id: { equals: madeHere.id } } })
    }
  })

  it('requires a nation for councils and parties', async () => {
    expect(await fieldErrors(createTenant({ nation: null }))).toEqual([
      { path: 'nation', message: 'Choose the nation this tenant serves.' },
    ])
  })

  it('refuses a default language that is not enabled', async () => {
    expect(await fieldErrors(createTenant({ locales: ['en'], defaultLocale: 'cy' }))).toEqual([
      { path: 'defaultLocale', message: 'The default language must be one of the enabled languages.' },
    ])
  })

  it('refuses a duplicate slug and a domain used by another tenant, naming the field', async () => {
    const domain = `taken-${uniqueSuffix()}.example.org`
    const first = await createTenant({ domains: [{ domain }] })
    const slugErrors = await fieldErrors(createTenant({ slug: first.slug }))
    expect(slugErrors.map((error) => error.path)).toEqual(['slug'])
    expect(await fieldErrors(createTenant({ domains: [{ domain }] }))).toEqual([
      { path: 'domains.0.domain', message: `${domain} is already used by another tenant.` },
    ])
  })
})

describe('deleting a tenant', () => {
  it('is refused while the tenant is active, and for the baseline', async () => {
    const payload = await testPayload()
    const tenant = await createTenant()
    await expect(payload.delete({ collection: 'tenants', id: tenant.id, overrideAccess: true })).rejects.toThrow(/Deactivate this tenant/)
    const baseline = await payload.find({ collection: 'tenants', where: { kind: { equals: 'baseline' } }, overrideAccess: true })
    const baselineId = baseline.docs[0]?.id
    if (baselineId !== undefined) {
      await expect(payload.delete({ collection: 'tenants', id: baselineId, overrideAccess: true })).rejects.toThrow(/baseline/)
    }
  })

  it('tells a platform admin what goes with it, then deletes it and its content once inactive', async () => {
    const payload = await testPayload()
    const admin = await platformAdmin()
    const tenant = await createTenant()
    const media = await payload.create({
      collection: 'media',
      overrideAccess: true,
      data: { alt: 'Logo', tenant: tenant.id },
      file: { data: ONE_PIXEL_PNG, mimetype: 'image/png', name: `logo-${uniqueSuffix()}.png`, size: ONE_PIXEL_PNG.length },
    })

    const seen = await payload.findByID({ collection: 'tenants', id: tenant.id, user: admin, overrideAccess: false })
    const counts = tenantScopedCollections.map((collection) => `${collection === 'media' ? 1 : 0} ${collection}`)
    expect(seen.contentSummary).toBe(`Deleting this tenant deletes: ${counts.join(', ')}, 0 user membership(s).`)
    const anonymous = await payload.findByID({ collection: 'tenants', id: tenant.id, overrideAccess: false })
    expect(anonymous.contentSummary ?? null).toBeNull()

    await payload.update({ collection: 'tenants', id: tenant.id, data: { active: false }, overrideAccess: true })
    await payload.delete({ collection: 'tenants', id: tenant.id, user: admin, overrideAccess: false })
    await expect(payload.findByID({ collection: 'media', id: media.id, overrideAccess: true })).rejects.toThrow()
  })

  it('an inactive tenant disappears from public reads but keeps its content', async () => {
    const payload = await testPayload()
    const tenant = await createTenant()
    await payload.update({ collection: 'tenants', id: tenant.id, data: { active: false }, overrideAccess: true })
    const publicRead = await payload.find({ collection: 'tenants', where: { id: { equals: tenant.id } }, overrideAccess: false })
    expect(publicRead.totalDocs).toBe(0)
    const stillThere = await payload.findByID({ collection: 'tenants', id: tenant.id, overrideAccess: true })
    expect(stillThere.active).toBe(false)
  })
})
