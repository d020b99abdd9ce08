import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RenderBlocks } from '@/blocks/RenderBlocks'
import type { BlockContext } from '@/blocks/types'
import { readToolkit } from '@/data/pages'
import { resolveSite } from '@/data/site'
import { englishChangesSinceReview, readXliff, translatableText, writeXliff, type InlinePart, type XliffDocument } from '@/lib/xliff'
import type { Tenant } from '@/payload-types'
import { toLexical } from '@/seed/toolkit/toLexical'

import { rest } from '../helpers/apiClient'
import { testPayload, uniqueSuffix } from '../helpers/payload'
import { exportFile, importFile, validateXliff, xmlOf } from '../helpers/translationFiles'

let payload: Payload
let baseline: Tenant
let madeBaseline = false
let welsh: Tenant
let other: Tenant
let pageId: number
let otherPageId: number
const suffix = uniqueSuffix()
const password = 'translator-password-123456'
const tokens: Record<'editor' | 'otherEditor' | 'councillor' | 'admin', string> = { editor: '', otherEditor: '', councillor: '', admin: '' }

async function createTenant(slug: string, extra: Partial<Tenant> = {}) {
  return payload.create({
    collection: 'tenants',
    overrideAccess: true,
    data: { name: `Cyngor ${slug}`, slug, kind: 'council', nation: 'wales', locales: ['en', 'cy'], defaultLocale: 'en', welshParity: false, ...extra },
  })
}

async function login(key: keyof typeof tokens, data: Record<string, unknown>) {
  const email = `translations-${key}-${suffix}@example.org`
  await payload.create({ collection: 'users', overrideAccess: true, data: { email, password, ...data } })
  tokens[key] = (await payload.login({ collection: 'users', data: { email, password } })).token ?? ''
}

/** A CAT tool's edit, through the XLIFF model: Welsh for every text, the codes of the body moved about. */
function translateAll(doc: XliffDocument): XliffDocument {
  const welshOf = (parts: InlinePart[]): InlinePart[] =>
    parts.map((part) => (typeof part === 'string' ? `CY:${part}` : part.kind === 'pc' ? { ...part, children: welshOf(part.children) } : part))
  return {
    ...doc,
    files: doc.files.map((file) => ({
      ...file,
      units: file.units.map((unit) => ({ ...unit, target: unit.id.endsWith('.body.0') ? [...welshOf(unit.source)].reverse() : welshOf(unit.source) })),
    })),
  }
}

const englishBody = () => toLexical([{ p: 'Tell **the Monitoring Officer** at {{tenant.name}} and read [the guidance](https://www.gov.uk/guidance).' }, { ul: ['Keep screenshots', 'Note the date'] }])

beforeAll(async () => {
  payload = await testPayload()
  const found = await payload.find({ collection: 'tenants', where: { kind: { equals: 'baseline' } }, overrideAccess: true })
  if (found.docs[0]) baseline = found.docs[0]
  else {
    baseline = await createTenant(`national-${suffix}`, { kind: 'baseline', nation: null })
    madeBaseline = true
  }
  welsh = await createTenant(`cymru-${suffix}`)
  other = await createTenant(`arall-${suffix}`)
  const page = await payload.create({
    collection: 'pages',
    locale: 'en',
    overrideAccess: true,
    data: {
      tenant: welsh.id,
      title: 'When abuse happens',
      summary: 'What to do first.',
      slug: `xliff-${suffix}`,
      section: 'local',
      _status: 'published',
      layout: [
        { blockType: 'richText', heading: 'First steps', body: englishBody() as never },
        { blockType: 'steps', heading: 'Steps', style: 'steps', items: [{ title: 'Keep a record' }, { title: 'Report it' }] },
      ],
    } as never,
  })
  pageId = page.id
  otherPageId = (await payload.create({ collection: 'pages', locale: 'en', overrideAccess: true, data: { tenant: other.id, title: 'Other', slug: `xliff-other-${suffix}`, section: 'local', _status: 'published' } as never })).id
  await login('editor', { tenants: [{ tenant: welsh.id, roles: ['editor'] }] })
  await login('otherEditor', { tenants: [{ tenant: other.id, roles: ['editor'] }] })
  await login('councillor', { tenants: [{ tenant: welsh.id, roles: ['councillor'] }] })
  await login('admin', { roles: ['platform-admin'] })
})

afterAll(async () => {
  await payload.delete({ collection: 'pages', where: { id: { in: [pageId, otherPageId] } }, overrideAccess: true })
  await payload.delete({ collection: 'users', where: { email: { like: `-${suffix}@example.org` } }, overrideAccess: true })
  for (const tenant of [welsh, other]) await payload.db.deleteOne({ collection: 'tenants', where: { id: { equals: tenant.id } } })
  if (madeBaseline) await payload.db.deleteOne({ collection: 'tenants', where: { id: { equals: baseline.id } } })
})

describe('who may exchange translation files', () => {
  const query = () => ({ collection: 'pages', tenant: welsh.slug, ids: 'missing', target: 'cy' })

  it('refuses anonymous callers, councillors, another tenant\'s editors, and editors for the national toolkit', async () => {
    expect((await exportFile(query())).status).toBe(401)
    expect((await exportFile(query(), tokens.councillor)).status).toBe(403)
    expect((await exportFile(query(), tokens.otherEditor)).status).toBe(403)
    expect((await exportFile({ ...query(), tenant: baseline.slug }, tokens.editor)).status).toBe(403)
    expect((await importFile('<xliff/>')).status).toBe(401)
    expect((await exportFile({ ...query(), ids: String(otherPageId) }, tokens.editor)).status).toBe(404)
  })

  it('answers malformed parameters with 400 naming the parameter', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ ...query(), collection: 'users' }, 'collection'],
      [{ ...query(), tenant: 'Not A Slug!' }, 'tenant'],
      [{ ...query(), ids: '1,,2' }, 'ids'],
      [{ ...query(), ids: 'all' }, 'ids'],
      [{ ...query(), target: 'en' }, 'target'],
      [{ ...query(), target: 'fr' }, 'target'],
      [{ collection: 'pages', tenant: welsh.slug, target: 'cy' }, 'ids'],
      [{ ...query(), target: 'gd' }, 'target'],
    ]
    for (const [params, field] of cases) {
      const response = await exportFile(params, tokens.editor)
      expect(response.status, JSON.stringify(params)).toBe(400)
      expect(JSON.stringify(response.json.errors)).toContain(`"field":"${field}"`)
    }
    expect((await exportFile({ ...query(), tenant: `no-such-${suffix}` }, tokens.editor)).status).toBe(404)
  })
})

describe('export, translate, import', () => {
  let exported: XliffDocument

  it('exports everything missing in Welsh as XLIFF 2.0, one <file> per page', async () => {
    // A pending English draft: the import must not publish it.
    await payload.update({ collection: 'pages', id: pageId, locale: 'en', draft: true, overrideAccess: true, data: { summary: 'What to do first (draft).' } })
    const response = await exportFile({ collection: 'pages', tenant: welsh.slug, ids: 'missing', target: 'cy' }, tokens.editor)
    expect(response.status).toBe(200)
    const read = readXliff(xmlOf(response))
    expect(read.problems).toEqual([])
    exported = read.doc
    expect(exported.trgLang).toBe('cy')
    expect(exported.files.map((file) => file.meta.id)).toEqual([String(pageId)])
    const ids = exported.files[0]?.units.map((unit) => unit.id) ?? []
    expect(ids).toContain('title')
    expect(ids.filter((id) => id.includes('.body.'))).toHaveLength(3)
    expect(xmlOf(response)).toContain('canDelete="no"')
  })

  it('exports a file the OASIS XLIFF 2.0 schema accepts (xmllint)', async () => {
    const response = await exportFile({ collection: 'pages', tenant: welsh.slug, ids: String(pageId), target: 'cy' }, tokens.editor)
    expect(response.status).toBe(200)
    validateXliff(xmlOf(response))
  })

  it('lets a platform admin export the national toolkit', async () => {
    const response = await exportFile({ collection: 'pages', tenant: baseline.slug, ids: 'missing', target: 'cy' }, tokens.admin)
    expect([200, 204]).toContain(response.status)
  })

  it('imports the translated file as a Welsh draft, marked reviewed by the translator, publishing nothing', async () => {
    const response = await importFile(writeXliff(translateAll(exported)), tokens.editor, 'Siân Cyfieithydd')
    expect(response.status).toBe(200)
    expect(response.json.failed).toEqual([])
    expect(response.json.imported).toBe(exported.files[0]?.units.length)

    const draft = await payload.findByID({ collection: 'pages', id: pageId, locale: 'cy', fallbackLocale: false, draft: true, depth: 0, overrideAccess: true })
    expect(draft.title).toBe('CY:When abuse happens')
    expect(draft.translationStatus).toBe('reviewed')
    expect(draft.translationReview?.reviewedBy).toBe('Siân Cyfieithydd')
    const published = await payload.findByID({ collection: 'pages', id: pageId, locale: 'cy', fallbackLocale: false, depth: 0, overrideAccess: true })
    expect(published.title ?? null).toBeNull()
    const publishedEnglish = await payload.findByID({ collection: 'pages', id: pageId, locale: 'en', depth: 0, overrideAccess: true })
    expect(publishedEnglish.summary).toBe('What to do first.')
  })

  it('once published, the Welsh page reads the new text with the tenant value filled in', async () => {
    await payload.update({ collection: 'pages', id: pageId, locale: 'cy', overrideAccess: true, data: { _status: 'published' } })
    const site = await resolveSite({ tenant: welsh.slug, locale: 'cy' })
    expect(site).not.toBeNull()
    const page = (await readToolkit({ tenant: site!.tenant, locale: 'cy' })).find((entry) => entry.slug === `xliff-${suffix}`)
    const context = { headingLevel: 2, values: { tenantName: site!.tenant.name, policeForce: null, contacts: {}, fallbacks: {}, preview: false, notSetLabel: '' }, labels: { step: 'Cam', calloutVariant: {}, platformNames: {} } } as unknown as BlockContext
    const html = renderToStaticMarkup(createElement(RenderBlocks, { layout: page?.layout ?? [], context }))
    expect(html).toContain('CY:the guidance')
    expect(html).toContain(welsh.name)
    expect(html).toContain('href="https://www.gov.uk/guidance"')
    expect(html).toContain('CY:Keep screenshots')
    expect(html).not.toMatch(/(?<!CY:)Keep screenshots/)
  })

  it('becomes out of date by itself when the English changes, and says what changed', async () => {
    const before = await exportFile({ collection: 'pages', tenant: welsh.slug, ids: 'missing', target: 'cy' }, tokens.editor)
    expect(before.status).toBe(204)
    await payload.update({ collection: 'pages', id: pageId, locale: 'en', draft: true, overrideAccess: true, data: { title: 'When online abuse happens' } })
    const after = await exportFile({ collection: 'pages', tenant: welsh.slug, ids: 'missing', target: 'cy' }, tokens.editor)
    expect(after.status).toBe(200)
    expect(readXliff(xmlOf(after)).doc.files[0]?.meta.state).toBe('outdated')
    const cy = await payload.findByID({ collection: 'pages', id: pageId, locale: 'cy', fallbackLocale: false, draft: true, depth: 0, overrideAccess: true })
    const en = await payload.findByID({ collection: 'pages', id: pageId, locale: 'en', draft: true, depth: 0, overrideAccess: true })
    const changes = englishChangesSinceReview(cy.translationReview, translatableText(payload.collections.pages.config.fields, en, { skip: ['translationReview'] }))
    expect(changes?.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['online'])
  })
})

describe('marking a language reviewed in the admin', () => {
  it('records the English it was reviewed against, so a later English edit makes it out of date', async () => {
    const page = await payload.create({
      collection: 'pages',
      locale: 'en',
      overrideAccess: true,
      data: { tenant: welsh.id, title: 'Reviewed by hand', slug: `xliff-hand-${suffix}`, section: 'local', _status: 'published' } as never,
    })
    try {
      const saved = await rest('PATCH', `pages/${page.id}`, { token: tokens.editor, query: { locale: 'cy', draft: 'true' }, body: { title: 'Adolygwyd â llaw', translationStatus: 'reviewed' } })
      expect(saved.status).toBe(200)
      const cy = await payload.findByID({ collection: 'pages', id: page.id, locale: 'cy', fallbackLocale: false, draft: true, depth: 0, overrideAccess: true })
      expect(cy.translationReview?.sourceText).toBe('Reviewed by hand')
      expect(cy.translationReview?.reviewedBy).toBe(`translations-editor-${suffix}@example.org`)
    } finally {
      await payload.delete({ collection: 'pages', id: page.id, overrideAccess: true })
    }
  })
})

describe('bad files', () => {
  it('refuses a billion-laughs file and an XXE file with 400, quickly', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 12 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i || ''};`.repeat(10)}">`).join('')}]><xliff>&a12;</xliff>`
    const started = Date.now()
    const response = await importFile(laughs, tokens.editor)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toMatch(/DOCTYPE/)
    expect(Date.now() - started).toBeLessThan(10_000)
    const xxe = await importFile('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff>&e;</xliff>', tokens.editor)
    expect(xxe.status).toBe(400)
  })

  it('refuses files that are not XLIFF 2.0, too large, or not a file at all', async () => {
    expect((await importFile('<html/>', tokens.editor)).status).toBe(400)
    expect((await importFile('not xml at all', tokens.editor)).status).toBe(400)
    expect((await importFile(`<a>${'x'.repeat(10 * 1024 * 1024)}</a>`, tokens.editor)).status).toBe(413)
    expect((await rest('POST', 'translations/import', { token: tokens.editor, body: { file: 'x' } })).status).toBe(400)
  })

  it('refuses another tenant\'s file, and reports units for another tenant\'s page, broken codes and changed English', async () => {
    const response = await exportFile({ collection: 'pages', tenant: welsh.slug, ids: String(pageId), target: 'cy' }, tokens.editor)
    const doc = translateAll(readXliff(xmlOf(response)).doc)
    expect((await importFile(writeXliff(doc), tokens.otherEditor)).status).toBe(403)

    const file = doc.files[0]!
    const broken: XliffDocument = {
      ...doc,
      files: [
        {
          ...file,
          units: file.units.map((unit) =>
            unit.id.endsWith('.body.0') ? { ...unit, target: (unit.target ?? []).filter((part) => typeof part === 'string' || part.kind !== 'ph') } : unit.id === 'summary' ? { ...unit, source: ['Something else.'] } : unit,
          ),
        },
        { ...file, id: 'pages-other', meta: { ...file.meta, id: String(otherPageId) } },
      ],
    }
    const before = await payload.findByID({ collection: 'pages', id: otherPageId, locale: 'cy', fallbackLocale: false, draft: true, depth: 0, overrideAccess: true })
    const result = await importFile(writeXliff(broken), tokens.editor)
    expect(result.status).toBe(200)
    const failed = result.json.failed as Array<{ unit: string; document: string; reason: string }>
    expect(failed.find((f) => f.unit.endsWith('.body.0'))?.reason).toMatch(/placeholder .*missing/)
    expect(failed.find((f) => f.unit === 'summary')?.reason).toMatch(/English changed since the export/)
    expect(failed.filter((f) => f.document === `pages/${otherPageId}`).length).toBe(file.units.length)
    expect(failed.find((f) => f.document === `pages/${otherPageId}`)?.reason).toMatch(/has no page/)
    const after = await payload.findByID({ collection: 'pages', id: otherPageId, locale: 'cy', fallbackLocale: false, draft: true, depth: 0, overrideAccess: true })
    expect(after.title).toBe(before.title)
    // The page's other texts went in, but it is not reviewed: not every text came back.
    const cy = await payload.findByID({ collection: 'pages', id: pageId, locale: 'cy', fallbackLocale: false, draft: true, depth: 0, overrideAccess: true })
    expect(cy.translationStatus).toBe('drafted')
  })
})
