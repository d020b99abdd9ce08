import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { councilChecklist, staleContactsWhere, untranslatedPages, type ChecklistItem } from '@/admin/Dashboard/checklist'
import type { Page, Tenant, User } from '@/payload-types'
import { toLexical } from '@/seed/toolkit/toLexical'

import { rest } from '../helpers/apiClient'
import { EngagementFixtures } from '../helpers/engagementFixtures'
import { testPayload } from '../helpers/payload'

/**
 * The dashboard's checklist for a council: each count is what the screen it links to lists, read
 * as the editor, and each count drops when the thing is done.
 */
let payload: Payload
let fixtures: EngagementFixtures
let council: Tenant
let baseline: Tenant
let editor: User
let admin: User
let editorToken = ''
let national: Page
const password = 'checklist-editor-password-7712'
const pageIds: number[] = []

const item = (items: ChecklistItem[], key: ChecklistItem['key']) => items.find((entry) => entry.key === key)
const orToWhere = (or: ReturnType<typeof untranslatedPages>) => ({ or: or.map((and) => ({ and })) })

/** The `where` a checklist link gives Payload's list view, read back from the link itself. */
function whereOfLink(href: string): Record<string, string> {
  const url = new URL(href, 'http://localhost')
  return Object.fromEntries([...url.searchParams.entries()].filter(([key]) => key.startsWith('where')))
}

async function page(data: Record<string, unknown>, cy?: Record<string, unknown>): Promise<number> {
  const created = await payload.create({
    collection: 'pages',
    locale: 'en',
    overrideAccess: true,
    data: { tenant: council.id, section: '3', slug: `checklist-${fixtures.suffix}-${pageIds.length}`, title: 'A local page', _status: 'published', ...data } as never,
  })
  if (cy) await payload.update({ collection: 'pages', id: created.id, locale: 'cy', overrideAccess: true, data: cy as never })
  pageIds.push(created.id)
  return created.id
}

beforeAll(async () => {
  payload = await testPayload()
  fixtures = new EngagementFixtures(payload)
  baseline = await fixtures.baseline()
  await fixtures.baselineTemplate('councillor')
  council = await fixtures.tenant('Checklist Council', { welshParity: false, contactStaleAfterDays: 30 })
  // A draft first, then its Welsh title, then published: the baseline may have Welsh parity on
  // (it does when another file seeded the real one first), and then publishing needs the Welsh.
  const draft = await payload.create({
    collection: 'pages',
    locale: 'en',
    overrideAccess: true,
    draft: true,
    data: {
      tenant: baseline.id,
      title: 'National checklist advice',
      slug: `national-checklist-${fixtures.suffix}`,
      section: '2',
      _status: 'draft',
      layout: [{ blockType: 'richText', body: toLexical([{ p: 'Keep a record of every message.' }]) }],
    } as never,
  })
  await payload.update({ collection: 'pages', id: draft.id, locale: 'cy', overrideAccess: true, draft: true, data: { title: 'Cyngor cenedlaethol y rhestr wirio' } as never })
  national = await payload.update({ collection: 'pages', id: draft.id, locale: 'en', overrideAccess: true, data: { _status: 'published' } as never })
  editor = await payload.create({ collection: 'users', overrideAccess: true, data: { email: `checklist-editor-${fixtures.suffix}@example.org`, password, tenants: [{ tenant: council.id, roles: ['editor'] }] } })
  admin = await payload.create({ collection: 'users', overrideAccess: true, data: { email: `checklist-admin-${fixtures.suffix}@example.org`, password, roles: ['platform-admin'] } })
  editorToken = (await payload.login({ collection: 'users', data: { email: editor.email, password } })).token ?? ''
}, 300_000)

afterAll(async () => {
  if (!national) return
  await payload.delete({ collection: 'pages', where: { tailors: { equals: national.id } }, overrideAccess: true })
  await payload.delete({ collection: 'pages', where: { id: { in: [...pageIds, national.id] } }, overrideAccess: true })
  await payload.delete({ collection: 'contacts', where: { tenant: { equals: council.id } }, overrideAccess: true })
  await payload.delete({ collection: 'users', where: { id: { in: [editor.id, admin.id] } }, overrideAccess: true })
  await fixtures.cleanUp()
}, 300_000)

describe('the council checklist on the dashboard', { timeout: 300_000 }, () => {
  it('names the council, links to its site, and counts contacts not verified within its own period', async () => {
    const contact = (label: string, lastVerifiedAt?: string) =>
      payload.create({ collection: 'contacts', overrideAccess: true, locale: 'en', data: { tenant: council.id, kind: 'monitoring-officer', label, phone: '0300 123 4567', ...(lastVerifiedAt ? { lastVerifiedAt } : {}) } as never })
    const never = await contact('Never verified')
    await contact('Verified long ago', new Date(Date.now() - 40 * 86_400_000).toISOString())
    await contact('Verified last week', new Date(Date.now() - 7 * 86_400_000).toISOString())

    const checklist = await councilChecklist(payload, editor, council.id)
    expect(checklist?.tenant.name).toBe('Checklist Council')
    expect(checklist?.siteHref).toBe(`/${council.slug}/en`)
    const stale = item(checklist?.items ?? [], 'stale-contacts')
    expect(stale).toMatchObject({ count: 2, text: expect.stringMatching(/^2 contacts not verified in the last 30 days/) })
    // The link lists what was counted: the same two, as the editor reads them.
    expect(whereOfLink(stale?.href ?? '')).toMatchObject({ 'where[or][0][and][0][tenant][equals]': String(council.id), 'where[or][0][and][1][lastVerifiedAt][exists]': 'false' })
    const listed = await payload.count({ collection: 'contacts', where: orToWhere(staleContactsWhere(council.id, new Date(Date.now() - 30 * 86_400_000))), user: editor, overrideAccess: false })
    expect(listed.totalDocs).toBe(2)

    // Verified today: one fewer.
    await payload.update({ collection: 'contacts', id: never.id, overrideAccess: true, data: { lastVerifiedAt: new Date().toISOString() } })
    expect(item((await councilChecklist(payload, editor, council.id))?.items ?? [], 'stale-contacts')?.count).toBe(1)
  })

  it('counts pages with no translation in a language the council offers, and not in others', async () => {
    const before = item((await councilChecklist(payload, editor, council.id))?.items ?? [], 'translation-cy')?.count ?? 0
    await page({ title: 'English only' })
    await page({ title: 'Marked missing' }, { title: 'Ar goll', translationStatus: 'missing' })
    await page({ title: 'Translated' }, { title: 'Wedi ei gyfieithu', translationStatus: 'reviewed' })
    // Hiding a national page is a marker, not a page: nothing to translate.
    await payload.create({ collection: 'pages', overrideAccess: true, locale: 'en', data: { tenant: council.id, tailors: national.id, hideBaseline: true, title: 'Hidden', slug: national.slug, section: '2', _status: 'published' } as never })

    const checklist = await councilChecklist(payload, editor, council.id)
    const welsh = item(checklist?.items ?? [], 'translation-cy')
    expect(welsh?.count).toBe(before + 2)
    expect(welsh?.text).toMatch(/no Welsh \(Cymraeg\) translation/)
    expect(new URL(welsh?.href ?? '', 'http://localhost').searchParams.get('locale')).toBe('cy')
    const listed = await payload.count({ collection: 'pages', where: orToWhere(untranslatedPages(council.id)), locale: 'cy', user: editor, overrideAccess: false })
    expect(listed.totalDocs).toBe(before + 2)
    // The council offers English and Welsh only.
    expect(checklist?.items.some((entry) => entry.key === 'translation-gd' || entry.key === 'translation-ga')).toBe(false)
  })

  it('counts templates still national, and national pages changed since the council tailored them', async () => {
    let items = (await councilChecklist(payload, editor, council.id))?.items ?? []
    expect(item(items, 'untailored-templates')?.count).toBeGreaterThanOrEqual(1)
    expect(item(items, 'drifted-pages')?.count).toBe(0)
    await payload.delete({ collection: 'pages', where: { and: [{ tailors: { equals: national.id } }, { tenant: { equals: council.id } }] }, overrideAccess: true })
    const tailored = await rest('POST', `pages/${national.id}/tailor`, { token: editorToken, body: { tenant: council.id } })
    expect(tailored.status).toBe(201)
    await new Promise((resolve) => setTimeout(resolve, 20))
    await payload.update({ collection: 'pages', id: national.id, locale: 'en', overrideAccess: true, data: { title: 'National checklist advice, revised' } })
    items = (await councilChecklist(payload, editor, council.id))?.items ?? []
    expect(item(items, 'drifted-pages')).toMatchObject({ count: 1, href: '/admin/national-toolkit', text: expect.stringMatching(/^1 national page has changed since you tailored it/) })
  })

  it('gives a platform admin the national equivalent: national contacts and translations, no tailoring, no site', async () => {
    const checklist = await councilChecklist(payload, admin, baseline.id)
    expect(checklist?.siteHref).toBeNull()
    const keys = checklist?.items.map((entry) => entry.key) ?? []
    expect(keys).toContain('stale-contacts')
    expect(keys).not.toContain('drifted-pages')
    expect(keys).not.toContain('untailored-templates')
  })
})
