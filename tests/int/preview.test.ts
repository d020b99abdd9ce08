import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readToolkit } from '@/data/pages'
import { getPreviewPage, getPreviewSite, getPreviewTemplate } from '@/data/preview'
import type { Page, Tenant, User } from '@/payload-types'

import { templateData } from '../helpers/engagementFixtures'
import { siteFor, testPayload, uniqueSuffix } from '../helpers/payload'

/**
 * The preview's data layer against real access rules: canPreviewTenant first, then every read as
 * the viewer with overrideAccess: false. The HTTP side (404s, frame headers) is in
 * tests/e2e/preview.spec.ts.
 */
type Viewer = User & { collection: 'users' }

let payload: Payload
let baseline: Tenant
let madeBaseline = false
let A: Tenant
let B: Tenant
let publicPage: Page
let membersPage: Page
let pageOfB: Page
let nationalPage: Page
const viewers = {} as Record<'editorA' | 'tenantAdminA' | 'councillorA' | 'editorB' | 'platformAdmin', Viewer>
const suffix = uniqueSuffix()

async function createTenant(slug: string, extra: Partial<Tenant> = {}) {
  return payload.create({
    collection: 'tenants',
    overrideAccess: true,
    data: { name: `T ${slug}`, slug, kind: 'council', nation: 'england', locales: ['en', 'cy'], defaultLocale: 'en', welshParity: false, ...extra },
  })
}

/** Published as `Published {slug}` (with Welsh, for a baseline with Welsh parity), then a newer draft `Draft {slug}` on top. */
async function pageWithDraft(tenant: Tenant, slug: string, audience: 'public' | 'members' = 'public') {
  const page = await payload.create({
    collection: 'pages',
    overrideAccess: true,
    locale: 'en',
    draft: true,
    data: { tenant: tenant.id, title: `Published ${slug}`, slug, section: 'local', audience, _status: 'draft' },
  })
  await payload.update({ collection: 'pages', id: page.id, overrideAccess: true, locale: 'cy', draft: true, data: { title: `CY ${slug}` } })
  await payload.update({ collection: 'pages', id: page.id, overrideAccess: true, locale: 'en', data: { _status: 'published' } })
  await payload.update({ collection: 'pages', id: page.id, overrideAccess: true, locale: 'en', draft: true, data: { title: `Draft ${slug}` } })
  return page
}

async function createViewer(name: string, data: Partial<User>): Promise<Viewer> {
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: `${name}-${suffix}@example.org`, password: 'preview-password-4821', ...data },
  })
  return { ...user, collection: 'users' }
}

beforeAll(async () => {
  payload = await testPayload()
  const found = await payload.find({ collection: 'tenants', where: { kind: { equals: 'baseline' } }, overrideAccess: true })
  const existing = found.docs[0]
  if (existing) baseline = existing
  else {
    baseline = await createTenant(`national-${suffix}`, { kind: 'baseline', nation: null, locales: ['en', 'cy', 'gd', 'ga'] })
    madeBaseline = true
  }
  A = await createTenant(`preview-a-${suffix}`)
  B = await createTenant(`preview-b-${suffix}`)
  publicPage = await pageWithDraft(A, `public-${suffix}`)
  membersPage = await pageWithDraft(A, `members-${suffix}`, 'members')
  pageOfB = await pageWithDraft(B, `of-b-${suffix}`)
  nationalPage = await pageWithDraft(baseline, `national-${suffix}`)
  viewers.editorA = await createViewer('editor-a', { tenants: [{ tenant: A.id, roles: ['editor'] }] })
  viewers.tenantAdminA = await createViewer('tenant-admin-a', { tenants: [{ tenant: A.id, roles: ['tenant-admin'] }] })
  viewers.councillorA = await createViewer('councillor-a', { tenants: [{ tenant: A.id, roles: ['councillor'] }] })
  viewers.editorB = await createViewer('editor-b', { tenants: [{ tenant: B.id, roles: ['editor'] }] })
  viewers.platformAdmin = await createViewer('platform-admin', { roles: ['platform-admin'] })
})

afterAll(async () => {
  await payload.delete({ collection: 'users', where: { email: { contains: suffix } }, overrideAccess: true })
  await payload.delete({ collection: 'pages', where: { slug: { contains: suffix } }, overrideAccess: true })
  for (const tenant of [A, B, ...(madeBaseline ? [baseline] : [])]) {
    // A baseline made here (this file run alone) must stop being one before it can go.
    await payload.update({ collection: 'tenants', id: tenant.id, overrideAccess: true, data: { active: false, kind: 'council', nation: 'england' } })
    await payload.delete({ collection: 'tenants', id: tenant.id, overrideAccess: true })
  }
})

describe('who may open a tenant\'s preview', () => {
  it('nobody logged in, a councillor of the tenant, an editor of another tenant: no', async () => {
    expect(await getPreviewSite(null, { tenant: A.slug, locale: 'en' })).toBeNull()
    expect(await getPreviewSite(viewers.councillorA, { tenant: A.slug, locale: 'en' })).toBeNull()
    expect(await getPreviewSite(viewers.editorB, { tenant: A.slug, locale: 'en' })).toBeNull()
  })

  it('the tenant\'s editors and tenant admins, and platform admins: yes, in a language the tenant offers', async () => {
    for (const viewer of [viewers.editorA, viewers.tenantAdminA, viewers.platformAdmin]) {
      expect((await getPreviewSite(viewer, { tenant: A.slug, locale: 'cy' }))?.tenant.id).toBe(A.id)
    }
    expect(await getPreviewSite(viewers.editorA, { tenant: A.slug, locale: 'gd' })).toBeNull()
    expect(await getPreviewSite(viewers.editorA, { tenant: A.slug, locale: 'xx' })).toBeNull()
    expect(await getPreviewSite(viewers.editorA, { tenant: 'no/such tenant', locale: 'en' })).toBeNull()
  })

  it('the baseline, in its own branding, for platform admins only', async () => {
    const site = await getPreviewSite(viewers.platformAdmin, { tenant: baseline.slug, locale: 'en' })
    expect(site?.tenant.kind).toBe('baseline')
    expect(await getPreviewSite(viewers.editorA, { tenant: baseline.slug, locale: 'en' })).toBeNull()
  })
})

describe('what the preview shows', () => {
  it('the latest draft, which the public does not see', async () => {
    const site = await getPreviewSite(viewers.editorA, { tenant: A.slug, locale: 'en' })
    if (!site) throw new Error('editor A may preview A')
    const shown = await getPreviewPage(viewers.editorA, site, publicPage.id)
    expect(shown?.page.title).toBe(`Draft public-${suffix}`)
    expect(shown?.audience).toBe('public')
    const published = (await readToolkit(await siteFor(A.slug, 'en'))).find((page) => page.slug === `public-${suffix}`)
    expect(published?.title).toBe(`Published public-${suffix}`)
  })

  it('members-only pages too, saying so', async () => {
    const site = await getPreviewSite(viewers.editorA, { tenant: A.slug, locale: 'en' })
    if (!site) throw new Error('editor A may preview A')
    const shown = await getPreviewPage(viewers.editorA, site, membersPage.id)
    expect(shown?.page.title).toBe(`Draft members-${suffix}`)
    expect(shown?.audience).toBe('members')
  })

  it('never another tenant\'s page under this tenant\'s address, nor a malformed id', async () => {
    const site = await getPreviewSite(viewers.platformAdmin, { tenant: A.slug, locale: 'en' })
    if (!site) throw new Error('platform admins may preview A')
    expect(await getPreviewPage(viewers.platformAdmin, site, pageOfB.id)).toBeNull()
    expect(await getPreviewPage(viewers.platformAdmin, site, nationalPage.id)).toBeNull()
  })

  it('the access rules decide again: a councillor reading as themselves gets no draft', async () => {
    // getPreviewSite already refuses them; the read alone must refuse them as well.
    const site = await getPreviewSite(viewers.editorA, { tenant: A.slug, locale: 'en' })
    if (!site) throw new Error('editor A may preview A')
    const asCouncillor = await getPreviewPage(viewers.councillorA, site, publicPage.id)
    expect(asCouncillor?.page.title).not.toBe(`Draft public-${suffix}`)
    expect(await getPreviewPage(viewers.editorB, site, membersPage.id)).toBeNull()
  })

  it('a national page\'s draft in the baseline\'s branding', async () => {
    const site = await getPreviewSite(viewers.platformAdmin, { tenant: baseline.slug, locale: 'en' })
    if (!site) throw new Error('platform admins may preview the baseline')
    const shown = await getPreviewPage(viewers.platformAdmin, site, nationalPage.id)
    expect(shown?.page.title).toBe(`Draft national-${suffix}`)
    expect(shown?.page.national).toBe(true)
  })
})

describe('previewing a rules-of-engagement template', () => {
  it('shows the tenant\'s editor the latest draft, and nobody else anything', async () => {
    const published = await payload.create({
      collection: 'engagement-templates',
      overrideAccess: true,
      locale: 'en',
      data: { ...templateData('candidate', `Published ${suffix}`), tenant: A.id },
    })
    await payload.update({
      collection: 'engagement-templates',
      id: published.id,
      overrideAccess: true,
      locale: 'en',
      draft: true,
      data: { intro: `Draft intro ${suffix}` },
    })
    const site = await getPreviewSite(viewers.editorA, { tenant: A.slug, locale: 'en' })
    if (!site) throw new Error('editor A may preview A')
    const shown = await getPreviewTemplate(viewers.editorA, site, published.id)
    expect(shown?.intro).toBe(`Draft intro ${suffix}`)
    expect(shown?.audience).toBe('candidate')
    // A councillor of A cannot open A's preview at all; read as them, the draft is not there either.
    expect(await getPreviewTemplate(viewers.councillorA, site, published.id)).toBeNull()
    const siteOfB = await getPreviewSite(viewers.editorB, { tenant: B.slug, locale: 'en' })
    if (!siteOfB) throw new Error('editor B may preview B')
    expect(await getPreviewTemplate(viewers.editorB, siteOfB, published.id)).toBeNull()
    await payload.delete({ collection: 'engagement-templates', id: published.id, overrideAccess: true })
  })
})
