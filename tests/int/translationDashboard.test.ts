import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readToolkit } from '@/data/pages'
import { resolveSite } from '@/data/site'
import { translationDashboard } from '@/endpoints/translations/dashboard'
import { markReviewed, reviewData } from '@/endpoints/translations/review'
import { exportTranslations, findTenant, importTranslations, type TenantRecord } from '@/endpoints/translations/translations'
import { readXliff, writeXliff } from '@/lib/xliff'
import { readZip, writeZip } from '@/lib/zip'
import type { Tenant } from '@/payload-types'

import { rest, type JsonObject } from '../helpers/apiClient'
import { testPayload, uniqueSuffix } from '../helpers/payload'

/**
 * The translation dashboard's data (src/endpoints/translations/dashboard.ts) and the side by side
 * review, against the real database: each page's state per language, the counts and the words to
 * translate, and that an editor of another tenant sees nothing of this one.
 */
let payload: Payload
let welsh: Tenant
let other: Tenant
const suffix = uniqueSuffix()
const users: Record<'editor' | 'otherEditor' | 'admin', TypedUser | null> = { editor: null, otherEditor: null, admin: null }
const ids: Record<'missing' | 'drafted' | 'reviewed' | 'outdated' | 'hidden' | 'foreign', number> = { missing: 0, drafted: 0, reviewed: 0, outdated: 0, hidden: 0, foreign: 0 }

const tenantRecord = async (tenant: Tenant): Promise<TenantRecord> => {
  const found = await findTenant(payload, tenant.slug)
  if (!found) throw new Error(`${tenant.slug} not found`)
  return found
}

async function page(tenant: number, key: string, title: string, summary: string, extra: Record<string, unknown> = {}) {
  const doc = await payload.create({
    collection: 'pages',
    locale: 'en',
    overrideAccess: true,
    data: { tenant, title, summary, slug: `dash-${key}-${suffix}`, section: 'local', _status: 'published', ...extra } as never,
  })
  return doc.id
}

async function welshOf(id: number, data: Record<string, unknown>) {
  await payload.update({ collection: 'pages', id, locale: 'cy', overrideAccess: true, data: { ...data, _status: 'published' } as never })
}

async function user(key: keyof typeof users, data: Record<string, unknown>) {
  const created = await payload.create({ collection: 'users', overrideAccess: true, data: { email: `dash-${key}-${suffix}@example.org`, password: 'dashboard-password-123456', ...data } })
  users[key] = { ...created, collection: 'users' } as TypedUser
}

beforeAll(async () => {
  payload = await testPayload()
  const tenant = (slug: string) =>
    payload.create({ collection: 'tenants', overrideAccess: true, data: { name: `Cyngor ${slug}`, slug, kind: 'council', nation: 'wales', locales: ['en', 'cy'], defaultLocale: 'en', welshParity: false } })
  welsh = await tenant(`dash-cymru-${suffix}`)
  other = await tenant(`dash-arall-${suffix}`)
  // 3 + 2 English words each, except the hiding marker, which is no page to translate.
  ids.missing = await page(welsh.id, 'missing', 'Alpha beta gamma', 'Delta epsilon')
  ids.drafted = await page(welsh.id, 'drafted', 'Zeta eta theta', 'Iota kappa')
  ids.reviewed = await page(welsh.id, 'reviewed', 'Lambda mu nu', 'Xi omicron')
  ids.outdated = await page(welsh.id, 'outdated', 'Pi rho sigma', 'Tau upsilon')
  ids.hidden = await page(welsh.id, 'hidden', 'Hidden marker page', 'Not for translation', { hideBaseline: true })
  ids.foreign = await page(other.id, 'foreign', 'Another council page', 'Not yours')
  await welshOf(ids.drafted, { title: 'Zeta CY', summary: 'Iota CY', translationStatus: 'drafted' })
  // Marked reviewed as an editor does: the hook records the English it was reviewed against.
  await welshOf(ids.reviewed, { title: 'Lambda CY', summary: 'Xi CY', translationStatus: 'reviewed' })
  await welshOf(ids.outdated, { title: 'Pi CY', summary: 'Tau CY', translationStatus: 'reviewed' })
  await payload.update({ collection: 'pages', id: ids.outdated, locale: 'en', overrideAccess: true, data: { summary: 'Tau upsilon phi', _status: 'published' } as never })
  await user('editor', { tenants: [{ tenant: welsh.id, roles: ['editor'] }] })
  await user('otherEditor', { tenants: [{ tenant: other.id, roles: ['editor'] }] })
  await user('admin', { roles: ['platform-admin'] })
})

afterAll(async () => {
  await payload.delete({ collection: 'pages', where: { id: { in: Object.values(ids) } }, overrideAccess: true })
  await payload.delete({ collection: 'users', where: { email: { like: `-${suffix}@example.org` } }, overrideAccess: true })
  for (const tenant of [welsh, other]) await payload.db.deleteOne({ collection: 'tenants', where: { id: { equals: tenant.id } } })
})

describe('the translation dashboard', () => {
  it('gives each page its state per language, and counts them with the words to translate', async () => {
    const data = await translationDashboard(payload, users.editor!, await tenantRecord(welsh))
    if ('status' in data) throw new Error(data.message)
    expect(data.locales).toEqual(['cy'])
    const stateOf = (id: number) => data.rows.find((row) => row.id === id)?.states.cy
    expect(stateOf(ids.missing)).toBe('missing')
    expect(stateOf(ids.drafted)).toBe('drafted')
    expect(stateOf(ids.reviewed)).toBe('reviewed')
    expect(stateOf(ids.outdated)).toBe('outdated')
    const own = data.rows.filter((row) => !row.inherited)
    expect(own.map((row) => row.id).sort()).toEqual([ids.missing, ids.drafted, ids.reviewed, ids.outdated].sort())
    expect(own.every((row) => row.collection === 'pages')).toBe(true)
    expect(data.rows.find((row) => row.id === ids.outdated)?.words).toBe(6)
    expect(data.languages).toEqual([{ locale: 'cy', counts: { missing: 1, drafted: 1, outdated: 1, reviewed: 1 }, toTranslate: { pages: 3, 'engagement-templates': 0 }, wordsToTranslate: 5 + 5 + 6 }])
  })

  it('shows an editor of another tenant nothing of this one, and lets a platform admin see it', async () => {
    const refused = await translationDashboard(payload, users.otherEditor!, await tenantRecord(welsh))
    expect(refused).toEqual({ status: 403, message: expect.stringContaining('Only editors of') })
    const own = await translationDashboard(payload, users.otherEditor!, await tenantRecord(other))
    if ('status' in own) throw new Error(own.message)
    expect(own.rows.filter((row) => !row.inherited).map((row) => row.id)).toEqual([ids.foreign])
    const admin = await translationDashboard(payload, users.admin!, await tenantRecord(welsh))
    expect('status' in admin ? admin.status : admin.rows.filter((row) => !row.inherited).length).toBe(4)
  })
})

describe('side by side review', () => {
  it('marks the text whose English changed since the review, with what changed', async () => {
    const data = await reviewData(payload, users.editor!, 'pages', ids.outdated, 'cy')
    if ('status' in data) throw new Error(data.message)
    expect(data.state).toBe('outdated')
    const summary = data.units.find((unit) => unit.id === 'summary')
    expect(summary).toMatchObject({ source: 'Tau upsilon phi', target: 'Tau CY' })
    expect(summary?.changed?.parts?.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['phi'])
    expect(data.units.find((unit) => unit.id === 'title')?.changed).toBeNull()
    expect(await reviewData(payload, users.otherEditor!, 'pages', ids.outdated, 'cy')).toMatchObject({ status: 403 })
  })

  it('readers of the out-of-date Welsh keep it, with the notice; marking it reviewed (and publishing) ends that', async () => {
    const site = await resolveSite({ tenant: welsh.slug, locale: 'cy' })
    const before = (await readToolkit({ tenant: site!.tenant, locale: 'cy' })).find((entry) => entry.id === ids.outdated)
    expect(before).toMatchObject({ title: 'Pi CY', outdated: true, fallback: false })
    expect((await readToolkit({ tenant: site!.tenant, locale: 'cy' })).find((entry) => entry.id === ids.reviewed)?.outdated).toBe(false)

    expect(await markReviewed(payload, users.editor!, 'pages', ids.missing, 'cy')).toMatchObject({ status: 400, field: 'locale' })
    expect(await markReviewed(payload, users.otherEditor!, 'pages', ids.outdated, 'cy')).toMatchObject({ status: 403 })
    expect(await markReviewed(payload, users.editor!, 'pages', ids.outdated, 'cy')).toEqual({ status: 200, state: 'reviewed' })
    const data = await translationDashboard(payload, users.editor!, await tenantRecord(welsh))
    expect('status' in data ? null : data.rows.find((row) => row.id === ids.outdated)?.states.cy).toBe('reviewed')
    // Written as a draft: the site changes once the page is published.
    await payload.update({ collection: 'pages', id: ids.outdated, locale: 'cy', overrideAccess: true, data: { _status: 'published' } })
    const after = (await readToolkit({ tenant: site!.tenant, locale: 'cy' })).find((entry) => entry.id === ids.outdated)
    expect(after?.outdated).toBe(false)
  })
})

describe('a ZIP of one XLIFF file per page', () => {
  it('exports the chosen pages one file each, and imports the translated ZIP', async () => {
    const tenant = await tenantRecord(welsh)
    const exported = await exportTranslations(payload, users.editor!, { collection: 'pages', tenant, ids: [ids.missing, ids.drafted], target: 'cy', format: 'zip' })
    if (exported.status !== 200 || exported.format !== 'zip') throw new Error(`export answered ${exported.status}`)
    expect(exported.filename).toBe(`${welsh.slug}-pages-cy.zip`)
    const entries = readZip(exported.zip, { maxEntries: 10, maxTotalBytes: 1024 * 1024 })
    expect(entries.map((entry) => entry.name).sort()).toEqual([`${welsh.slug}-pages-${ids.missing}-cy.xlf`, `${welsh.slug}-pages-${ids.drafted}-cy.xlf`].sort())

    // Each file translated through the XLIFF model, as a CAT tool does, and zipped back.
    const translated = entries.map((entry) => {
      const { doc } = readXliff(entry.data)
      for (const file of doc.files) for (const unit of file.units) unit.target = unit.source.map((part) => (typeof part === 'string' ? `ZIP ${part}` : part))
      return { name: entry.name, data: new TextEncoder().encode(writeXliff(doc)) }
    })
    const result = await importTranslations(payload, users.editor!, writeZip(translated), { translator: 'Cyfieithydd ZIP' })
    if (result.status !== 200) throw new Error(result.message)
    expect(result).toMatchObject({ target: 'cy', imported: 4, failed: [] })
    expect(result.documents.map((doc) => doc.status)).toEqual(['reviewed', 'reviewed'])
    const draft = await payload.findByID({ collection: 'pages', id: ids.missing, locale: 'cy', fallbackLocale: false, draft: true, depth: 0, overrideAccess: true })
    expect(draft.title).toBe('ZIP Alpha beta gamma')

    // Another tenant's editor is refused the whole ZIP, and nothing is written.
    const refused = await importTranslations(payload, users.otherEditor!, writeZip(translated), {})
    expect(refused).toMatchObject({ status: 403 })
    const mixed = await importTranslations(payload, users.editor!, writeZip([...translated, { name: 'broken.xlf', data: new TextEncoder().encode('<!DOCTYPE x [<!ENTITY a "b">]><x/>') }]), {})
    expect(mixed).toMatchObject({ status: 400, field: 'file' })
  })
})

describe('POST /api/translations/review', () => {
  it('answers 401 to anonymous callers, 400 naming the field for bad input, 403 for another tenant\'s editor', async () => {
    const token = async (key: 'editor' | 'otherEditor') => (await payload.login({ collection: 'users', data: { email: `dash-${key}-${suffix}@example.org`, password: 'dashboard-password-123456' } })).token ?? ''
    const editor = await token('editor')
    const body = { collection: 'pages', id: ids.reviewed, locale: 'cy' }
    expect((await rest('POST', 'translations/review', { body })).status).toBe(401)
    const cases: Array<[JsonObject, string]> = [
      [{ ...body, collection: 'users' }, 'collection'],
      [{ ...body, id: 'twelve' }, 'id'],
      [{ ...body, id: -1 }, 'id'],
      [{ ...body, locale: 'en' }, 'locale'],
      [{ ...body, locale: 'fr' }, 'locale'],
    ]
    for (const [bad, field] of cases) {
      const answer = await rest('POST', 'translations/review', { token: editor, body: bad })
      expect(answer.status, JSON.stringify(bad)).toBe(400)
      expect((answer.json.errors as Array<{ field?: string }>)[0]?.field).toBe(field)
    }
    expect((await rest('POST', 'translations/review', { token: await token('otherEditor'), body })).status).toBe(403)
    expect((await rest('POST', 'translations/review', { token: editor, body: { ...body, id: 999_999_999 } })).status).toBe(404)
    expect(await rest('POST', 'translations/review', { token: editor, body })).toEqual({ status: 200, json: { state: 'reviewed' } })
  })

  it('offers each editor only the tenants they edit', async () => {
    const { dashboardTenants } = await import('@/endpoints/translations/dashboard')
    expect((await dashboardTenants(payload, users.otherEditor)).map((tenant) => tenant.slug)).toEqual([other.slug])
    expect((await dashboardTenants(payload, users.admin)).map((tenant) => tenant.slug)).toEqual(expect.arrayContaining([welsh.slug, other.slug]))
  })
})
