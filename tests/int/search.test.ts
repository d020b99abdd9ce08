import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TenantValueContext } from '@/blocks/TenantValue/Component'
import { contactKinds, type ContactKind } from '@/collections/Contacts/kindOptions'
import { searchSite, type SearchResults } from '@/data/search'
import type { Site } from '@/data/site'
import type { Locale } from '@/i18n/locales'
import { MAX_RESULTS } from '@/lib/search/query'
import en from '@/messages/en.json'
import type { Page, Tenant, User } from '@/payload-types'
import { toLexical } from '@/seed/toolkit/toLexical'

import { createMember, ensureSeeded } from '../helpers/contacts'
import { siteFor, testPayload, uniqueSuffix } from '../helpers/payload'

/*
 * Site search (src/data/search.ts) against the seeded national toolkit on a real PostgreSQL:
 * relevance per language, what each tenant may find, bad input, and the index following publish.
 */

let payload: Payload
let welsh: Tenant
let other: Tenant
let irish: Tenant
let member: User
const suffix = uniqueSuffix()
const created: number[] = []

/** The tenant values as the site passes them (blockContextFor), without next-intl's request scope. */
function valuesFor(site: Site): TenantValueContext {
  const fallbacks = Object.fromEntries(contactKinds.map((kind) => [kind, en.TenantValue[kind]])) as Record<ContactKind, string>
  return { tenantName: site.tenant.name, policeForce: null, contacts: {}, fallbacks: { ...fallbacks, 'police-force': en.TenantValue['police-force'] }, preview: false, notSetLabel: 'not set' }
}

async function search(tenant: Tenant, locale: Locale, query: unknown, members?: User): Promise<SearchResults> {
  const site = await siteFor(tenant.slug, locale)
  return searchSite(site, query, { values: valuesFor(site), members })
}

const slugsOf = (results: SearchResults) => results.hits.map((hit) => hit.href.split('/').pop())

/** A published page; `welsh` adds a Welsh title first (the baseline has Welsh parity). */
async function createPage(tenant: Tenant, data: Partial<Page> & { slug: string; title: string }, text: string, welshTitle?: string): Promise<Page> {
  const layout = [{ blockType: 'richText' as const, body: toLexical([{ p: text }]) as never }]
  const draft = await payload.create({ collection: 'pages', locale: 'en', overrideAccess: true, draft: true, data: { tenant: tenant.id, section: 'local', layout, _status: 'draft', ...data } })
  created.push(draft.id)
  if (welshTitle) await payload.update({ collection: 'pages', id: draft.id, locale: 'cy', draft: true, overrideAccess: true, data: { title: welshTitle } })
  return payload.update({ collection: 'pages', id: draft.id, locale: 'en', overrideAccess: true, data: { _status: 'published' } })
}

const nationalId = async (slug: string) => {
  const found = await payload.find({ collection: 'pages', where: { and: [{ slug: { equals: slug } }, { 'tenant.kind': { equals: 'baseline' } }] }, overrideAccess: true, depth: 0 })
  const page = found.docs[0]
  if (!page) throw new Error(`no national page ${slug}`)
  return page.id
}

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  const make = (slug: string, name: string, nation: Tenant['nation'], locales: Locale[]) =>
    payload.create({ collection: 'tenants', overrideAccess: true, locale: 'en', data: { name, slug, kind: 'council', nation, locales, defaultLocale: 'en', welshParity: false } })
  welsh = await make(`search-cy-${suffix}`, `Cyngor Zyxwvut ${suffix}`, 'wales', ['en', 'cy'])
  other = await make(`search-other-${suffix}`, `Other council ${suffix}`, 'england', ['en'])
  irish = await make(`search-ga-${suffix}`, `Comhairle ${suffix}`, 'northern-ireland', ['en', 'ga'])
  member = await createMember(payload, `search-member-${suffix}@example.org`, [{ tenant: welsh.id, roles: ['councillor'] }])
}, 120_000)

afterAll(async () => {
  for (const id of created.reverse()) await payload.delete({ collection: 'pages', id, overrideAccess: true }).catch(() => undefined)
  await payload.delete({ collection: 'users', id: member.id, overrideAccess: true })
  for (const tenant of [welsh, other, irish]) {
    await payload.update({ collection: 'tenants', id: tenant.id, overrideAccess: true, data: { active: false } })
    await payload.delete({ collection: 'tenants', id: tenant.id, overrideAccess: true })
  }
})

/** Query → the page a reader is after. Top three for at least 90%. */
const english: [string, string][] = [
  ['doxxing', 'protecting-your-address'],
  ['home address', 'protecting-your-address'],
  ['address on the ballot paper', 'protecting-your-address'],
  ['adress', 'protecting-your-address'],
  ['in danger call 999', 'abuse-happening-now'],
  ['threatened right now', 'abuse-happening-now'],
  ['abuse happening now', 'abuse-happening-now'],
  ['screenshots', 'documenting-abuse'],
  ['keeping a record', 'documenting-abuse'],
  ['two-factor authentication', 'secure-accounts'],
  ['password', 'secure-accounts'],
  ['pasword', 'secure-accounts'],
  ['phishing', 'secure-accounts'],
  ['hacked', 'secure-accounts'],
  ['escalation', 'reporting-and-escalation'],
  ['who to tell', 'reporting-and-escalation'],
  ['Online Safety Act', 'the-law'],
  ['criminal law', 'the-law'],
  ['canvassing', 'canvassing-and-in-person-safety'],
  ['doorstep', 'canvassing-and-in-person-safety'],
  ['wellbeing', 'wellbeing'],
  ['looking after yourself', 'wellbeing'],
  ['colleague being abused', 'supporting-colleagues'],
  ['rules of engagement', 'rules-of-engagement-advice'],
  ['social media limits', 'before-you-start'],
]

const welshQueries: [string, string][] = [
  ['cyfeiriad cartref', 'protecting-your-address'],
  ['cyfeiriad', 'protecting-your-address'],
  ['gyfeiriad', 'protecting-your-address'],
  ['papur pleidleisio', 'protecting-your-address'],
  ['doxxing', 'protecting-your-address'],
  ['perygl', 'abuse-happening-now'],
  ['cam-drin yn digwydd nawr', 'abuse-happening-now'],
  ['ffoniwch 999', 'abuse-happening-now'],
  ['cadw cofnod', 'documenting-abuse'],
  ['sgrinluniau', 'documenting-abuse'],
  ['cyfrinair', 'secure-accounts'],
  ['cyfrifon', 'secure-accounts'],
  ['gwe-rwydo', 'secure-accounts'],
  ['uwchgyfeirio', 'reporting-and-escalation'],
  ['riportio', 'reporting-and-escalation'],
  ['y gyfraith', 'the-law'],
  ['cyfreithiau troseddol', 'the-law'],
  ['canfasio', 'canvassing-and-in-person-safety'],
  ['carreg y drws', 'canvassing-and-in-person-safety'],
  ['llesiant', 'wellbeing'],
  ['gofalu amdanoch', 'wellbeing'],
  ['cydweithwyr', 'supporting-colleagues'],
  ['rheolau ymgysylltu', 'rules-of-engagement-advice'],
  ['cyfryngau cymdeithasol', 'before-you-start'],
  ['cyfrinar', 'secure-accounts'],
]

describe('search relevance', () => {
  for (const [label, locale, table] of [
    ['English', 'en', english],
    ['Welsh', 'cy', welshQueries],
  ] as const) {
    it(`${label}: the expected page is in the top three for at least 90% of ${table.length} queries`, async () => {
      const misses: string[] = []
      for (const [query, expected] of table) {
        const top = slugsOf(await search(welsh, locale, query)).slice(0, 3)
        if (!top.includes(expected)) misses.push(`${query} → ${top.join(', ') || 'nothing'} (wanted ${expected})`)
      }
      console.info(`${label}: ${table.length - misses.length} of ${table.length} in the top three${misses.length ? `; missed:\n${misses.join('\n')}` : ''}`)
      expect(table.length).toBeGreaterThanOrEqual(20)
      expect(misses.length / table.length, misses.join('\n')).toBeLessThanOrEqual(0.1)
    })
  }

  it('Gaelic and Irish find the emergency page, the one page translated into them', async () => {
    const party = (await payload.find({ collection: 'tenants', where: { slug: { equals: 'example-party' } }, overrideAccess: true })).docs[0]
    if (!party) throw new Error('example-party is not seeded')
    expect(slugsOf(await search(party, 'gd', 'cunnart')).slice(0, 3)).toContain('abuse-happening-now')
    expect(slugsOf(await search(party, 'gd', 'droch-dhìol')).slice(0, 3)).toContain('abuse-happening-now')
    expect(slugsOf(await search(irish, 'ga', 'baol')).slice(0, 3)).toContain('abuse-happening-now')
    expect(slugsOf(await search(irish, 'ga', 'mí-úsáid')).slice(0, 3)).toContain('abuse-happening-now')
  })

  it('Welsh mutations match both ways: cyngor, gyngor and nghyngor find the same pages', async () => {
    const [radical, soft, nasal] = await Promise.all(['cyngor', 'gyngor', 'nghyngor'].map(async (word) => slugsOf(await search(welsh, 'cy', word)).sort()))
    expect(radical?.length).toBeGreaterThan(0)
    expect(soft).toEqual(radical)
    expect(nasal).toEqual(radical)
  })

  it('passages show the tenant’s values, with the matched words marked', async () => {
    const results = await search(welsh, 'en', 'elections team')
    const hit = results.hits.find((candidate) => candidate.href.endsWith('/protecting-your-address'))
    const passage = hit?.passage.map((part) => part.text).join('') ?? ''
    expect(passage).toContain(welsh.name)
    expect(hit?.passage.some((part) => part.match && /election/i.test(part.text))).toBe(true)
    // And the tenant's name is itself findable where the text names it.
    expect(slugsOf(await search(welsh, 'en', 'zyxwvut'))).toContain('protecting-your-address')
    expect(slugsOf(await search(other, 'en', 'zyxwvut'))).toEqual([])
  })
})

describe('search sees what the tenant’s readers see', () => {
  it('another tenant’s tailored page never appears; the tenant’s own replaces the national one', async () => {
    const address = await nationalId('protecting-your-address')
    await createPage(other, { slug: 'protecting-your-address', title: `Quokkaquest address ${suffix}`, tailors: address }, 'Quokkaquest tailored advice.')
    expect(slugsOf(await search(other, 'en', 'quokkaquest'))).toEqual(['protecting-your-address'])
    expect((await search(welsh, 'en', 'quokkaquest')).hits).toEqual([])
    // The national page no longer shows for the tenant that replaced it: one hit, its own.
    const hits = (await search(other, 'en', 'home address')).hits.filter((hit) => hit.href.endsWith('/protecting-your-address'))
    expect(hits.map((hit) => hit.title)).toEqual([`Quokkaquest address ${suffix}`])
  })

  it('a hidden national page never appears', async () => {
    const wellbeing = await nationalId('wellbeing')
    await createPage(other, { slug: 'wellbeing', title: 'Hidden', tailors: wellbeing, hideBaseline: true }, 'Hidden.')
    expect(slugsOf(await search(other, 'en', 'wellbeing'))).not.toContain('wellbeing')
    expect(slugsOf(await search(welsh, 'en', 'wellbeing'))).toContain('wellbeing')
  })

  it('members-only pages only in the members’ search, where national pages are found too', async () => {
    await createPage(welsh, { slug: `members-${suffix}`, title: `Wombatwatch ${suffix}`, audience: 'members' }, 'Wombatwatch support line for members.')
    expect((await search(welsh, 'en', 'wombatwatch')).hits).toEqual([])
    const membersResults = await search(welsh, 'en', 'wombatwatch', member)
    expect(membersResults.hits.map((hit) => [hit.href.split('/').slice(-2).join('/'), hit.membersOnly])).toEqual([[`members/members-${suffix}`, true]])
    expect(slugsOf(await search(welsh, 'en', 'home address', member))).toContain('protecting-your-address')
    // A member of another tenant gets the public results only.
    expect((await search(other, 'en', 'wombatwatch', member)).hits).toEqual([])
  })

  it('a publish is findable at once, an unpublish and a delete remove it; a national publish reaches every tenant', async () => {
    const word = `platypusplan${suffix.replace(/\W/g, '')}`
    const started = performance.now()
    const page = await createPage(welsh, { slug: `local-${suffix}`, title: `Local ${suffix}` }, `The ${word} for local councillors.`)
    expect(slugsOf(await search(welsh, 'en', word))).toEqual([`local-${suffix}`])
    console.info(`publish to findable: ${(performance.now() - started).toFixed(0)} ms (save and search, one process)`)
    await payload.update({ collection: 'pages', id: page.id, overrideAccess: true, data: { _status: 'draft' } })
    expect((await search(welsh, 'en', word)).hits).toEqual([])
    await payload.update({ collection: 'pages', id: page.id, overrideAccess: true, data: { _status: 'published' } })
    expect((await search(welsh, 'en', word)).hits).toHaveLength(1)
    // A draft saved over the published page leaves the published text findable.
    await payload.update({ collection: 'pages', id: page.id, overrideAccess: true, draft: true, data: { title: 'Draft title' } })
    expect((await search(welsh, 'en', word)).hits.map((hit) => hit.title)).toEqual([`Local ${suffix}`])
    await payload.delete({ collection: 'pages', id: page.id, overrideAccess: true })
    expect((await search(welsh, 'en', word)).hits).toEqual([])

    const baseline = (await payload.find({ collection: 'tenants', where: { kind: { equals: 'baseline' } }, overrideAccess: true })).docs[0]
    if (!baseline) throw new Error('no baseline')
    await createPage(baseline, { slug: `national-${suffix}`, title: `National ${suffix}`, section: '2' }, `The ${word}national for everyone.`, `Cenedlaethol ${suffix}`)
    for (const tenant of [welsh, other]) expect(slugsOf(await search(tenant, 'en', `${word}national`))).toEqual([`national-${suffix}`])
  })
})

describe('search takes any input', () => {
  const inputs: [string, unknown][] = [
    ['empty', ''],
    ['spaces', '   '],
    ['punctuation only', '!?.,;:-'],
    ['1,000 characters', 'address '.repeat(125)],
    ['tsquery operators', "home & address | !danger:* 'quoted' \"double\" (a <-> b)"],
    ['SQL', "'); DROP TABLE pages; --"],
    ['malformed percent-encoding, undecoded', '%E0%A4%A'],
    ['a backslash', '\\'],
    ['control characters', 'home\u0000\u0007address'],
    ['a repeated parameter', ['home', 'address']],
    ['missing', undefined],
    ['stop words only', 'the and of'],
    ['a number', '999'],
  ]
  for (const [label, input] of inputs) {
    it(`${label}: a normal answer, never more than ${MAX_RESULTS} results`, async () => {
      const results = await search(welsh, 'en', input)
      expect(results.hits.length).toBeLessThanOrEqual(MAX_RESULTS)
      expect(results.text.length).toBeLessThanOrEqual(200)
    })
  }

  it('operators are words, not operators: "home & address" finds what "home address" finds', async () => {
    expect(slugsOf(await search(welsh, 'en', 'home & !address:*'))).toEqual(slugsOf(await search(welsh, 'en', 'home address')))
  })
})

describe('search synonyms', () => {
  it('anyone reads them; only platform admins write them', async () => {
    const found = await payload.find({ collection: 'search-synonyms', where: { term: { equals: 'doxxing' } }, overrideAccess: false })
    expect(found.docs.length).toBeGreaterThan(0)
    const editor = await createMember(payload, `search-editor-${suffix}@example.org`, [{ tenant: welsh.id, roles: ['editor', 'tenant-admin'] }])
    try {
      await expect(
        payload.create({ collection: 'search-synonyms', overrideAccess: false, user: { ...editor, collection: 'users' }, data: { locale: 'en', term: 'x', expansion: 'y' } }),
      ).rejects.toThrow()
      await expect(payload.create({ collection: 'search-synonyms', overrideAccess: false, data: { locale: 'en', term: 'x', expansion: 'y' } })).rejects.toThrow()
    } finally {
      await payload.delete({ collection: 'users', id: editor.id, overrideAccess: true })
    }
  })

  it('a new synonym expands the next search', async () => {
    const before = slugsOf(await search(welsh, 'en', `kerfuffle${suffix.replace(/\W/g, '')}`))
    expect(before).toEqual([])
    const synonym = await payload.create({ collection: 'search-synonyms', overrideAccess: true, data: { locale: 'en', term: `kerfuffle${suffix.replace(/\W/g, '')}`, expansion: 'canvassing' } })
    try {
      expect(slugsOf(await search(welsh, 'en', `kerfuffle${suffix.replace(/\W/g, '')}`))[0]).toBe('canvassing-and-in-person-safety')
    } finally {
      await payload.delete({ collection: 'search-synonyms', id: synonym.id, overrideAccess: true })
    }
  })
})
