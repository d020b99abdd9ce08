import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { POST as graphqlPost } from '@/app/(payload)/api/graphql/route'
import { GET as restGet, POST as restPost } from '@/app/(payload)/api/[...slug]/route'
import { GET as oneVCard } from '@/app/(site)/[tenant]/[locale]/contacts/[contactId]/vcard/route'
import { GET as allVCards } from '@/app/(site)/[tenant]/[locale]/contacts/vcard/route'
import { getEffectiveContacts, getEmergencyRoute, readEffectiveContacts, readMembersOnlyContacts, type ContactGroup } from '@/data/contacts'
import { resolveSite } from '@/data/site'
import type { Contact, Tenant, User } from '@/payload-types'

import { authHeader, createMember, createTenant, ensureSeeded, fieldErrors } from '../helpers/contacts'
import { siteFor, testPayload, uniqueSuffix } from '../helpers/payload'

let payload: Payload
let wales: Tenant
let scotland: Tenant
let walesPolice: Contact
let walesMembersOnly: Contact
let scotlandOwn: Contact
let councillorWales: User
let councillorScotland: User
let editorWales: User
const suffix = uniqueSuffix()

function labelsOf(contacts: ContactGroup[], kind: string): string[] {
  return contacts.find((group) => group.kind === kind)?.contacts.map((contact) => contact.label) ?? []
}

function allIds(contacts: ContactGroup[]): number[] {
  return contacts.flatMap((group) => group.contacts.map((contact) => contact.id))
}

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  wales = await createTenant(payload, { slug: `wales-${suffix}`, nation: 'wales', locales: ['en', 'cy'] })
  scotland = await createTenant(payload, { slug: `scot-${suffix}`, nation: 'scotland', locales: ['en', 'gd'] })
  walesPolice = await payload.create({
    collection: 'contacts',
    overrideAccess: true,
    data: { tenant: wales.id, kind: 'police-non-emergency', label: 'Valleys Police (non-emergency)', organisation: 'Valleys Police', phone: '101', audience: 'public' },
  })
  walesMembersOnly = await payload.create({
    collection: 'contacts',
    overrideAccess: true,
    data: { tenant: wales.id, kind: 'member-support', label: 'Members-only support line', email: 'support@example.gov.uk', audience: 'members' },
  })
  scotlandOwn = await payload.create({
    collection: 'contacts',
    overrideAccess: true,
    data: { tenant: scotland.id, kind: 'monitoring-officer', label: 'Scottish Monitoring Officer', email: 'mo@example.gov.uk', audience: 'public' },
  })
  councillorWales = await createMember(payload, `cllr-wales-${suffix}@example.org`, [{ tenant: wales.id, roles: ['councillor'] }])
  councillorScotland = await createMember(payload, `cllr-scot-${suffix}@example.org`, [{ tenant: scotland.id, roles: ['councillor'] }])
  editorWales = await createMember(payload, `editor-wales-${suffix}@example.org`, [
    { tenant: wales.id, roles: ['editor'] },
    { tenant: scotland.id, roles: ['councillor'] },
  ])
})

describe('inheritance by nation', () => {
  it('gives a Scottish tenant Police Scotland 101 for hacked accounts, and not Report Fraud', async () => {
    const contacts = await readEffectiveContacts(payload, await siteFor(scotland.slug, 'en'))
    const fraud = contacts.find((group) => group.kind === 'fraud-hacked-accounts')?.contacts ?? []
    expect(fraud.map((contact) => [contact.organisation, contact.phone?.value])).toEqual([['Police Scotland', '101']])
    expect(JSON.stringify(contacts)).not.toContain('Report Fraud')
  })

  it('gives a Welsh tenant Report Fraud on 0300 123 2040', async () => {
    const contacts = await readEffectiveContacts(payload, await siteFor(wales.slug, 'en'))
    const fraud = contacts.find((group) => group.kind === 'fraud-hacked-accounts')?.contacts ?? []
    expect(fraud.map((contact) => [contact.label, contact.phone?.display, contact.phone?.uri])).toEqual([
      ['Report Fraud', '0300 123 2040', 'tel:+443001232040'],
    ])
    expect(labelsOf(contacts, 'wellbeing')).toEqual(['Samaritans'])
    expect(labelsOf(contacts, 'harmful-content')).toEqual(['Report Harmful Content'])
  })

  it("puts the tenant's own police contact in front of the national 101", async () => {
    const walesContacts = await readEffectiveContacts(payload, await siteFor(wales.slug, 'en'))
    expect(labelsOf(walesContacts, 'police-non-emergency')).toEqual(['Valleys Police (non-emergency)'])
    const scotlandContacts = await readEffectiveContacts(payload, await siteFor(scotland.slug, 'en'))
    const police = scotlandContacts.find((group) => group.kind === 'police-non-emergency')?.contacts ?? []
    expect(police.map((contact) => [contact.organisation, contact.source])).toEqual([['Police Scotland', 'national']])
  })

  it('reads localized text in the asked locale, falling back to English', async () => {
    const welsh = await readEffectiveContacts(payload, await siteFor(wales.slug, 'cy'))
    expect(labelsOf(welsh, 'wellbeing')).toEqual(['Samariaid'])
    expect(labelsOf(welsh, 'fraud-hacked-accounts')).toEqual(['Report Fraud'])
  })

  it('has no site for an unknown tenant, a locale the tenant does not offer, an unknown locale, the baseline or an inactive tenant', async () => {
    const inactive = await createTenant(payload, { slug: `off-${suffix}`, nation: 'england', active: false })
    for (const [tenant, locale] of [[`nope-${suffix}`, 'en'], [wales.slug, 'gd'], [wales.slug, 'xx'], ['national', 'en'], [inactive.slug, 'en']]) {
      expect(await resolveSite({ tenant: tenant ?? '', locale })).toBeNull()
    }
  })

  it('builds the emergency route through the site getters: 999, 101 with the force, the named officer', async () => {
    const route = await getEmergencyRoute(await siteFor(scotland.slug, 'en'))
    expect(route?.map((step) => step.step)).toEqual(['emergency', 'police', 'officer'])
    expect(route?.[0]).toMatchObject({ phone: { value: '999' } })
    expect(route?.[1]).toMatchObject({ phone: { value: '101' }, force: 'Police Scotland' })
    expect(route?.[2]).toMatchObject({ contact: { label: 'Scottish Monitoring Officer' } })
    const welsh = await getEmergencyRoute(await siteFor(wales.slug, 'en'))
    // Wales's only officer contact is members-only, so the public route stops at the police.
    expect(welsh?.map((step) => step.step)).toEqual(['emergency', 'police'])
    expect(welsh?.[1]).toMatchObject({ force: 'Valleys Police' })
  })
})

describe('members-only contacts', () => {
  it('are absent from the public, cached contacts', async () => {
    expect(allIds(await getEffectiveContacts(await siteFor(wales.slug, 'en')))).not.toContain(walesMembersOnly.id)
  })

  it('are returned to a member of the tenant only, and only they (public and national contacts are on the public page)', async () => {
    const member = await readMembersOnlyContacts(payload, await siteFor(wales.slug, 'en'), { ...councillorWales, collection: 'users' })
    expect(member?.flatMap((group) => group.contacts.map((contact) => contact.id))).toEqual([walesMembersOnly.id])
    expect(await readMembersOnlyContacts(payload, await siteFor(wales.slug, 'en'), { ...councillorScotland, collection: 'users' })).toBeNull()
    expect(await readMembersOnlyContacts(payload, await siteFor(wales.slug, 'en'), null)).toBeNull()
  })

  it('are hidden in the Local API from anonymous callers and from another tenant\'s councillor', async () => {
    const where = { tenant: { equals: wales.id } }
    const anonymous = await payload.find({ collection: 'contacts', where, overrideAccess: false })
    expect(anonymous.docs.map((doc) => doc.id)).toEqual([walesPolice.id])
    const otherTenant = await payload.find({ collection: 'contacts', where, overrideAccess: false, user: { ...councillorScotland, collection: 'users' } })
    expect(otherTenant.docs.map((doc) => doc.id)).not.toContain(walesMembersOnly.id)
    const own = await payload.find({ collection: 'contacts', where, overrideAccess: false, user: { ...councillorWales, collection: 'users' } })
    expect(own.docs.map((doc) => doc.id).sort()).toEqual([walesPolice.id, walesMembersOnly.id].sort())
    await expect(payload.findByID({ collection: 'contacts', id: walesMembersOnly.id, overrideAccess: false })).rejects.toThrow()
  })

  it('are hidden over REST from anonymous callers and from another tenant\'s councillor', async () => {
    const list = async (headers: Record<string, string>) => {
      const url = `http://localhost:3000/api/contacts?where[tenant][equals]=${wales.id}&limit=100&depth=0`
      const response = await restGet(new Request(url, { headers }), { params: Promise.resolve({ slug: ['contacts'] }) })
      expect(response.status).toBe(200)
      const body = (await response.json()) as { docs: { id: number; audience: string; verifiedBy?: unknown }[] }
      return body.docs
    }
    const anonymous = await list({})
    expect(anonymous.map((doc) => doc.id)).toEqual([walesPolice.id])
    expect(anonymous.every((doc) => doc.verifiedBy === undefined)).toBe(true)
    expect((await list(await authHeader(payload, councillorScotland.email))).map((doc) => doc.id)).not.toContain(walesMembersOnly.id)
    expect((await list(await authHeader(payload, councillorWales.email))).map((doc) => doc.id)).toContain(walesMembersOnly.id)

    const direct = await restGet(new Request(`http://localhost:3000/api/contacts/${walesMembersOnly.id}`), {
      params: Promise.resolve({ slug: ['contacts', String(walesMembersOnly.id)] }),
    })
    expect([403, 404]).toContain(direct.status)
  })

  it('are hidden over GraphQL from anonymous callers and from another tenant\'s councillor', async () => {
    const ids = async (headers: Record<string, string>) => {
      const response = await graphqlPost(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify({ query: '{ Contacts(limit: 1000) { docs { id audience } } }' }),
        }),
      )
      const body = (await response.json()) as { data?: { Contacts: { docs: { id: number; audience: string }[] } }; errors?: unknown }
      expect(body.errors).toBeUndefined()
      return body.data?.Contacts.docs ?? []
    }
    const anonymous = await ids({})
    expect(anonymous.length).toBeGreaterThan(0)
    expect(anonymous.every((doc) => doc.audience === 'public')).toBe(true)
    expect((await ids(await authHeader(payload, councillorScotland.email))).map((doc) => doc.id)).not.toContain(walesMembersOnly.id)
    expect((await ids(await authHeader(payload, councillorWales.email))).map((doc) => doc.id)).toContain(walesMembersOnly.id)
  })
})

describe('saving contacts', () => {
  const editor = () => ({ ...editorWales, collection: 'users' as const })

  it('stores phone numbers normalised, and records who verified a new contact', async () => {
    const doc = await payload.create({
      collection: 'contacts',
      overrideAccess: false,
      user: editor(),
      data: { tenant: wales.id, kind: 'other', label: `Fraud line ${suffix}`, phone: '+44 (0) 300-123-2040', email: ' Team@Example.GOV.UK ', audience: 'public' },
    })
    expect(doc.phone).toBe('+443001232040')
    expect(doc.email).toBe('Team@example.gov.uk')
    expect(doc.lastVerifiedAt).toBeTruthy()
    expect(typeof doc.verifiedBy === 'number' ? doc.verifiedBy : doc.verifiedBy?.id).toBe(editorWales.id)
    const short = await payload.update({ collection: 'contacts', id: doc.id, overrideAccess: false, user: editor(), data: { phone: '116 123' } })
    expect(short.phone).toBe('116123')
  })

  it('refuses bad values with an error naming the field and the reason', async () => {
    const attempt = (data: Partial<Contact>) => () =>
      payload.create({
        collection: 'contacts',
        overrideAccess: false,
        user: editor(),
        data: { tenant: wales.id, kind: 'other', label: 'Bad contact', audience: 'public', ...data },
      })
    expect(await fieldErrors(attempt({ phone: '07700 900123' }))).toEqual([
      { path: 'phone', message: expect.stringMatching(/Ofcom's numbers reserved for TV and radio drama/) },
    ])
    expect(await fieldErrors(attempt({ phone: '0300 FLOWERS' }))).toEqual([{ path: 'phone', message: expect.stringMatching(/phone number contains letters/) }])
    expect(await fieldErrors(attempt({ email: 'not-an-address' }))).toEqual([{ path: 'email', message: expect.stringMatching(/email address needs an @/) }])
    expect(await fieldErrors(attempt({ url: 'http://reportharmfulcontent.com' }))).toEqual([
      { path: 'url', message: expect.stringMatching(/web address starts with http:\/\//) },
    ])
    expect(await fieldErrors(attempt({ url: 'javascript:alert(1)' }))).toEqual([{ path: 'url', message: expect.stringMatching(/Only https:\/\//) }])
    expect(await fieldErrors(attempt({}))).toEqual([{ path: 'phone', message: expect.stringMatching(/at least one way to reach/) }])
  })

  it('names the field in the REST error too', async () => {
    const request = new Request('http://localhost:3000/api/contacts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(await authHeader(payload, editorWales.email)) },
      body: JSON.stringify({ tenant: wales.id, kind: 'other', label: 'Bad', phone: '01632 960123' }),
    })
    const response = await restPost(request, { params: Promise.resolve({ slug: ['contacts'] }) })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    expect(body.errors[0]?.data?.errors?.[0]).toMatchObject({ path: 'phone', message: expect.stringMatching(/Ofcom/) })
  })

  it("refuses an editor writing into a tenant where they are only a councillor, and moving a contact's tenant", async () => {
    const intoScotland = await fieldErrors(() =>
      payload.create({
        collection: 'contacts',
        overrideAccess: false,
        user: editor(),
        data: { tenant: scotland.id, kind: 'other', label: 'Sneaky', email: 'x@example.org', audience: 'public' },
      }),
    )
    expect(intoScotland).toEqual([{ path: 'tenant', message: expect.stringMatching(/only add items to a tenant in which you are an editor/) }])
    const moved = await fieldErrors(() =>
      payload.update({ collection: 'contacts', id: walesPolice.id, overrideAccess: false, user: editor(), data: { tenant: scotland.id } }),
    )
    expect(moved.map((error) => error.path)).toContain('tenant')
    const unchanged = await payload.findByID({ collection: 'contacts', id: walesPolice.id, overrideAccess: true, depth: 0 })
    expect(unchanged.tenant).toBe(wales.id)
    await expect(
      payload.update({ collection: 'contacts', id: scotlandOwn.id, overrideAccess: false, user: editor(), data: { label: 'Hijacked' } }),
    ).rejects.toThrow()
  })

  it('keeps national contacts public, and nations for national contacts only', async () => {
    const national = await payload.find({ collection: 'tenants', where: { kind: { equals: 'baseline' } }, overrideAccess: true, limit: 1 })
    const baselineId = national.docs[0]?.id ?? 0
    expect(
      await fieldErrors(() =>
        payload.create({ collection: 'contacts', overrideAccess: true, data: { tenant: baselineId, kind: 'other', label: 'x', email: 'a@example.org', audience: 'members' } }),
      ),
    ).toEqual([{ path: 'audience', message: expect.stringMatching(/National contacts are shown to everyone/) }])
    expect(
      await fieldErrors(() =>
        payload.create({ collection: 'contacts', overrideAccess: true, data: { tenant: wales.id, kind: 'other', label: 'x', email: 'a@example.org', audience: 'public', nations: ['wales'] } }),
      ),
    ).toEqual([{ path: 'nations', message: expect.stringMatching(/Nations apply only to national contacts/) }])
  })
})

describe('"Verified today"', () => {
  const verify = async (id: number | string, headers: Record<string, string>) =>
    restPost(new Request(`http://localhost:3000/api/contacts/${id}/verify`, { method: 'POST', headers }), {
      params: Promise.resolve({ slug: ['contacts', String(id), 'verify'] }),
    })

  it('records now and the editor who pressed it', async () => {
    const before = Date.now()
    const response = await verify(walesPolice.id, await authHeader(payload, editorWales.email))
    expect(response.status).toBe(200)
    const stored = await payload.findByID({ collection: 'contacts', id: walesPolice.id, overrideAccess: true, depth: 0 })
    expect(new Date(stored.lastVerifiedAt ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(stored.verifiedBy).toBe(editorWales.id)
  })

  it('is refused to councillors, other tenants\' editors, anonymous callers and for ids that are not numbers', async () => {
    expect((await verify(walesPolice.id, await authHeader(payload, councillorWales.email))).status).toBe(403)
    // editorWales is only a councillor in Scotland.
    expect((await verify(scotlandOwn.id, await authHeader(payload, editorWales.email))).status).toBe(403)
    // Payload answers an editor 403 for an id outside their filter, whether or not it exists, so
    // the answer does not reveal which ids exist.
    expect((await verify(999_999_999, await authHeader(payload, editorWales.email))).status).toBe(403)
    expect((await verify(walesPolice.id, {})).status).toBe(401)
    expect((await verify('abc', await authHeader(payload, editorWales.email))).status).toBe(404)
  })
})

describe('vCard routes', () => {
  const all = (tenant: string, locale: string) => allVCards(new Request('http://localhost:3000/x'), { params: Promise.resolve({ tenant, locale }) })
  const one = (tenant: string, locale: string, contactId: string) =>
    oneVCard(new Request('http://localhost:3000/x'), { params: Promise.resolve({ tenant, locale, contactId }) })

  it('serves every public contact of the tenant as one vCard file', async () => {
    const response = await all(scotland.slug, 'en')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('text/vcard; charset=utf-8')
    expect(response.headers.get('Content-Disposition')).toMatch(new RegExp(`^attachment; filename="${scotland.slug}-contacts.vcf"`))
    const body = await response.text()
    const publicCount = allIds(await readEffectiveContacts(payload, await siteFor(scotland.slug, 'en'))).length
    expect(body.match(/BEGIN:VCARD\r\n/g)).toHaveLength(publicCount)
    expect(body).toContain('TEL;VALUE=uri;TYPE=voice:tel:999\r\n')
    expect(body).toContain('FN:Scottish Monitoring Officer\r\n')
    expect(body).not.toContain('Report Fraud')
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it("answers on the tenant's own domain, where the proxy's rewrite puts the host in the tenant segment", async () => {
    const domain = `scot-${suffix}.example.org`
    await payload.update({ collection: 'tenants', id: scotland.id, overrideAccess: true, data: { domains: [{ domain }] } })
    try {
      const response = await all(domain, 'en')
      expect(response.status).toBe(200)
      expect(response.headers.get('Content-Disposition')).toMatch(new RegExp(`^attachment; filename="${scotland.slug}-contacts.vcf"`))
      const card = await one(domain, 'gd', String(scotlandOwn.id))
      expect(card.status).toBe(200)
      expect(await card.text()).toContain('FN:Scottish Monitoring Officer\r\n')
    } finally {
      await payload.update({ collection: 'tenants', id: scotland.id, overrideAccess: true, data: { domains: [] } })
    }
  })

  it('serves one public contact, its own or inherited', async () => {
    const own = await one(wales.slug, 'en', String(walesPolice.id))
    expect(own.status).toBe(200)
    expect(await own.text()).toContain('ORG:Valleys Police\r\n')
    const samaritans = (await readEffectiveContacts(payload, await siteFor(wales.slug, 'en'))).find((group) => group.kind === 'wellbeing')?.contacts[0]
    const inherited = await one(wales.slug, 'cy', String(samaritans?.id))
    expect(inherited.status).toBe(200)
    expect(await inherited.text()).toContain('FN:Samariaid\r\n')
  })

  it.each([
    ['an unknown tenant', () => ['no-such-tenant', 'en', '1']],
    ['a locale the tenant does not offer', () => [wales.slug, 'gd', String(walesPolice.id)]],
    ['an unknown locale', () => [wales.slug, 'xx', String(walesPolice.id)]],
    ['a members-only contact', () => [wales.slug, 'en', String(walesMembersOnly.id)]],
    ["another tenant's contact", () => [wales.slug, 'en', String(scotlandOwn.id)]],
    ['an unknown id', () => [wales.slug, 'en', '999999999']],
    ['an id that is not a number', () => [wales.slug, 'en', 'abc']],
    ['a fractional id', () => [wales.slug, 'en', '1.5']],
    ['a negative id', () => [wales.slug, 'en', '-1']],
    ['an oversized id', () => [wales.slug, 'en', '99999999999999999999']],
  ])('answers 404 for %s', async (_what, params) => {
    const [tenant, locale, id] = params() as [string, string, string]
    const response = await one(tenant, locale, id)
    expect(response.status).toBe(404)
  })

  it('answers 404 for the list of an unknown tenant or locale', async () => {
    expect((await all('no-such-tenant', 'en')).status).toBe(404)
    expect((await all(wales.slug, 'ga')).status).toBe(404)
  })
})

describe('seeded contacts', () => {
  it('creates every national contact in the baseline, and the demo contacts with no invented phone numbers', async () => {
    const { nationalContacts, demoContacts } = await import('@/seed/contacts')
    const baseline = await payload.find({ collection: 'tenants', where: { kind: { equals: 'baseline' } }, overrideAccess: true, limit: 1 })
    const national = await payload.find({
      collection: 'contacts',
      where: { tenant: { equals: baseline.docs[0]?.id } },
      overrideAccess: true,
      locale: 'en',
      limit: 100,
    })
    expect(national.docs.map((doc) => doc.label).sort()).toEqual(nationalContacts.map((contact) => contact.label.en).sort())
    const reportFraud = national.docs.find((doc) => doc.label === 'Report Fraud')
    expect(reportFraud).toMatchObject({ phone: '+443001232040', nations: ['england', 'wales', 'northern-ireland'] })
    expect(national.docs.find((doc) => doc.kind === 'harmful-content')?.url).toBe('https://reportharmfulcontent.com/')

    const demoSlugs = Object.keys(demoContacts)
    const demo = await payload.find({
      collection: 'contacts',
      where: { 'tenant.slug': { in: demoSlugs } },
      overrideAccess: true,
      limit: 100,
    })
    expect(demo.docs.length).toBe(Object.values(demoContacts).flat().length)
    expect(demo.docs.every((doc) => doc.phone === null || doc.phone === undefined || doc.phone === '101')).toBe(true)
    expect(demo.docs.every((doc) => !doc.email || /@example\.(org|gov\.uk)$/.test(doc.email))).toBe(true)
  })

  it('creates nothing the second time and never overwrites an edited contact', async () => {
    const { seed } = await import('@/seed')
    const found = await payload.find({
      collection: 'contacts',
      where: { and: [{ 'tenant.slug': { equals: 'example-borough' } }, { kind: { equals: 'democratic-services' } }] },
      overrideAccess: true,
      limit: 1,
    })
    const contact = found.docs[0]
    if (!contact) throw new Error('example-borough democratic services was not seeded')
    await payload.update({ collection: 'contacts', id: contact.id, overrideAccess: true, data: { email: 'changed@example.gov.uk' } })
    const again = await seed(payload, { includeDemo: true, adminEmail: 'seed-admin@example.org' })
    expect(again.createdContacts).toEqual([])
    const after = await payload.findByID({ collection: 'contacts', id: contact.id, overrideAccess: true })
    expect(after.email).toBe('changed@example.gov.uk')
  })

  it("keeps example-county's members-only contact off its public page", async () => {
    const contacts = await readEffectiveContacts(payload, await siteFor('example-county', 'en'))
    expect(labelsOf(contacts, 'police-non-emergency')).toEqual(['Example Constabulary (non-emergency)'])
    expect(labelsOf(contacts, 'monitoring-officer')).toEqual(['Monitoring Officer'])
    expect(labelsOf(contacts, 'member-support')).toEqual([])
  })
})
