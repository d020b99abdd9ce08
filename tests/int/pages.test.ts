import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readToolkit } from '@/data/pages'
import { resolveSite } from '@/data/site'
import type { Page, Tenant } from '@/payload-types'
import { toLexical } from '@/seed/toolkit/toLexical'

import { fieldErrors, siteFor, testPayload, uniqueSuffix } from '../helpers/payload'

let payload: Payload
let baseline: Tenant
let madeBaseline = false
let tenant: Tenant
let welshTenant: Tenant
let national: Page
let nationalSlug: string
const suffix = uniqueSuffix()

async function createTenant(slug: string, extra: Partial<Tenant> = {}) {
  return payload.create({
    collection: 'tenants',
    overrideAccess: true,
    data: { name: `T ${slug}`, slug, kind: 'council', nation: 'england', locales: ['en', 'cy', 'gd'], defaultLocale: 'en', welshParity: false, ...extra },
  })
}

/** A published page; `cy` adds Welsh text, as a second locale on the same document. */
async function createPage(tenantId: number, data: Partial<Page> & { slug: string }, cy?: string) {
  const page = await payload.create({
    collection: 'pages',
    locale: 'en',
    overrideAccess: true,
    draft: true,
    data: { tenant: tenantId, title: `EN ${data.slug}`, section: 'local', _status: 'draft', ...data },
  })
  if (cy) await payload.update({ collection: 'pages', id: page.id, locale: 'cy', draft: true, overrideAccess: true, data: { title: cy, translationStatus: 'drafted' } })
  return payload.update({ collection: 'pages', id: page.id, locale: 'en', overrideAccess: true, data: { _status: 'published' } })
}

beforeAll(async () => {
  payload = await testPayload()
  const found = await payload.find({ collection: 'tenants', where: { kind: { equals: 'baseline' } }, overrideAccess: true })
  const existing = found.docs[0]
  if (existing) baseline = existing
  else {
    baseline = await createTenant(`national-${suffix}`, { kind: 'baseline', nation: null, welshParity: false })
    madeBaseline = true
  }
  tenant = await createTenant(`pages-${suffix}`)
  welshTenant = await createTenant(`welsh-${suffix}`, { nation: 'wales', locales: ['en', 'cy'], welshParity: true })
  nationalSlug = `national-page-${suffix}`
  national = await createPage(baseline.id, { slug: nationalSlug, section: '2', order: 1 }, `CY ${nationalSlug}`)
})

afterAll(async () => {
  await payload.delete({ collection: 'pages', where: { slug: { contains: suffix } }, overrideAccess: true })
  if (madeBaseline) await payload.db.deleteOne({ collection: 'tenants', where: { id: { equals: baseline.id } } })
})

const slugsOf = async (slug: string, locale: 'en' | 'cy' | 'gd' = 'en') => (await readToolkit(await siteFor(slug, locale))).map((page) => page.slug)

describe('the pages a tenant shows', () => {
  it('inherits national pages and adds its own, ordered by section then order', async () => {
    const own = await createPage(tenant.id, { slug: `own-${suffix}`, section: 'local' })
    const early = await createPage(tenant.id, { slug: `early-${suffix}`, section: '1', order: 5 })
    const slugs = await slugsOf(tenant.slug)
    expect(slugs).toContain(nationalSlug)
    expect(slugs.indexOf(early.slug)).toBeLessThan(slugs.indexOf(nationalSlug))
    expect(slugs.indexOf(nationalSlug)).toBeLessThan(slugs.indexOf(own.slug))
  })

  it('a tailored page replaces the national one at the same address', async () => {
    const other = await createTenant(`tailor-${suffix}`)
    const tailored = await createPage(other.id, { slug: 'ignored-slug', tailors: national.id, title: 'Our own words' })
    expect(tailored.slug).toBe(nationalSlug)
    expect(tailored.section).toBe('2')
    const pages = await readToolkit(await siteFor(other.slug, 'en'))
    const shown = pages.filter((page) => page.slug === nationalSlug)
    expect(shown).toHaveLength(1)
    expect(shown[0]).toMatchObject({ title: 'Our own words', tailored: true, national: false, drifted: false })
  })

  it('drift: when the national page changes after tailoring, the tailored page says so', async () => {
    const other = await createTenant(`drift-${suffix}`)
    const driftSlug = `drift-national-${suffix}`
    const source = await createPage(baseline.id, { slug: driftSlug, section: '3' }, `CY ${driftSlug}`)
    await createPage(other.id, { slug: 'x', tailors: source.id })
    expect((await readToolkit(await siteFor(other.slug, 'en'))).find((page) => page.slug === driftSlug)?.drifted).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 10))
    await payload.update({ collection: 'pages', id: source.id, locale: 'en', overrideAccess: true, data: { summary: 'Changed nationally' } })
    expect((await readToolkit(await siteFor(other.slug, 'en'))).find((page) => page.slug === driftSlug)?.drifted).toBe(true)
  })

  it('hiding removes the national page; deleting the hide record shows it again', async () => {
    const other = await createTenant(`hide-${suffix}`)
    const hide = await createPage(other.id, { slug: 'x', tailors: national.id, hideBaseline: true })
    expect(await slugsOf(other.slug)).not.toContain(nationalSlug)
    await payload.delete({ collection: 'pages', id: hide.id, overrideAccess: true })
    expect(await slugsOf(other.slug)).toContain(nationalSlug)
  })

  it('leaves out drafts, members-only pages and inactive tenants', async () => {
    const other = await createTenant(`filter-${suffix}`)
    await payload.create({ collection: 'pages', locale: 'en', draft: true, overrideAccess: true, data: { tenant: other.id, title: 'Draft', slug: `draft-${suffix}`, section: 'local', _status: 'draft' } })
    await createPage(other.id, { slug: `members-${suffix}`, audience: 'members' })
    const slugs = await slugsOf(other.slug)
    expect(slugs).not.toContain(`draft-${suffix}`)
    expect(slugs).not.toContain(`members-${suffix}`)
    await payload.update({ collection: 'tenants', id: other.id, data: { active: false }, overrideAccess: true })
    // An inactive tenant has no site at all, so no page of it can be asked for.
    expect(await resolveSite({ tenant: other.slug, locale: 'en' })).toBeNull()
  })
})

describe('languages', () => {
  it('shows Welsh where it exists and marks English fallback where it does not', async () => {
    const welsh = (await readToolkit(await siteFor(tenant.slug, 'cy'))).find((page) => page.slug === nationalSlug)
    expect(welsh).toMatchObject({ title: `CY ${nationalSlug}`, fallback: false, translationStatus: 'drafted' })
    const gaelic = (await readToolkit(await siteFor(tenant.slug, 'gd'))).find((page) => page.slug === nationalSlug)
    expect(gaelic).toMatchObject({ title: `EN ${nationalSlug}`, fallback: true, translationStatus: 'missing' })
  })

  it('Welsh parity: publishing without Welsh is refused, a draft is kept, and with Welsh it publishes', async () => {
    const slug = `parity-${suffix}`
    const draft = await payload.create({ collection: 'pages', locale: 'en', draft: true, overrideAccess: true, data: { tenant: welshTenant.id, title: 'English only', slug, section: 'local', _status: 'draft' } })
    const errors = await fieldErrors(payload.update({ collection: 'pages', id: draft.id, locale: 'en', overrideAccess: true, data: { _status: 'published' } }))
    expect(errors).toHaveLength(1)
    expect(errors[0]?.path).toBe('title')
    expect(errors[0]?.message).toMatch(/Welsh parity is on for T welsh-.*: add the Welsh text/)
    const kept = await payload.findByID({ collection: 'pages', id: draft.id, draft: true, overrideAccess: true })
    expect(kept.title).toBe('English only')

    await payload.update({ collection: 'pages', id: draft.id, locale: 'cy', draft: true, overrideAccess: true, data: { title: 'Cymraeg hefyd' } })
    const published = await payload.update({ collection: 'pages', id: draft.id, locale: 'en', overrideAccess: true, data: { _status: 'published' } })
    expect(published._status).toBe('published')
    const inWelsh = await payload.findByID({ collection: 'pages', id: draft.id, locale: 'cy', fallbackLocale: false, overrideAccess: true })
    expect(inWelsh.title).toBe('Cymraeg hefyd')
  })
})

describe('bad input', () => {
  it('a slug used twice in one tenant, or taken from an untailored national page, is a field error', async () => {
    await createPage(tenant.id, { slug: `twice-${suffix}` })
    expect(await fieldErrors(createPage(tenant.id, { slug: `twice-${suffix}` }))).toEqual([
      { path: 'slug', message: `This tenant already has a page at "twice-${suffix}".` },
    ])
    expect(await fieldErrors(createPage(tenant.id, { slug: nationalSlug }))).toEqual([
      { path: 'slug', message: `The national toolkit has a page at "${nationalSlug}". Tailor that page instead, or choose another slug.` },
    ])
  })

  it('only a national page can be tailored', async () => {
    const local = await createPage(tenant.id, { slug: `local-${suffix}` })
    const errors = await fieldErrors(createPage(tenant.id, { slug: 'y', tailors: local.id }))
    expect(errors).toEqual([{ path: 'tailors', message: 'Only a page of the national toolkit can be tailored.' }])
  })

  it('refuses javascript:, data: and vbscript: links in rich text, naming the field', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x']) {
      const body = toLexical([{ p: 'x' }])
      const paragraph = body.root.children[0] as { children: unknown[] }
      paragraph.children.push({ type: 'link', version: 3, fields: { url, linkType: 'custom', newTab: false }, children: [{ type: 'text', version: 1, text: 'bad', format: 0 }] })
      const errors = await fieldErrors(
        createPage(tenant.id, { slug: `link-${uniqueSuffix()}`, layout: [{ blockType: 'richText', body: body as never }] }),
      )
      expect(errors.map((error) => error.path)).toEqual(['layout.0.body'])
      expect(errors[0]?.message).toContain('are not allowed')
    }
  })
})
