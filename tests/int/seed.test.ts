import { postgresAdapter } from '@payloadcms/db-postgres'
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'
import { demoTenants } from '@/seed/tenants'

import { migrations } from '../../migrations'
import { createThrowawayDatabase, type ThrowawayDatabase } from '../../scripts/lib/testDatabase'

/**
 * What a first seed of an EMPTY database creates: so this file makes its own database, migrated
 * and empty, instead of the one the other int files share (they create test tenants, a baseline
 * among them, in any order), and its own Payload instance on it. It runs alone or anywhere in
 * the suite.
 */
let database: ThrowawayDatabase | undefined
let instance: Payload | undefined

/**
 * The portal's config with this file's database. Not through DATABASE_URL and testPayload():
 * a worker that ran another int file first keeps that file's Payload (Payload caches instances
 * on `global`) and may keep its imported config.
 */
async function testPayload(): Promise<Payload> {
  if (!instance) throw new Error('the seed database is not ready')
  return instance
}

beforeAll(async () => {
  database = await createThrowawayDatabase('seed')
  const base = await config
  // Sanitising the config filled in allowIDOnCreate and name; the new adapter keeps the same.
  const adapter = postgresAdapter({ pool: { connectionString: database.url }, push: false })
  const db = { ...adapter, allowIDOnCreate: base.db.allowIDOnCreate, name: base.db.name }
  instance = await getPayload({ config: { ...base, db }, key: 'seed-test' })
  // The committed migrations, given as modules: Payload's own reader imports the .ts files
  // natively, which the test worker cannot. (Payload types a migration's arguments as unknown.)
  type Migrations = NonNullable<Parameters<typeof instance.db.migrate>[0]>['migrations']
  await instance.db.migrate({ migrations: migrations as unknown as Migrations })
}, 180_000)

afterAll(async () => {
  await instance?.destroy()
  // Payload's destroy() leaves the adapter's pool open, and the drop ends its idle connections
  // (WITH FORCE): without a listener the pool would raise that as an unhandled error.
  ;(instance?.db as unknown as { pool?: { on(event: 'error', listener: () => void): void } } | undefined)?.pool?.on('error', () => undefined)
  await database?.drop()
})

describe('seed', () => {
  it('creates the baseline, the demo tenants and an admin with a generated password once', async () => {
    const payload = await testPayload()
    const first = await seed(payload, { includeDemo: true, adminEmail: 'seed-admin@example.org' })
    expect(first.createdTenants).toEqual(['national', ...demoTenants.map((tenant) => tenant.slug)])
    expect(first.createdEngagementTemplates).toEqual(['councillor', 'candidate'])
    expect(first.admin.created).toBe(true)
    expect(first.admin.generatedPassword).toMatch(/^[A-Za-z0-9_-]{20,}$/)

    const login = await payload.login({
      collection: 'users',
      data: { email: 'seed-admin@example.org', password: first.admin.generatedPassword ?? '' },
    })
    expect(login.user?.roles).toContain('platform-admin')
    // Eleven national pages in up to four languages, the demo tenants and their pages: slow on a
    // busy two-core machine, and a timeout here would leave the next test racing a live seed.
  }, 240_000)

  it('creates nothing the second time and reveals no password again', async () => {
    const payload = await testPayload()
    const again = await seed(payload, { includeDemo: true, adminEmail: 'other@example.org' })
    expect(again.createdTenants).toEqual([])
    expect(again.createdEngagementTemplates).toEqual([])
    expect(again.admin).toEqual({ email: 'seed-admin@example.org', created: false })
    const tenants = await payload.count({ collection: 'tenants', overrideAccess: true })
    expect(tenants.totalDocs).toBe(4)
    expect(again.release.created).toEqual([])
    expect(again.release.updated).toEqual([])
    expect(again.release.unchanged).toHaveLength(11)
  }, 120_000)

  it('never overwrites what an editor changed', async () => {
    const payload = await testPayload()
    const found = await payload.find({ collection: 'tenants', where: { slug: { equals: 'example-borough' } }, overrideAccess: true })
    const borough = found.docs[0]
    if (!borough) throw new Error('example-borough was not seeded')
    await payload.update({ collection: 'tenants', id: borough.id, data: { name: 'Renamed by an editor' }, locale: 'en', overrideAccess: true })
    await seed(payload, { includeDemo: true, adminEmail: 'seed-admin@example.org' })
    const after = await payload.findByID({ collection: 'tenants', id: borough.id, locale: 'en', overrideAccess: true })
    expect(after.name).toBe('Renamed by an editor')
  })

  it('stores every seeded tenant name in its languages', async () => {
    const payload = await testPayload()
    const found = await payload.find({
      collection: 'tenants',
      where: { slug: { equals: 'example-county' } },
      locale: 'cy',
      fallbackLocale: false,
      overrideAccess: true,
    })
    expect(found.docs[0]?.name).toBe('Cyngor Sir Enghraifft')
    expect(found.docs[0]?.welshParity).toBe(true)
    expect(found.docs[0]?.locales).toEqual(['en', 'cy'])
  })

  it('seeds a published members-only page for example-county, kept out of the public toolkit', async () => {
    const payload = await testPayload()
    const found = await payload.find({
      collection: 'pages',
      where: { and: [{ slug: { equals: 'personal-safety-support' } }, { 'tenant.slug': { equals: 'example-county' } }] },
      locale: 'cy',
      fallbackLocale: false,
      overrideAccess: true,
    })
    const page = found.docs[0]
    // Saving the Welsh text once overwrote the (unlocalised) audience with "public".
    expect(page?.audience).toBe('members')
    expect(page?._status).toBe('published')
    expect(page?.title).toBe('Cymorth diogelwch personol i aelodau')
    const anonymous = await payload.count({ collection: 'pages', where: { slug: { equals: 'personal-safety-support' } }, overrideAccess: false })
    expect(anonymous.totalDocs).toBe(0)
  })

  it('publishes the baseline rules of engagement in four languages, Gaelic and Irish marked for review', async () => {
    const payload = await testPayload()
    const found = await payload.find({
      collection: 'engagement-templates',
      where: { and: [{ 'tenant.slug': { equals: 'national' } }, { audience: { equals: 'councillor' } }] },
      overrideAccess: false,
      locale: 'all',
      depth: 0,
    })
    const template = found.docs[0] as unknown as {
      _status: string
      title: Record<string, string>
      rules: Record<string, { text: string }[]>
      translationReview: Record<string, string>
    }
    expect(found.docs).toHaveLength(1)
    expect(template._status).toBe('published')
    expect(template.title).toMatchObject({ en: 'Rules of engagement', cy: 'Rheolau ymgysylltu' })
    for (const locale of ['en', 'cy', 'gd', 'ga']) expect(template.rules[locale]?.length, locale).toBe(8)
    expect(template.translationReview).toEqual({ en: 'reviewed', cy: 'reviewed', gd: 'awaiting-review', ga: 'awaiting-review' })
  })
})
