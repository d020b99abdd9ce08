import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { EngagementTemplate, Page, Tenant, User } from '@/payload-types'
import { toLexical } from '@/seed/toolkit/toLexical'
import { nationalChangesSince, nationalToolkitFor, type ToolkitEntry } from '@/tailoring/nationalToolkit'

import { rest } from '../helpers/apiClient'
import { EngagementFixtures } from '../helpers/engagementFixtures'
import { fieldErrors, testPayload } from '../helpers/payload'

/**
 * The national toolkit as a council sees it: each national page and template's state for the
 * council (inherited, tailored, drifted, hidden), the actions that change it, what changed
 * nationally since tailoring, templates tailored like pages, and who may do any of it.
 */
let payload: Payload
let fixtures: EngagementFixtures
let council: Tenant
let other: Tenant
let editor: User
let outsider: User
let admin: User
let editorToken = ''
let outsiderToken = ''
let national: Page
let councillorTemplate: EngagementTemplate
const password = 'toolkit-editor-password-9931'

async function makeUser(email: string, tenant: Tenant | null): Promise<User> {
  return payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password, ...(tenant ? { tenants: [{ tenant: tenant.id, roles: ['editor'] }] } : { roles: ['platform-admin'] }) },
  })
}

const tokenOf = async (email: string) => (await payload.login({ collection: 'users', data: { email, password } })).token ?? ''

const entryFor = (entries: ToolkitEntry[], collection: ToolkitEntry['collection'], id: number) => entries.find((entry) => entry.collection === collection && entry.id === id)

beforeAll(async () => {
  payload = await testPayload()
  fixtures = new EngagementFixtures(payload)
  const baseline = await fixtures.baseline()
  councillorTemplate = await fixtures.baselineTemplate('councillor')
  const welsh = await payload.findByID({ collection: 'engagement-templates', id: councillorTemplate.id, locale: 'cy', fallbackLocale: false, overrideAccess: true })
  if (!welsh.title) {
    // Run alone (no seed), the baseline template exists in English only: give it Welsh.
    await payload.update({
      collection: 'engagement-templates',
      id: councillorTemplate.id,
      locale: 'cy',
      overrideAccess: true,
      data: { title: 'Rheolau ymgysylltu', intro: 'Cyflwyniad.', rules: [{ text: 'Byddwch yn garedig.' }], bioTemplates: [{ template: '{name}, {role}' }] },
    })
  }
  council = await fixtures.tenant('Toolkit Council', { welshParity: false })
  other = await fixtures.tenant('Other Toolkit Council', { welshParity: false })
  const created = await payload.create({
    collection: 'pages',
    locale: 'en',
    draft: true,
    overrideAccess: true,
    data: {
      tenant: baseline.id,
      title: 'National advice',
      slug: `national-advice-${fixtures.suffix}`,
      section: '2',
      _status: 'draft',
      layout: [{ blockType: 'richText', body: toLexical([{ p: 'Call 101 to report a crime.' }]) as never }],
    },
  })
  await payload.update({ collection: 'pages', id: created.id, locale: 'cy', draft: true, overrideAccess: true, data: { title: 'Cyngor cenedlaethol' } })
  national = await payload.update({ collection: 'pages', id: created.id, locale: 'en', overrideAccess: true, data: { _status: 'published' } })
  editor = await makeUser(`toolkit-editor-${fixtures.suffix}@example.org`, council)
  outsider = await makeUser(`toolkit-outsider-${fixtures.suffix}@example.org`, other)
  admin = await makeUser(`toolkit-admin-${fixtures.suffix}@example.org`, null)
  editorToken = await tokenOf(editor.email)
  outsiderToken = await tokenOf(outsider.email)
}, 300_000)

afterAll(async () => {
  await payload.delete({ collection: 'pages', where: { tailors: { equals: national.id } }, overrideAccess: true })
  await payload.delete({ collection: 'pages', id: national.id, overrideAccess: true })
  await payload.delete({ collection: 'users', where: { id: { in: [editor.id, outsider.id, admin.id] } }, overrideAccess: true })
  await fixtures.cleanUp()
}, 300_000)

// Each step is several saves through hooks; on a shared two-core machine that can take minutes.
describe('a national page, as one council sees it', { timeout: 300_000 }, () => {
  let copyId = 0

  it('starts inherited, for the council, and the outsider sees nothing of it', async () => {
    const entries = await nationalToolkitFor(payload, editor, council.id)
    expect(entryFor(entries, 'pages', national.id)).toMatchObject({ state: 'inherited', copy: null, title: 'National advice' })
    expect(entryFor(entries, 'engagement-templates', councillorTemplate.id)?.state).toBe('inherited')
    expect(entryFor(entries, 'pages', national.id)?.counts).toBeUndefined()
  })

  it('tailoring makes an honest copy: drafted in every language, no review date, its own history', async () => {
    const response = await rest('POST', `pages/${national.id}/tailor`, { token: editorToken, body: { tenant: council.id } })
    expect(response.status).toBe(201)
    copyId = Number(response.json.id)
    const en = await payload.findByID({ collection: 'pages', id: copyId, locale: 'en', fallbackLocale: false, draft: true, overrideAccess: true })
    const cy = await payload.findByID({ collection: 'pages', id: copyId, locale: 'cy', fallbackLocale: false, draft: true, overrideAccess: true })
    expect(en).toMatchObject({ translationStatus: 'drafted', _status: 'draft', tailors: expect.anything() })
    expect(en.lastReviewed ?? null).toBeNull()
    expect(cy).toMatchObject({ title: 'Cyngor cenedlaethol', translationStatus: 'drafted' })
    const history = await payload.findVersions({ collection: 'pages', where: { parent: { equals: copyId } }, overrideAccess: true, limit: 100 })
    const nationalHistory = await payload.findVersions({ collection: 'pages', where: { parent: { equals: national.id } }, overrideAccess: true, limit: 1 })
    expect(history.totalDocs).toBeGreaterThan(0)
    expect(history.docs.every((version) => new Date(version.createdAt) >= new Date(en.createdAt))).toBe(true)
    expect(nationalHistory.totalDocs).toBeGreaterThan(0)

    const entries = await nationalToolkitFor(payload, editor, council.id)
    expect(entryFor(entries, 'pages', national.id)).toMatchObject({ state: 'tailored', copy: { id: copyId, status: 'draft' } })
  })

  it('an editor of another council can neither tailor into this council nor read its copy', async () => {
    expect((await rest('POST', `pages/${national.id}/tailor`, { token: outsiderToken, body: { tenant: council.id } })).status).toBe(403)
    expect((await rest('POST', `pages/${national.id}/visibility`, { token: outsiderToken, body: { tenant: council.id, hidden: true } })).status).toBe(403)
    expect((await rest('GET', `pages/${copyId}`, { token: outsiderToken, query: { draft: 'true' } })).status).toBe(404)
    const theirs = await nationalToolkitFor(payload, outsider, council.id)
    expect(entryFor(theirs, 'pages', national.id)?.copy).toBeNull()
  })

  it('drifts when the national page changes, and says what changed in words', async () => {
    await new Promise((resolve) => setTimeout(resolve, 20))
    await payload.update({
      collection: 'pages',
      id: national.id,
      locale: 'en',
      overrideAccess: true,
      data: { _status: 'published', layout: [{ ...national.layout?.[0], blockType: 'richText', body: toLexical([{ p: 'Call 999 to report a crime.' }]) as never }] },
    })
    const entry = entryFor(await nationalToolkitFor(payload, editor, council.id), 'pages', national.id)
    expect(entry?.state).toBe('drifted')
    const changes = await nationalChangesSince(payload, 'pages', national.id, entry?.copy?.tailoredAt ?? '')
    expect(changes.parts).toEqual(expect.arrayContaining([{ kind: 'removed', text: '101' }, { kind: 'added', text: '999' }]))
  })

  it('hides and shows again; a platform admin sees how many councils tailored or hid it', async () => {
    const hide = await rest('POST', `pages/${national.id}/visibility`, { token: editorToken, body: { tenant: council.id, hidden: true } })
    expect(hide.status).toBe(200)
    expect(entryFor(await nationalToolkitFor(payload, editor, council.id), 'pages', national.id)?.state).toBe('hidden')
    expect(entryFor(await nationalToolkitFor(payload, admin, null), 'pages', national.id)?.counts).toEqual({ tailored: 0, hidden: 1 })
    const show = await rest('POST', `pages/${national.id}/visibility`, { token: editorToken, body: { tenant: council.id, hidden: false } })
    expect(show.status).toBe(200)
    // The council's copy (with its blocks) is kept, and shown again in the national page's place.
    expect(show.json.id).toBe(copyId)
    expect(entryFor(await nationalToolkitFor(payload, editor, council.id), 'pages', national.id)?.state).toBe('drifted')
    expect(entryFor(await nationalToolkitFor(payload, admin, null), 'pages', national.id)?.counts).toEqual({ tailored: 1, hidden: 0 })
  })

  it('hiding a page the council never tailored, then showing it, brings the national page back', async () => {
    await payload.delete({ collection: 'pages', id: copyId, overrideAccess: true })
    const hide = await rest('POST', `pages/${national.id}/visibility`, { token: editorToken, body: { tenant: council.id, hidden: true } })
    expect(hide.status).toBe(200)
    const record = await payload.findByID({ collection: 'pages', id: Number(hide.json.id), overrideAccess: true })
    expect(record).toMatchObject({ hideBaseline: true, _status: 'published' })
    expect(record.layout ?? []).toEqual([])
    const show = await rest('POST', `pages/${national.id}/visibility`, { token: editorToken, body: { tenant: council.id, hidden: false } })
    expect(show.json).toMatchObject({ hidden: false, id: null })
    expect(entryFor(await nationalToolkitFor(payload, editor, council.id), 'pages', national.id)?.state).toBe('inherited')
  })

  it('refuses bad input with a 400 naming the field', async () => {
    const response = await rest('POST', `pages/${national.id}/visibility`, { token: editorToken, body: { tenant: council.id, hidden: 'yes' } })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toContain('hidden')
  })
})

describe('rules-of-engagement templates tailor like pages', { timeout: 300_000 }, () => {
  let copyId = 0

  it('Tailor makes the council\'s draft copy, pre-filled in every language the national one has', async () => {
    const response = await rest('POST', `engagement-templates/${councillorTemplate.id}/tailor`, { token: editorToken, body: { tenant: council.id } })
    expect(response.status).toBe(201)
    copyId = Number(response.json.id)
    const en = await payload.findByID({ collection: 'engagement-templates', id: copyId, locale: 'en', fallbackLocale: false, draft: true, overrideAccess: true, depth: 0 })
    const cy = await payload.findByID({ collection: 'engagement-templates', id: copyId, locale: 'cy', fallbackLocale: false, draft: true, overrideAccess: true, depth: 0 })
    const nationalCy = await payload.findByID({ collection: 'engagement-templates', id: councillorTemplate.id, locale: 'cy', fallbackLocale: false, overrideAccess: true })
    expect(en).toMatchObject({ tenant: council.id, audience: 'councillor', tailors: councillorTemplate.id, _status: 'draft', title: councillorTemplate.title })
    expect(en.rules?.map((rule) => rule.text)).toEqual(councillorTemplate.rules.map((rule) => rule.text))
    expect(en.rules?.[0]?.id).not.toBe(councillorTemplate.rules[0]?.id)
    expect(cy.rules?.map((rule) => rule.text)).toEqual(nationalCy.rules.map((rule) => rule.text))
    expect(cy.translationReview).toBe('awaiting-review')
    expect(entryFor(await nationalToolkitFor(payload, editor, council.id), 'engagement-templates', councillorTemplate.id)?.state).toBe('tailored')
    expect((await rest('POST', `engagement-templates/${councillorTemplate.id}/tailor`, { token: editorToken, body: { tenant: council.id } })).status).toBe(409)
    expect((await rest('POST', `engagement-templates/${councillorTemplate.id}/tailor`, { token: outsiderToken, body: { tenant: council.id } })).status).toBe(403)
  })

  it('Duplicate works within the council: the copy takes the audience the council has not got yet', async () => {
    const duplicate = await payload.duplicate({ collection: 'engagement-templates', id: copyId, user: editor, overrideAccess: false, locale: 'en', draft: true, depth: 0 })
    expect(duplicate).toMatchObject({ tenant: council.id, audience: 'candidate' })
    await payload.delete({ collection: 'engagement-templates', id: duplicate.id, overrideAccess: true })
  })

  it('a second duplicate when both audiences exist is refused with a reason, not a database error', async () => {
    const candidate = await payload.duplicate({ collection: 'engagement-templates', id: copyId, user: editor, overrideAccess: false, locale: 'en', draft: true })
    const errors = await fieldErrors(payload.duplicate({ collection: 'engagement-templates', id: copyId, user: editor, overrideAccess: false, locale: 'en', draft: true }))
    expect(errors).toEqual([{ path: 'audience', message: expect.stringContaining('already has') }])
    await payload.delete({ collection: 'engagement-templates', id: candidate.id, overrideAccess: true })
  })
})
