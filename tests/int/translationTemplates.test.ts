import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { translationDashboard } from '@/endpoints/translations/dashboard'
import { reviewData } from '@/endpoints/translations/review'
import { findTenant, type TenantRecord } from '@/endpoints/translations/translations'
import type { EngagementTemplate, Tenant } from '@/payload-types'

import { EngagementFixtures } from '../helpers/engagementFixtures'
import { testPayload } from '../helpers/payload'
import { editXml, elementsNamed, exportFile, importFile, translateWithDom, validateXliff, xmlOf, XLIFF_NAMESPACE } from '../helpers/translationFiles'

/**
 * Engagement templates in the translation files (issue #15): every text of a rules-of-engagement
 * template out as XLIFF (bio variables and tenant values as placeholders), translated as a CAT
 * tool would (through an XML DOM), back in as the Welsh draft, reviewed against the English it was
 * translated from, and out of date once that English changes.
 */

let payload: Payload
let fixtures: EngagementFixtures
let welsh: Tenant
let other: Tenant
let template: EngagementTemplate
let otherTemplate: EngagementTemplate
let nationalPageId: number
const tokens: Record<'editor' | 'otherEditor', string> = { editor: '', otherEditor: '' }
let editor: TypedUser
const password = 'template-translator-123456'

async function login(key: keyof typeof tokens, tenant: Tenant) {
  const email = `template-xliff-${key}-${fixtures.suffix}@example.org`
  const created = await payload.create({ collection: 'users', overrideAccess: true, data: { email, password, tenants: [{ tenant: tenant.id, roles: ['editor'] }] } })
  tokens[key] = (await payload.login({ collection: 'users', data: { email, password } })).token ?? ''
  return { ...created, collection: 'users' } as TypedUser
}

const english = {
  title: 'How I use social media',
  intro: 'How councillors of {{tenant.name}} answer online.',
  rules: [{ text: 'I reply within five working days.' }, { text: 'I do not discuss casework in public.' }, { text: 'I block abusive accounts.' }],
  expectations: { readingTimes: 'I read messages on {days}.', replies: 'Questions about the ward get a reply.', casework: 'Send casework to {email}.' },
  bioTemplates: [{ template: '{name}, {role} for the ward. Casework: {email}' }, { template: '{name}, {role}' }],
}

/** The translator's memory: every English text node of the file, in Welsh. */
const memory: Record<string, string> = {
  'How I use social media': 'Sut rwy’n defnyddio’r cyfryngau cymdeithasol',
  'How councillors of ': 'Sut mae cynghorwyr ',
  ' answer online.': ' yn ateb ar-lein.',
  'I reply within five working days.': 'Rwy’n ateb o fewn pum diwrnod gwaith.',
  'I do not discuss casework in public.': 'Nid wyf yn trafod gwaith achos yn gyhoeddus.',
  'I block abusive accounts.': 'Rwy’n blocio cyfrifon sarhaus.',
  'I read messages on ': 'Rwy’n darllen negeseuon ar ',
  '.': '.',
  'Questions about the ward get a reply.': 'Mae cwestiynau am y ward yn cael ateb.',
  'Send casework to ': 'Anfonwch waith achos at ',
  ', ': ', ',
  ' for the ward. Casework: ': ' dros y ward. Gwaith achos: ',
}

const toWelsh = (text: string) => {
  const welsh = memory[text]
  if (welsh === undefined) throw new Error(`No translation in memory for "${text}"`)
  return welsh
}

const tenantRecord = async (tenant: Tenant): Promise<TenantRecord> => (await findTenant(payload, tenant.slug))!

const exportTemplates = (ids: string, token = tokens.editor, tenant = welsh) => exportFile({ collection: 'engagement-templates', tenant: tenant.slug, ids, target: 'cy' }, token)

const welshDraft = async () =>
  payload.findByID({ collection: 'engagement-templates', id: template.id, locale: 'cy', fallbackLocale: false, draft: true, depth: 0, overrideAccess: true })

beforeAll(async () => {
  payload = await testPayload()
  fixtures = new EngagementFixtures(payload)
  const baseline = await fixtures.baseline()
  welsh = await fixtures.tenant('Cyngor Templedi')
  other = await fixtures.tenant('Cyngor Arall')
  template = await payload.create({ collection: 'engagement-templates', locale: 'en', overrideAccess: true, data: { tenant: welsh.id, audience: 'councillor', _status: 'published', ...english } })
  // An older Welsh with one rule fewer than today's English: the import follows the English rows.
  await payload.update({
    collection: 'engagement-templates',
    id: template.id,
    locale: 'cy',
    overrideAccess: true,
    data: { title: 'Hen deitl', intro: 'Hen gyflwyniad.', rules: [{ text: 'Hen reol un.' }, { text: 'Hen reol dau.' }], bioTemplates: [{ template: '{name}' }], translationReview: 'awaiting-review' },
  })
  otherTemplate = await payload.create({ collection: 'engagement-templates', locale: 'en', overrideAccess: true, data: { tenant: other.id, audience: 'councillor', _status: 'published', ...english } })
  nationalPageId = (
    // A draft first, published with its Welsh below: the national baseline may have Welsh parity on
    // (the int files share one database, and with it one baseline), and then no page publishes
    // without its Welsh title.
    await payload.create({
      collection: 'pages',
      locale: 'en',
      overrideAccess: true,
      draft: true,
      data: { tenant: baseline.id, title: `National page ${fixtures.suffix}`, summary: 'National text.', slug: `national-xliff-${fixtures.suffix}`, section: 'local', _status: 'draft' } as never,
    })
  ).id
  await payload.update({ collection: 'pages', id: nationalPageId, locale: 'cy', overrideAccess: true, data: { title: 'Tudalen genedlaethol', summary: 'Testun cenedlaethol.', translationStatus: 'drafted', _status: 'published' } })
  editor = await login('editor', welsh)
  await login('otherEditor', other)
})

afterAll(async () => {
  await payload.delete({ collection: 'pages', id: nationalPageId, overrideAccess: true })
  await payload.delete({ collection: 'users', where: { email: { like: `-${fixtures.suffix}@example.org` } }, overrideAccess: true })
  await fixtures.cleanUp()
})

describe('engagement templates in XLIFF', () => {
  let exported = ''

  it('exports every text of the template, bio variables and tenant values as placeholders, in a file the schema accepts', async () => {
    const response = await exportTemplates('missing')
    expect(response.status).toBe(200)
    exported = xmlOf(response)
    validateXliff(exported)
    expect(exported).toContain(`<file id="engagement-templates-${template.id}" original="engagement-templates/${template.id}"`)
    expect(exported).not.toContain(`engagement-templates-${otherTemplate.id}`)
    for (const unit of ['title', 'intro', 'rules.0.text', 'rules.2.text', 'expectations.readingTimes', 'expectations.casework', 'bioTemplates.0.template', 'bioTemplates.1.template']) {
      expect(exported).toContain(`<unit id="${unit}"`)
    }
    expect(exported).toMatch(/<ph id="1" type="other" subType="portal:variable" dataRef="d1" disp="\{\{tenant\.name\}\}" equiv="\{\{tenant\.name\}\}" canCopy="no" canDelete="no"\/>/)
    expect(exported).toMatch(/<ph id="2" type="other" subType="portal:variable" dataRef="d2" disp="\{role\}"[^>]*canDelete="no"\/>/)
  })

  it('imports the Welsh a CAT tool wrote as a reviewed draft, rows following the English, variables intact', async () => {
    const translated = translateWithDom(exported, toWelsh)
    const response = await importFile(translated, tokens.editor, 'Siân Cyfieithydd')
    expect(response.status).toBe(200)
    expect(response.json.failed).toEqual([])
    expect(response.json.documents).toEqual([{ collection: 'engagement-templates', id: template.id, imported: 10, status: 'reviewed' }])

    const welshNow = await welshDraft()
    expect(welshNow.title).toBe('Sut rwy’n defnyddio’r cyfryngau cymdeithasol')
    expect(welshNow.intro).toBe('Sut mae cynghorwyr {{tenant.name}} yn ateb ar-lein.')
    expect(welshNow.rules?.map((rule) => rule.text)).toEqual(['Rwy’n ateb o fewn pum diwrnod gwaith.', 'Nid wyf yn trafod gwaith achos yn gyhoeddus.', 'Rwy’n blocio cyfrifon sarhaus.'])
    expect(welshNow.bioTemplates?.map((row) => row.template)).toEqual(['{name}, {role} dros y ward. Gwaith achos: {email}', '{name}, {role}'])
    expect(welshNow.expectations?.readingTimes).toBe('Rwy’n darllen negeseuon ar {days}.')
    expect(welshNow.translationReview).toBe('reviewed')
    expect(welshNow.translationRecord?.reviewedBy).toBe('Siân Cyfieithydd')
    // Written as a draft: the published Welsh is still the old one until an editor publishes.
    const published = await payload.findByID({ collection: 'engagement-templates', id: template.id, locale: 'cy', fallbackLocale: false, depth: 0, overrideAccess: true })
    expect(published.title).toBe('Hen deitl')

    const dashboard = await translationDashboard(payload, editor, await tenantRecord(welsh))
    if ('status' in dashboard) throw new Error(dashboard.message)
    expect(dashboard.rows.find((row) => row.collection === 'engagement-templates' && row.id === template.id)).toMatchObject({ states: { cy: 'reviewed' }, inherited: false })
  })

  it('reports a unit whose placeholder the translator deleted by its id and text, and takes the rest', async () => {
    const response = await exportTemplates(String(template.id))
    expect(response.status).toBe(200)
    const broken = translateWithDom(xmlOf(response), toWelsh, (unit, target) => {
      if (unit !== 'bioTemplates.0.template') return
      // The translator deletes {email} (the third placeholder) and retypes the sentence around it.
      const placeholders = elementsNamed(target, XLIFF_NAMESPACE, 'ph')
      placeholders.at(-1)?.remove()
    })
    const result = await importFile(broken, tokens.editor)
    expect(result.status).toBe(200)
    expect(result.json.failed).toEqual([
      expect.objectContaining({ unit: 'bioTemplates.0.template', document: `engagement-templates/${template.id}`, text: expect.stringContaining('for the ward'), reason: expect.stringContaining('Placeholders or inline codes were broken') }),
    ])
    expect(result.json.imported).toBe(9)
    expect((await welshDraft()).bioTemplates?.[0]?.template).toBe('{name}, {role} dros y ward. Gwaith achos: {email}')
    // Not every text came in: the Welsh is a draft awaiting review until a whole file does.
    expect((await welshDraft()).translationReview).toBe('awaiting-review')
    const whole = await importFile(translateWithDom(xmlOf(response), toWelsh), tokens.editor, 'Siân Cyfieithydd')
    expect(whole.json.documents).toEqual([{ collection: 'engagement-templates', id: template.id, imported: 10, status: 'reviewed' }])
  })

  it('refuses another tenant\'s template: in the export, in an import naming it, and to another tenant\'s editor', async () => {
    const foreign = await exportTemplates(String(otherTemplate.id))
    expect(foreign.status).toBe(404)
    expect(foreign.json.errors).toEqual([expect.objectContaining({ field: 'ids' })])
    expect((await exportTemplates('missing', tokens.otherEditor)).status).toBe(403)

    // A file of this tenant whose document is edited to name the other tenant's template.
    const mine = xmlOf(await exportTemplates(String(template.id)))
    const renamed = editXml(mine, (doc) => {
      for (const meta of elementsNamed(doc, 'urn:oasis:names:tc:xliff:metadata:2.0', 'meta')) if (meta.getAttribute('type') === 'id') meta.textContent = String(otherTemplate.id)
    })
    expect(renamed).toContain(`<mda:meta type="id">${otherTemplate.id}</mda:meta>`)
    const result = await importFile(translateWithDom(renamed, toWelsh), tokens.editor)
    expect(result.status).toBe(200)
    expect(result.json.imported).toBe(0)
    expect(result.json.failed).toContainEqual(expect.objectContaining({ unit: 'title', reason: `${welsh.name} has no template ${otherTemplate.id}.` }))
    const untouched = await payload.findByID({ collection: 'engagement-templates', id: otherTemplate.id, locale: 'cy', fallbackLocale: false, draft: true, depth: 0, overrideAccess: true })
    expect(untouched.title ?? null).toBeNull()
  })

  it('is out of date once the English changes, shows what changed, and refuses the old file\'s changed unit', async () => {
    const before = xmlOf(await exportTemplates(String(template.id)))
    await payload.update({ collection: 'engagement-templates', id: template.id, locale: 'en', overrideAccess: true, draft: true, data: { rules: [...english.rules.slice(0, 2), { text: 'I block and report abusive accounts.' }] } })

    const dashboard = await translationDashboard(payload, editor, await tenantRecord(welsh))
    if ('status' in dashboard) throw new Error(dashboard.message)
    expect(dashboard.rows.find((row) => row.collection === 'engagement-templates' && row.id === template.id)?.states.cy).toBe('outdated')
    expect(dashboard.languages[0]?.toTranslate['engagement-templates']).toBe(1)

    const review = await reviewData(payload, editor, 'engagement-templates', template.id, 'cy')
    if ('status' in review) throw new Error(review.message)
    expect(review.state).toBe('outdated')
    const changed = review.units.filter((unit) => unit.changed)
    expect(changed.map((unit) => unit.id)).toEqual(['rules.2.text'])
    expect(changed[0]?.changed?.parts?.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['and report'])

    const stale = await importFile(translateWithDom(before, toWelsh), tokens.editor)
    expect(stale.status).toBe(200)
    expect(stale.json.failed).toEqual([expect.objectContaining({ unit: 'rules.2.text', reason: expect.stringContaining('The English changed since the export') })])
  })

  it('shows a council the national pages it inherits with the national status, read-only', async () => {
    const dashboard = await translationDashboard(payload, editor, await tenantRecord(welsh))
    if ('status' in dashboard) throw new Error(dashboard.message)
    const national = dashboard.rows.find((row) => row.collection === 'pages' && row.id === nationalPageId)
    expect(national).toMatchObject({ inherited: true, states: { cy: 'drafted' } })
    // Inherited documents are the national team's to translate: not in the council's counts.
    expect(dashboard.languages[0]?.toTranslate.pages).toBe(0)
    expect((await exportFile({ collection: 'pages', tenant: welsh.slug, ids: String(nationalPageId), target: 'cy' }, tokens.editor)).status).toBe(404)
  })
})
