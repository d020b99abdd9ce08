import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Tenant } from '@/payload-types'
import { toLexical } from '@/seed/toolkit/toLexical'

import { rest } from '../helpers/apiClient'
import { testPayload, uniqueSuffix } from '../helpers/payload'

let payload: Payload
let baseline: Tenant
let madeBaseline = false
let tenant: Tenant
let other: Tenant
let nationalId: number
let editorToken = ''
const suffix = uniqueSuffix()
const password = 'editor-password-123456'

async function createTenant(slug: string, extra: Partial<Tenant> = {}) {
  return payload.create({
    collection: 'tenants',
    overrideAccess: true,
    data: { name: slug, slug, kind: 'council', nation: 'england', locales: ['en', 'cy'], defaultLocale: 'en', welshParity: false, ...extra },
  })
}

beforeAll(async () => {
  payload = await testPayload()
  const found = await payload.find({ collection: 'tenants', where: { kind: { equals: 'baseline' } }, overrideAccess: true })
  if (found.docs[0]) baseline = found.docs[0]
  else {
    baseline = await createTenant(`national-${suffix}`, { kind: 'baseline', nation: null })
    madeBaseline = true
  }
  tenant = await createTenant(`tailor-a-${suffix}`)
  other = await createTenant(`tailor-b-${suffix}`)
  const page = await payload.create({
    collection: 'pages',
    locale: 'en',
    draft: true,
    overrideAccess: true,
    data: {
      tenant: baseline.id,
      title: 'National text',
      slug: `tailorable-${suffix}`,
      section: '4',
      _status: 'draft',
      layout: [
        { blockType: 'callout', variant: 'warning', heading: 'Careful', body: toLexical([{ p: 'English body' }]) as never },
        { blockType: 'steps', heading: 'Steps', style: 'steps', items: [{ title: 'One' }, { title: 'Two' }] },
      ],
    },
  })
  const structure = page.layout ?? []
  await payload.update({
    collection: 'pages',
    id: page.id,
    locale: 'cy',
    draft: true,
    overrideAccess: true,
    data: {
      title: 'Testun cenedlaethol',
      layout: structure.map((block) =>
        block.blockType === 'callout'
          ? { ...block, heading: 'Gofalus', body: toLexical([{ p: 'Corff Cymraeg' }]) as never }
          : block.blockType === 'steps'
            ? { ...block, heading: 'Camau', items: (block.items ?? []).map((item, index) => ({ ...item, title: ['Un', 'Dau'][index] ?? '' })) }
            : block,
      ),
    },
  })
  await payload.update({ collection: 'pages', id: page.id, locale: 'en', overrideAccess: true, data: { _status: 'published' } })
  nationalId = page.id
  const email = `tailor-editor-${suffix}@example.org`
  await payload.create({ collection: 'users', overrideAccess: true, data: { email, password, tenants: [{ tenant: tenant.id, roles: ['editor'] }] } })
  editorToken = (await payload.login({ collection: 'users', data: { email, password } })).token ?? ''
})

afterAll(async () => {
  await payload.delete({ collection: 'pages', where: { slug: { equals: `tailorable-${suffix}` } }, overrideAccess: true })
  if (madeBaseline) await payload.db.deleteOne({ collection: 'tenants', where: { id: { equals: baseline.id } } })
})

describe('POST /api/pages/:id/tailor', () => {
  it('makes the tenant\'s draft copy, pre-filled in every language, linked to the national page', async () => {
    const response = await rest('POST', `pages/${nationalId}/tailor`, { token: editorToken, body: { tenant: tenant.id } })
    expect(response.status).toBe(201)
    const id = Number(response.json.id)
    const en = await payload.findByID({ collection: 'pages', id, locale: 'en', fallbackLocale: false, draft: true, overrideAccess: true, depth: 0 })
    const cy = await payload.findByID({ collection: 'pages', id, locale: 'cy', fallbackLocale: false, draft: true, overrideAccess: true, depth: 0 })
    expect(en).toMatchObject({ tenant: tenant.id, tailors: nationalId, slug: `tailorable-${suffix}`, section: '4', title: 'National text', _status: 'draft' })
    expect(cy.title).toBe('Testun cenedlaethol')
    const cyBlocks = cy.layout ?? []
    expect(cyBlocks[0]).toMatchObject({ blockType: 'callout', variant: 'warning', heading: 'Gofalus' })
    expect(JSON.stringify(cyBlocks[0])).toContain('Corff Cymraeg')
    expect(cyBlocks[1]?.blockType === 'steps' ? cyBlocks[1].items?.map((item) => item.title) : []).toEqual(['Un', 'Dau'])
    // The copy has its own blocks: editing it cannot touch the national page.
    const national = await payload.findByID({ collection: 'pages', id: nationalId, locale: 'en', overrideAccess: true, depth: 0 })
    expect(en.layout?.[0]?.id).not.toBe(national.layout?.[0]?.id)
  })

  it('a second request opens the existing copy (409 with its id)', async () => {
    const response = await rest('POST', `pages/${nationalId}/tailor`, { token: editorToken, body: { tenant: tenant.id } })
    expect(response.status).toBe(409)
    expect(typeof response.json.id).toBe('number')
  })

  it('refuses a tenant the caller does not edit, anonymous callers and bad input', async () => {
    expect((await rest('POST', `pages/${nationalId}/tailor`, { token: editorToken, body: { tenant: other.id } })).status).toBe(403)
    expect((await rest('POST', `pages/${nationalId}/tailor`, { body: { tenant: tenant.id } })).status).toBe(401)
    expect((await rest('POST', `pages/${nationalId}/tailor`, { token: editorToken, body: { tenant: 'abc' } })).status).toBe(400)
    expect((await rest('POST', 'pages/999999999/tailor', { token: editorToken, body: { tenant: tenant.id } })).status).toBe(404)
    expect((await rest('POST', 'pages/not-a-number/tailor', { token: editorToken, body: { tenant: tenant.id } })).status).toBe(404)
  })
})
