/**
 * Tenancy access cases that a role × operation matrix cannot express: queries that try to reach
 * another tenant through `where` and `sort`, relationships and moves across tenants, account
 * lockout and unlock, password changes, what tenant admins may do with users and memberships,
 * platform-only tenant fields, the validation messages of tenants, drafts asked for with
 * `draft=true` (pages and engagement templates), which pages may be tailored, and members-only
 * contacts asked for by callers outside their tenant.
 */
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Contact, EngagementTemplate, Media, Page, Tenant, User } from '@/payload-types'

import { relationId } from '@/lib/relationId'

import { graphql, rest, type ApiResponse, type Json, type JsonObject } from '../helpers/apiClient'
import { fieldErrors as localFieldErrors } from '../helpers/payload'
import {
  createActor,
  createMediaDoc,
  createPageDoc,
  createTenancyFixtures,
  createUserDoc,
  FIXTURE_PASSWORD,
  pngFile,
  type Actor,
  type Membership,
  type TenancyFixtures,
} from '../helpers/tenancyFixtures'

let fx: TenancyFixtures
let payload: Payload

beforeAll(async () => {
  fx = await createTenancyFixtures()
  payload = fx.payload
}, 120_000)

afterAll(async () => {
  await fx?.cleanup()
}, 120_000)

// ── small helpers ─────────────────────────────────────────────────────────────────────────────
function docsOf(response: ApiResponse): JsonObject[] {
  const docs = response.json.docs
  if (!Array.isArray(docs)) throw new Error(`no docs in ${response.status} ${JSON.stringify(response.json).slice(0, 300)}`)
  return docs.filter((doc): doc is JsonObject => doc !== null && typeof doc === 'object' && !Array.isArray(doc))
}

type FieldError = { path: string; message: string }

/** The field errors of a Payload REST ValidationError body. */
function fieldErrors(json: JsonObject): FieldError[] {
  const errors = Array.isArray(json.errors) ? json.errors : []
  return errors.flatMap((error: Json) => {
    if (error === null || typeof error !== 'object' || Array.isArray(error)) return []
    const data = error.data
    const inner = data !== null && typeof data === 'object' && !Array.isArray(data) && Array.isArray(data.errors) ? data.errors : []
    return inner.flatMap((item: Json) =>
      item !== null && typeof item === 'object' && !Array.isArray(item) && typeof item.path === 'string'
        ? [{ path: item.path, message: typeof item.message === 'string' ? item.message : '' }]
        : [],
    )
  })
}

function restErrorTextOf(response: ApiResponse): string {
  return `answered ${response.status}: ${JSON.stringify(response.json.errors ?? response.json).slice(0, 500)}`
}

function isRefusal(status: number): boolean {
  return status === 400 || status === 401 || status === 403 || status === 404
}

/** Matches a refusal status: validation (400), not logged in (401), forbidden (403), not found (404). */
const refusal: unknown = expect.toSatisfy(isRefusal, 'a refusal status (400, 401, 403 or 404)')

async function freshUser(label: string, memberships: Membership[]): Promise<{ email: string; user: User }> {
  const email = `${fx.marker(label)}@example.org`
  return { email, user: await createUserDoc(payload, email, memberships) }
}

async function tenantNow(id: number): Promise<Tenant> {
  return payload.findByID({ collection: 'tenants', id, depth: 0, overrideAccess: true })
}

async function userNow(id: number): Promise<User> {
  return payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
}

function membershipTenants(user: User): number[] {
  return (user.tenants ?? []).flatMap((m) => relationId(m.tenant) ?? [])
}

async function canLogIn(email: string, password: string): Promise<true | string> {
  try {
    await payload.login({ collection: 'users', data: { email, password } })
    return true
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

/**
 * What a response shows that it must not: the ids of never-published drafts among `ids`, and
 * any draft text (their titles, or the `secret` of a newer draft saved on a published document).
 */
function leakedDrafts(
  body: unknown,
  ids: readonly unknown[],
  drafts: readonly { id: unknown; title: string }[],
  secret: string,
): { ids: unknown[]; texts: string[] } {
  const text = JSON.stringify(body)
  return {
    ids: ids.filter((id) => drafts.some((draft) => draft.id === id)),
    texts: [secret, ...drafts.map((draft) => draft.title)].filter((draftText) => text.includes(draftText)),
  }
}

// ── where and sort ────────────────────────────────────────────────────────────────────────────
describe('where and sort cannot reach another tenant', () => {
  // B's media are public (logos on B's public pages), so the private target here is the media
  // of inactive tenant C, which only C's editors and platform admins may see.
  it('editor of A: find media where tenant equals inactive C → 0 docs (REST, GraphQL, Local API)', async () => {
    const editor = fx.users.editorA
    const viaRest = await rest('GET', 'media', { token: editor.token, query: { 'where[tenant][equals]': String(fx.tenants.C.id) } })
    expect(viaRest.status).toBe(200)
    expect(docsOf(viaRest)).toEqual([])

    const viaGraphql = await graphql(
      'query Q($where: Media_where) { allMedia(where: $where) { docs { id } } }',
      { where: { tenant: { equals: fx.tenants.C.id } } },
      editor.token,
    )
    expect(viaGraphql.errors).toEqual([])
    expect(viaGraphql.data).toEqual({ allMedia: { docs: [] } })

    const viaLocal = await payload.find({
      collection: 'media',
      where: { tenant: { equals: fx.tenants.C.id } },
      overrideAccess: false,
      user: editor.user,
    })
    expect(viaLocal.docs).toEqual([])
  })

  it('editor of A: find media where tenant in [A, C] sorted by alt returns A\'s and none of inactive C\'s', async () => {
    const response = await rest('GET', 'media', {
      token: fx.users.editorA.token,
      query: { 'where[tenant][in]': `${fx.tenants.A.id},${fx.tenants.C.id}`, sort: '-alt', depth: '0', limit: '100' },
    })
    expect(response.status).toBe(200)
    const docs = docsOf(response)
    expect(docs.map((doc) => doc.id)).toContain(fx.media.A.id)
    expect(docs.filter((doc) => relationId(doc.tenant) !== fx.tenants.A.id)).toEqual([])
  })

  it('anonymous: find tenants where active equals false → 0 docs (REST, GraphQL, Local API)', async () => {
    const viaRest = await rest('GET', 'tenants', { query: { 'where[active][equals]': 'false', limit: '100' } })
    expect(viaRest.status).toBe(200)
    expect(docsOf(viaRest)).toEqual([])

    const viaGraphql = await graphql('query { Tenants(where: { active: { equals: false } }) { docs { id } } }')
    expect(viaGraphql.errors).toEqual([])
    expect(viaGraphql.data).toEqual({ Tenants: { docs: [] } })

    const viaLocal = await payload.find({ collection: 'tenants', where: { active: { equals: false } }, overrideAccess: false })
    expect(viaLocal.docs).toEqual([])
  })

  it('anonymous: media of an inactive tenant stay hidden when queried through the tenant relation', async () => {
    const bySlug = await rest('GET', 'media', { query: { 'where[tenant.slug][equals]': fx.tenants.C.slug, sort: 'tenant.name' } })
    expect(bySlug.status).toBe(200)
    expect(docsOf(bySlug)).toEqual([])
    const byActive = await rest('GET', 'media', { query: { 'where[tenant.active][equals]': 'false' } })
    expect(byActive.status).toBe(200)
    expect(docsOf(byActive)).toEqual([])
  })

  it('tenant-admin of A: find users by the email of a user of B → 0 docs; sorted users are all of A or themself', async () => {
    const admin = fx.users.tenantAdminA
    const probe = await rest('GET', 'users', { token: admin.token, query: { 'where[email][equals]': fx.users.memberB.email } })
    expect(probe.status).toBe(200)
    expect(docsOf(probe)).toEqual([])

    const sorted = await rest('GET', 'users', { token: admin.token, query: { sort: 'email', depth: '0', limit: '100' } })
    expect(sorted.status).toBe(200)
    const docs = docsOf(sorted)
    expect(docs.map((doc) => doc.id)).toContain(fx.users.memberA.user.id)
    const outsiders = docs.filter((doc) => {
      if (doc.id === admin.user.id) return false
      const tenants = Array.isArray(doc.tenants) ? doc.tenants : []
      return !tenants.some((m) => m !== null && typeof m === 'object' && !Array.isArray(m) && relationId(m.tenant) === fx.tenants.A.id)
    })
    expect(outsiders.map((doc) => doc.email)).toEqual([])
  })
})

// ── relationships and moves ───────────────────────────────────────────────────────────────────
describe('relationships and moves across tenants', () => {
  it("tenant-admin of A can set A's logo to a media of A (control)", async () => {
    const response = await rest('PATCH', `tenants/${fx.tenants.A.id}`, {
      token: fx.users.tenantAdminA.token,
      body: { branding: { logo: fx.media.A.id } },
    })
    expect(response.status).toBe(200)
    expect(relationId((await tenantNow(fx.tenants.A.id)).branding?.logo)).toBe(fx.media.A.id)
  })

  it("tenant-admin of A cannot set A's logo to a media of B", async () => {
    const response = await rest('PATCH', `tenants/${fx.tenants.A.id}`, {
      token: fx.users.tenantAdminA.token,
      body: { branding: { logo: fx.media.B.id } },
    })
    const logo = relationId((await tenantNow(fx.tenants.A.id)).branding?.logo)
    expect({ status: response.status, logoIsB: logo === fx.media.B.id }).toEqual({ status: refusal, logoIsB: false })
  })

  it("editor of A cannot move A's media to B", async () => {
    const media = await createMediaDoc(payload, fx.png, fx.tenants.A.id, fx.marker('move'))
    const response = await rest('PATCH', `media/${media.id}`, { token: fx.users.editorA.token, body: { tenant: fx.tenants.B.id } })
    const after: Media = await payload.findByID({ collection: 'media', id: media.id, depth: 0, overrideAccess: true })
    expect(relationId(after.tenant), `PATCH answered ${response.status}`).toBe(fx.tenants.A.id)
  })

  it('editor of A cannot create media with tenant B', async () => {
    const alt = fx.marker('create-in-b')
    const response = await rest('POST', 'media', {
      token: fx.users.editorA.token,
      body: { alt, tenant: fx.tenants.B.id },
      file: { data: fx.png, mimetype: 'image/png', name: 'x.png' },
    })
    const made = await payload.find({ collection: 'media', where: { alt: { equals: alt } }, depth: 0, overrideAccess: true })
    expect({ status: response.status, created: made.docs.length }).toEqual({ status: refusal, created: 0 })
  })

  it('a councillor of A who is an editor of B cannot create media in A', async () => {
    const mixed = await createActor(payload, `${fx.marker('mixed')}@example.org`, [
      { tenant: fx.tenants.A.id, roles: ['councillor'] },
      { tenant: fx.tenants.B.id, roles: ['editor'] },
    ])
    const alt = fx.marker('councillor-writes')
    const response = await rest('POST', 'media', {
      token: mixed.token,
      body: { alt, tenant: fx.tenants.A.id },
      file: { data: fx.png, mimetype: 'image/png', name: 'x.png' },
    })
    const made = await payload.find({ collection: 'media', where: { alt: { equals: alt } }, depth: 0, overrideAccess: true })
    expect({ status: response.status, created: made.docs.length }).toEqual({ status: refusal, created: 0 })
    // The same user does create in B, where they are an editor (so the refusal above is about A).
    const inB = await payload.create({
      collection: 'media',
      data: { alt: fx.marker('editor-writes'), tenant: fx.tenants.B.id },
      file: pngFile(fx.png),
      overrideAccess: false,
      user: mixed.user,
    })
    expect(relationId(inB.tenant)).toBe(fx.tenants.B.id)
  })

  it('a councillor of A who is an editor of B cannot create a page in A', async () => {
    const mixed = await createActor(payload, `${fx.marker('mixed-pages')}@example.org`, [
      { tenant: fx.tenants.A.id, roles: ['councillor'] },
      { tenant: fx.tenants.B.id, roles: ['editor'] },
    ])
    const slug = fx.marker('mixed-page')
    const response = await rest('POST', 'pages', {
      token: mixed.token,
      body: { title: 'Not mine', slug, section: 'local', tenant: fx.tenants.A.id, _status: 'draft' },
      query: { draft: 'true' },
    })
    const made = await payload.find({ collection: 'pages', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true, draft: true })
    expect({ status: response.status, created: made.docs.length }).toEqual({ status: 400, created: 0 })
  })
})

// ── drafts ────────────────────────────────────────────────────────────────────────────────────
describe('drafts: anonymous draft=true shows no draft and no draft text', () => {
  // Besides the never-published draft pages of the fixtures: a published page of A whose newer
  // draft carries text that only A's editors (and platform admins) may read.
  let pending: Page
  let secret: string

  beforeAll(async () => {
    secret = fx.marker('unpublished-text')
    pending = await createPageDoc(payload, { tenant: fx.tenants.A.id, slug: fx.marker('pending'), title: `Published ${fx.suffix}` })
    await payload.update({ collection: 'pages', id: pending.id, draft: true, data: { title: `Draft ${secret}` }, overrideAccess: true })
  })

  const draftOnlyPages = (): Page[] => [fx.pages['A:draft'], fx.pages['B:draft'], fx.pages['baseline:draft']]
  const tenantScope = (): number[] => [fx.tenants.A.id, fx.tenants.B.id, fx.tenants.baseline.id]

  const draftsShown = (body: unknown, ids: readonly unknown[]) => leakedDrafts(body, ids, draftOnlyPages(), secret)
  const nothingShown = { ids: [], texts: [] }

  it('control: editor of A with ?draft=true reads the draft text and A\'s draft page (REST)', async () => {
    const list = await rest('GET', 'pages', {
      token: fx.users.editorA.token,
      query: { draft: 'true', 'where[tenant][equals]': String(fx.tenants.A.id), depth: '0', limit: '100' },
    })
    expect(list.status).toBe(200)
    expect(docsOf(list).map((doc) => doc.id)).toContain(fx.pages['A:draft'].id)
    const one = await rest('GET', `pages/${pending.id}`, { token: fx.users.editorA.token, query: { draft: 'true', depth: '0' } })
    expect({ status: one.status, title: one.json.title }).toEqual({ status: 200, title: `Draft ${secret}` })
  })

  it('REST: GET /api/pages?draft=true (also asking for _status draft)', async () => {
    const base = { draft: 'true', 'where[tenant][in]': tenantScope().join(','), depth: '0', limit: '100' }
    for (const query of [base, { ...base, 'where[_status][equals]': 'draft' }]) {
      const response = await rest('GET', 'pages', { query })
      expect(response.status, JSON.stringify(query)).toBe(200)
      const docs = docsOf(response)
      expect(draftsShown(response.json, docs.map((doc) => doc.id)), JSON.stringify(query)).toEqual(nothingShown)
    }
  })

  it('REST: GET /api/pages/:id?draft=true', async () => {
    for (const page of [...draftOnlyPages(), pending]) {
      const response = await rest('GET', `pages/${page.id}`, { query: { draft: 'true', depth: '0' } })
      const id = relationId(response.json.id)
      expect(
        { status: isRefusal(response.status) || response.status === 200, shown: draftsShown(response.json, id === undefined ? [] : [id]) },
        `page ${page.id} answered ${response.status}`,
      ).toEqual({ status: true, shown: nothingShown })
    }
  })

  it('GraphQL: Pages(draft: true) and Page(id, draft: true)', async () => {
    const list = await graphql(
      'query Q($where: Page_where) { Pages(draft: true, where: $where, limit: 100) { docs { id title slug } } }',
      { where: { tenant: { in: tenantScope() } } },
    )
    expect(list.errors).toEqual([])
    const docs = list.data?.Pages
    const ids = docs !== null && typeof docs === 'object' && !Array.isArray(docs) && Array.isArray(docs.docs)
      ? docs.docs.flatMap((doc) => (doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? [doc.id] : []))
      : []
    expect(draftsShown(list, ids)).toEqual(nothingShown)

    for (const page of [...draftOnlyPages(), pending]) {
      const one = await graphql('query Q($id: Int!) { Page(id: $id, draft: true) { id title } }', { id: page.id })
      const doc = one.data?.Page
      const id = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? doc.id : undefined
      expect(draftsShown(one, id === undefined ? [] : [id]), `page ${page.id}`).toEqual(nothingShown)
    }
  })

  it('Local API: find and findByID with draft: true, overrideAccess: false', async () => {
    const found = await payload.find({
      collection: 'pages',
      draft: true,
      overrideAccess: false,
      where: { tenant: { in: tenantScope() } },
      depth: 0,
      limit: 1000,
    })
    expect(draftsShown(found.docs, found.docs.map((doc) => doc.id))).toEqual(nothingShown)

    for (const page of [...draftOnlyPages(), pending]) {
      const doc = await payload
        .findByID({ collection: 'pages', id: page.id, draft: true, overrideAccess: false, depth: 0 })
        .catch((error: unknown) => ({ refused: error instanceof Error ? error.name : String(error) }))
      expect(draftsShown(doc, 'id' in doc ? [doc.id] : []), `page ${page.id}`).toEqual(nothingShown)
    }
  })
})

// ── members-only contacts ─────────────────────────────────────────────────────────────────────
describe('members-only contacts never reach anonymous callers or another tenant', () => {
  type Caller = { who: string; actor: () => Actor | undefined; ownTenant: () => number | undefined; hidden: () => Contact[] }
  const callers: Caller[] = [
    { who: 'anonymous', actor: () => undefined, ownTenant: () => undefined, hidden: () => [fx.contacts['A:members'], fx.contacts['B:members']] },
    { who: 'councillor of B', actor: () => fx.users.councillorB, ownTenant: () => fx.tenants.B.id, hidden: () => [fx.contacts['A:members']] },
  ]
  /** A's members-only contacts, as a GraphQL where (GraphQL spells the operators AND/OR). */
  const membersOfA = (): JsonObject => ({ AND: [{ tenant: { equals: fx.tenants.A.id } }, { audience: { equals: 'members' } }] })

  /** What a response shows that it must not: hidden ids, hidden labels, members-only contacts of tenants not the caller's. */
  function leaked(caller: Caller, body: unknown, docs: readonly { id?: unknown; tenant?: unknown; audience?: unknown }[]): { ids: unknown[]; labels: string[]; foreignMembers: unknown[] } {
    const hidden = caller.hidden()
    const text = JSON.stringify(body)
    return {
      ids: docs.map((doc) => doc.id).filter((id) => hidden.some((contact) => contact.id === id)),
      labels: hidden.map((contact) => contact.label).filter((label) => text.includes(label)),
      foreignMembers: docs.filter((doc) => doc.audience === 'members' && relationId(doc.tenant) !== caller.ownTenant()).map((doc) => doc.id),
    }
  }
  const nothingLeaked = { ids: [], labels: [], foreignMembers: [] }

  function graphqlDocs(data: JsonObject | null, key: string): JsonObject[] {
    const list = data?.[key]
    const docs = list !== null && list !== undefined && typeof list === 'object' && !Array.isArray(list) ? list.docs : undefined
    return Array.isArray(docs) ? docs.filter((doc): doc is JsonObject => doc !== null && typeof doc === 'object' && !Array.isArray(doc)) : []
  }

  it("control: councillor of A finds A's members-only contact by audience (REST, GraphQL, Local API)", async () => {
    const councillor = fx.users.councillorA
    const target = fx.contacts['A:members']
    const viaRest = await rest('GET', 'contacts', { token: councillor.token, query: { 'where[audience][equals]': 'members', depth: '0', limit: '100' } })
    expect(viaRest.status).toBe(200)
    expect(docsOf(viaRest).map((doc) => doc.id)).toContain(target.id)
    const one = await rest('GET', `contacts/${target.id}`, { token: councillor.token, query: { depth: '0' } })
    expect({ status: one.status, label: one.json.label }).toEqual({ status: 200, label: target.label })
    const viaGraphql = await graphql(
      'query Q($where: Contact_where) { Contacts(where: $where, limit: 100) { docs { id tenant { id } audience label } } }',
      { where: membersOfA() },
      councillor.token,
    )
    expect(viaGraphql.errors).toEqual([])
    expect(graphqlDocs(viaGraphql.data, 'Contacts').map((doc) => doc.id)).toContain(target.id)
    const viaLocal = await payload.find({ collection: 'contacts', where: { audience: { equals: 'members' } }, overrideAccess: false, user: councillor.user, depth: 0, limit: 1000 })
    expect(viaLocal.docs.map((doc) => doc.id)).toContain(target.id)
  })

  for (const caller of callers) {
    it(`${caller.who}: REST GET /api/contacts (all, audience=members, A's members) shows no members-only contact of another tenant`, async () => {
      const token = caller.actor()?.token
      const base = { depth: '0', limit: '100' }
      const queries: Record<string, string>[] = [
        base,
        { ...base, 'where[audience][equals]': 'members' },
        { ...base, 'where[tenant][equals]': String(fx.tenants.A.id), 'where[audience][equals]': 'members' },
        { ...base, 'where[id][in]': caller.hidden().map((contact) => contact.id).join(',') },
      ]
      for (const query of queries) {
        const response = await rest('GET', 'contacts', { token, query })
        expect(response.status, JSON.stringify(query)).toBe(200)
        expect(leaked(caller, response.json, docsOf(response)), JSON.stringify(query)).toEqual(nothingLeaked)
      }
      const counted = await rest('GET', 'contacts/count', { token, query: { 'where[id][in]': caller.hidden().map((contact) => contact.id).join(',') } })
      expect({ status: counted.status, totalDocs: counted.json.totalDocs }).toEqual({ status: 200, totalDocs: 0 })
    })

    it(`${caller.who}: REST GET /api/contacts/:id of a members-only contact is refused`, async () => {
      for (const contact of caller.hidden()) {
        const response = await rest('GET', `contacts/${contact.id}`, { token: caller.actor()?.token, query: { depth: '0' } })
        expect({ status: response.status, shown: JSON.stringify(response.json).includes(contact.label) }, `contact ${contact.id}`).toEqual({
          status: refusal,
          shown: false,
        })
      }
    })

    it(`${caller.who}: GraphQL Contacts(where audience = members) and Contact(id)`, async () => {
      const token = caller.actor()?.token
      for (const where of [{ audience: { equals: 'members' } }, membersOfA(), {}]) {
        const list = await graphql(
          'query Q($where: Contact_where) { Contacts(where: $where, limit: 100) { docs { id tenant { id } audience label } } }',
          { where },
          token,
        )
        expect(list.errors, JSON.stringify(where)).toEqual([])
        expect(leaked(caller, list.data, graphqlDocs(list.data, 'Contacts')), JSON.stringify(where)).toEqual(nothingLeaked)
      }
      for (const contact of caller.hidden()) {
        const one = await graphql('query Q($id: Int!) { Contact(id: $id) { id label audience } }', { id: contact.id }, token)
        const doc = one.data?.Contact
        expect({ doc: doc ?? null, refused: one.errors.length > 0, shown: JSON.stringify(one).includes(contact.label) }, `contact ${contact.id}`).toEqual({
          doc: null,
          refused: true,
          shown: false,
        })
      }
    })

    it(`${caller.who}: Local API find/count (audience = members) and findByID, overrideAccess: false`, async () => {
      const actor = caller.actor()
      const user = actor ? { user: actor.user } : {}
      const wheres: Where[] = [{ audience: { equals: 'members' } }, { and: [{ tenant: { equals: fx.tenants.A.id } }, { audience: { equals: 'members' } }] }]
      for (const where of wheres) {
        const found = await payload.find({ collection: 'contacts', where, overrideAccess: false, depth: 0, limit: 1000, ...user })
        expect(leaked(caller, found.docs, found.docs), JSON.stringify(where)).toEqual(nothingLeaked)
      }
      const hiddenIds = caller.hidden().map((contact) => contact.id)
      const counted = await payload.count({ collection: 'contacts', where: { id: { in: hiddenIds } }, overrideAccess: false, ...user })
      expect(counted.totalDocs).toBe(0)
      for (const contact of caller.hidden()) {
        const doc = await payload
          .findByID({ collection: 'contacts', id: contact.id, overrideAccess: false, depth: 0, ...user })
          .catch((error: unknown) => ({ refused: error instanceof Error ? error.name : String(error) }))
        expect(doc, `contact ${contact.id}`).toEqual({ refused: expect.any(String) })
      }
    })
  }
})

// ── engagement template drafts ────────────────────────────────────────────────────────────────
describe('engagement templates: anonymous draft=true shows no draft and no draft text', () => {
  // Besides the never-published draft templates of the fixtures: A's published template gets a
  // newer draft whose text only A's editors (and platform admins) may read.
  let secret: string
  const pending = (): EngagementTemplate => fx.templates.A
  const draftOnly = (): EngagementTemplate[] => [fx.templates['A:draft'], fx.templates['B:draft']]
  const tenantScope = (): number[] => [fx.tenants.A.id, fx.tenants.B.id, fx.tenants.baseline.id]

  beforeAll(async () => {
    secret = fx.marker('unpublished-template')
    await payload.update({ collection: 'engagement-templates', id: pending().id, draft: true, data: { title: `Draft ${secret}` }, overrideAccess: true })
  })

  const draftsShown = (body: unknown, ids: readonly unknown[]) => leakedDrafts(body, ids, draftOnly(), secret)
  const nothingShown = { ids: [], texts: [] }

  it("control: editor of A with ?draft=true reads the draft text and A's draft template (REST)", async () => {
    const list = await rest('GET', 'engagement-templates', {
      token: fx.users.editorA.token,
      query: { draft: 'true', 'where[tenant][equals]': String(fx.tenants.A.id), depth: '0', limit: '100' },
    })
    expect(list.status).toBe(200)
    expect(docsOf(list).map((doc) => doc.id)).toContain(fx.templates['A:draft'].id)
    const one = await rest('GET', `engagement-templates/${pending().id}`, { token: fx.users.editorA.token, query: { draft: 'true', depth: '0' } })
    expect({ status: one.status, title: one.json.title }).toEqual({ status: 200, title: `Draft ${secret}` })
  })

  it('REST: GET /api/engagement-templates?draft=true (also asking for _status draft) and /:id?draft=true', async () => {
    const base = { draft: 'true', 'where[tenant][in]': tenantScope().join(','), depth: '0', limit: '100' }
    for (const query of [base, { ...base, 'where[_status][equals]': 'draft' }]) {
      const response = await rest('GET', 'engagement-templates', { query })
      expect(response.status, JSON.stringify(query)).toBe(200)
      expect(draftsShown(response.json, docsOf(response).map((doc) => doc.id)), JSON.stringify(query)).toEqual(nothingShown)
    }
    for (const template of [...draftOnly(), pending()]) {
      const response = await rest('GET', `engagement-templates/${template.id}`, { query: { draft: 'true', depth: '0' } })
      const id = relationId(response.json.id)
      expect(
        { status: isRefusal(response.status) || response.status === 200, shown: draftsShown(response.json, id === undefined ? [] : [id]) },
        `template ${template.id} answered ${response.status}`,
      ).toEqual({ status: true, shown: nothingShown })
    }
  })

  it('GraphQL: EngagementTemplates(draft: true) and EngagementTemplate(id, draft: true)', async () => {
    const list = await graphql(
      'query Q($where: EngagementTemplate_where) { EngagementTemplates(draft: true, where: $where, limit: 100) { docs { id title } } }',
      { where: { tenant: { in: tenantScope() } } },
    )
    expect(list.errors).toEqual([])
    const docs = list.data?.EngagementTemplates
    const ids =
      docs !== null && typeof docs === 'object' && !Array.isArray(docs) && Array.isArray(docs.docs)
        ? docs.docs.flatMap((doc) => (doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? [doc.id] : []))
        : []
    expect(draftsShown(list, ids)).toEqual(nothingShown)
    for (const template of [...draftOnly(), pending()]) {
      const one = await graphql('query Q($id: Int!) { EngagementTemplate(id: $id, draft: true) { id title } }', { id: template.id })
      const doc = one.data?.EngagementTemplate
      const id = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? doc.id : undefined
      expect(draftsShown(one, id === undefined ? [] : [id]), `template ${template.id}`).toEqual(nothingShown)
    }
  })

  it('Local API: find and findByID with draft: true, overrideAccess: false', async () => {
    const found = await payload.find({
      collection: 'engagement-templates',
      draft: true,
      overrideAccess: false,
      where: { tenant: { in: tenantScope() } },
      depth: 0,
      limit: 1000,
    })
    expect(draftsShown(found.docs, found.docs.map((doc) => doc.id))).toEqual(nothingShown)
    for (const template of [...draftOnly(), pending()]) {
      const doc = await payload
        .findByID({ collection: 'engagement-templates', id: template.id, draft: true, overrideAccess: false, depth: 0 })
        .catch((error: unknown) => ({ refused: error instanceof Error ? error.name : String(error) }))
      expect(draftsShown(doc, 'id' in doc ? [doc.id] : []), `template ${template.id}`).toEqual(nothingShown)
    }
  })
})

// ── single versions ───────────────────────────────────────────────────────────────────────────
describe('a single version of a page (GET /api/pages/versions/:id, Local findVersionByID)', () => {
  async function latestVersionId(page: Page): Promise<number | string> {
    const versions = await payload.findVersions({
      collection: 'pages',
      where: { parent: { equals: page.id } },
      sort: '-updatedAt',
      limit: 1,
      overrideAccess: true,
    })
    const version = versions.docs[0]
    if (!version) throw new Error(`page ${page.id} has no versions`)
    return version.id
  }

  const versionCases: { who: string; caller: () => Actor | undefined; page: () => Page; allowed: boolean }[] = [
    { who: 'editor of A, a version of a page of A (control)', caller: () => fx.users.editorA, page: () => fx.pages['A:draft'], allowed: true },
    { who: 'anonymous, a version of a published public page of A', caller: () => undefined, page: () => fx.pages.A, allowed: false },
    { who: 'anonymous, a version of a draft page of A', caller: () => undefined, page: () => fx.pages['A:draft'], allowed: false },
    { who: 'councillor of A, a version of a members page of A', caller: () => fx.users.councillorA, page: () => fx.pages['A:members'], allowed: false },
    { who: 'editor of A, a version of a draft page of B', caller: () => fx.users.editorA, page: () => fx.pages['B:draft'], allowed: false },
    { who: 'tenant-admin of A, a version of a draft baseline page', caller: () => fx.users.tenantAdminA, page: () => fx.pages['baseline:draft'], allowed: false },
  ]
  for (const versionCase of versionCases) {
    it(`${versionCase.who} → ${versionCase.allowed ? 'allowed' : 'refused'} (REST, Local API)`, async () => {
      const page = versionCase.page()
      const versionId = await latestVersionId(page)
      const caller = versionCase.caller()
      const viaRest = await rest('GET', `pages/versions/${versionId}`, { token: caller?.token, query: { depth: '0' } })
      const restShows = JSON.stringify(viaRest.json).includes(page.title)
      const viaLocal = await payload
        .findVersionByID({ collection: 'pages', id: String(versionId), depth: 0, overrideAccess: false, ...(caller ? { user: caller.user } : {}) })
        .then((version) => ({ ok: true, shows: JSON.stringify(version).includes(page.title) }))
        .catch(() => ({ ok: false, shows: false }))
      if (versionCase.allowed) {
        expect({ status: viaRest.status, restShows, local: viaLocal }).toEqual({ status: 200, restShows: true, local: { ok: true, shows: true } })
      } else {
        expect({ status: viaRest.status, restShows, local: viaLocal }).toEqual({ status: refusal, restShows: false, local: { ok: false, shows: false } })
      }
    })
  }
})

// ── tailoring ─────────────────────────────────────────────────────────────────────────────────
describe('tailoring: only a baseline page can be tailored', () => {
  const newPage = (tailors: number): JsonObject => ({
    tenant: fx.tenants.A.id,
    title: fx.marker('tailoring'),
    slug: fx.marker('tailoring'),
    section: 'local',
    audience: 'public',
    tailors,
  })
  const pagesTitled = async (title: Json | undefined): Promise<number> =>
    (await payload.count({ collection: 'pages', where: { title: { equals: String(title) } }, overrideAccess: true })).totalDocs

  it('control: editor of A tailors a baseline page (REST), taking its slug', async () => {
    const national = fx.pages.baseline
    const response = await rest('POST', 'pages', { token: fx.users.editorA.token, body: newPage(national.id) })
    expect(response.status, restErrorTextOf(response)).toBe(201)
    const doc = response.json.doc
    const made = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? doc : {}
    expect({ tailors: relationId(made.tailors), slug: made.slug, tenant: relationId(made.tenant) }).toEqual({
      tailors: national.id,
      slug: national.slug,
      tenant: fx.tenants.A.id,
    })
  })

  const refusedTargets: { what: string; page: () => Page }[] = [
    { what: 'a published page of B', page: () => fx.pages.B },
    { what: 'a draft page of B', page: () => fx.pages['B:draft'] },
    { what: "a page of A's own", page: () => fx.pages.A },
  ]
  for (const target of refusedTargets) {
    it(`editor of A cannot create a page tailoring ${target.what} (REST, GraphQL, Local API)`, async () => {
      const editor = fx.users.editorA
      const viaRest = newPage(target.page().id)
      const restResponse = await rest('POST', 'pages', { token: editor.token, body: viaRest })
      expect(
        { status: restResponse.status, paths: fieldErrors(restResponse.json).map((error) => error.path), created: await pagesTitled(viaRest.title) },
        restErrorTextOf(restResponse),
      ).toEqual({ status: 400, paths: ['tailors'], created: 0 })

      const viaGraphql = newPage(target.page().id)
      const gql = await graphql('mutation M($data: mutationPageInput!) { createPage(data: $data) { id } }', { data: viaGraphql }, editor.token)
      expect({
        refused: gql.errors.length > 0 && (gql.data?.createPage ?? null) === null,
        namesTailors: JSON.stringify(gql.errors).includes('tailors'),
        created: await pagesTitled(viaGraphql.title),
      }).toEqual({ refused: true, namesTailors: true, created: 0 })

      const viaLocal = newPage(target.page().id)
      const errors = await localFieldErrors(
        payload.create({
          collection: 'pages',
          data: {
            tenant: fx.tenants.A.id,
            title: String(viaLocal.title),
            slug: String(viaLocal.slug),
            section: 'local',
            audience: 'public',
            tailors: target.page().id,
          },
          overrideAccess: false,
          user: editor.user,
        }),
      )
      expect({ paths: errors.map((error) => error.path), created: await pagesTitled(viaLocal.title) }).toEqual({ paths: ['tailors'], created: 0 })
    })
  }

  it("editor of A cannot make A's own page tailor a page of B (REST update)", async () => {
    const own = await createPageDoc(payload, { tenant: fx.tenants.A.id, slug: fx.marker('own'), title: fx.marker('own') })
    const response = await rest('PATCH', `pages/${own.id}`, { token: fx.users.editorA.token, body: { tailors: fx.pages.B.id } })
    const after = await payload.findByID({ collection: 'pages', id: own.id, depth: 0, overrideAccess: true })
    expect({ status: response.status, paths: fieldErrors(response.json).map((error) => error.path), tailors: relationId(after.tailors) ?? null }).toEqual({
      status: 400,
      paths: ['tailors'],
      tailors: null,
    })
  })
})

// ── the admin panel ───────────────────────────────────────────────────────────────────────────
describe('admin panel', () => {
  it('a councillor reads /api/users/me but is refused the admin panel', async () => {
    const councillor = fx.users.councillorA
    const me = await rest('GET', 'users/me', { token: councillor.token })
    expect(me.status).toBe(200)
    const user = me.json.user
    expect(user !== null && typeof user === 'object' && !Array.isArray(user) ? user.id : undefined).toBe(councillor.user.id)

    const access = await rest('GET', 'access', { token: councillor.token })
    expect(access.status).toBe(200)
    // Payload leaves `canAccessAdmin` out of /api/access when it is false.
    expect(access.json.canAccessAdmin ?? false).toBe(false)
  })

  it('an editor may use the admin panel (control)', async () => {
    const access = await rest('GET', 'access', { token: fx.users.editorA.token })
    expect(access.json.canAccessAdmin).toBe(true)
  })
})

// ── no lockout ────────────────────────────────────────────────────────────────────────────────
describe('no lockout', () => {
  // Repeated failures slow further attempts instead (tests/int/authRateLimit.test.ts); a lock
  // would let anyone who knows a councillor's public address keep them out.
  it('wrong passwords never lock the account: after ten, the right one still gets in', async () => {
    const { email } = await freshUser('lock', [{ tenant: fx.tenants.A.id, roles: ['councillor'] }])
    for (let attempt = 0; attempt < 10; attempt += 1) expect(await canLogIn(email, 'wrong-password-000')).not.toBe(true)
    expect(await canLogIn(email, FIXTURE_PASSWORD)).toBe(true)
  })
})

// ── users and memberships ─────────────────────────────────────────────────────────────────────
describe('what a tenant admin may do with users', () => {
  it('a tenant-admin of A creates a user with a membership in A (control)', async () => {
    const email = `${fx.marker('made-by-admin')}@example.org`
    const response = await rest('POST', 'users', {
      token: fx.users.tenantAdminA.token,
      body: { email, password: FIXTURE_PASSWORD, tenants: [{ tenant: fx.tenants.A.id, roles: ['editor'] }] },
    })
    const made = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, overrideAccess: true })
    const user = made.docs[0]
    expect(response.status).toBe(201)
    expect(user ? membershipTenants(user) : 'not created').toEqual([fx.tenants.A.id])
  })

  it('cannot grant platform-admin, on create or on update', async () => {
    const admin = fx.users.tenantAdminA
    const email = `${fx.marker('would-be-admin')}@example.org`
    const created = await rest('POST', 'users', {
      token: admin.token,
      body: { email, password: FIXTURE_PASSWORD, roles: ['platform-admin'], tenants: [{ tenant: fx.tenants.A.id, roles: ['editor'] }] },
    })
    const made = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, overrideAccess: true })
    expect(made.docs.filter((user) => user.roles?.includes('platform-admin')), `POST answered ${created.status}`).toEqual([])

    const { user: member } = await freshUser('promote', [{ tenant: fx.tenants.A.id, roles: ['councillor'] }])
    const updated = await rest('PATCH', `users/${member.id}`, { token: admin.token, body: { roles: ['platform-admin'] } })
    expect((await userNow(member.id)).roles ?? [], `PATCH answered ${updated.status}`).not.toContain('platform-admin')
  })

  it('cannot create a user with a membership in B', async () => {
    const email = `${fx.marker('member-of-b')}@example.org`
    const response = await rest('POST', 'users', {
      token: fx.users.tenantAdminA.token,
      body: { email, password: FIXTURE_PASSWORD, tenants: [{ tenant: fx.tenants.B.id, roles: ['editor'] }] },
    })
    const made = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, overrideAccess: true })
    const inB = made.docs.filter((user) => membershipTenants(user).includes(fx.tenants.B.id))
    expect(inB.map((user) => user.email), `POST answered ${response.status}`).toEqual([])
  })

  it('cannot add a membership in B to a user of A', async () => {
    const { user: member } = await freshUser('add-b', [{ tenant: fx.tenants.A.id, roles: ['councillor'] }])
    const response = await rest('PATCH', `users/${member.id}`, {
      token: fx.users.tenantAdminA.token,
      body: {
        tenants: [
          { tenant: fx.tenants.A.id, roles: ['councillor'] },
          { tenant: fx.tenants.B.id, roles: ['editor'] },
        ],
      },
    })
    expect(membershipTenants(await userNow(member.id)), `PATCH answered ${response.status}`).toEqual([fx.tenants.A.id])
  })

  for (const role of ['councillor', 'editor', 'tenant-admin'] as const) {
    it(`${role === 'editor' ? 'an' : 'a'} ${role} of A cannot change their own roles or memberships`, async () => {
      const self = await createActor(payload, `${fx.marker(`self-${role}`)}@example.org`, [{ tenant: fx.tenants.A.id, roles: [role] }])
      const before = await userNow(self.user.id)
      const roles = await rest('PATCH', `users/${self.user.id}`, { token: self.token, body: { roles: ['platform-admin'] } })
      const memberships = await rest('PATCH', `users/${self.user.id}`, {
        token: self.token,
        body: {
          tenants: [
            { tenant: fx.tenants.A.id, roles: ['tenant-admin'] },
            { tenant: fx.tenants.B.id, roles: ['tenant-admin'] },
          ],
        },
      })
      const after = await userNow(self.user.id)
      const summary = (user: User): { roles: string[]; tenants: string[] } => ({
        roles: user.roles ?? [],
        tenants: (user.tenants ?? []).map((m) => `${relationId(m.tenant)}:${[...m.roles].sort().join(',')}`),
      })
      expect(summary(after), `PATCH roles answered ${roles.status}, PATCH tenants answered ${memberships.status}`).toEqual(summary(before))
    })
  }

  it('an editor cannot create users', async () => {
    const email = `${fx.marker('by-editor')}@example.org`
    const response = await rest('POST', 'users', {
      token: fx.users.editorA.token,
      body: { email, password: FIXTURE_PASSWORD, tenants: [{ tenant: fx.tenants.A.id, roles: ['councillor'] }] },
    })
    const made = await payload.count({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true })
    expect({ status: response.status, created: made.totalDocs }).toEqual({ status: 403, created: 0 })
  })
})

// ── password changes ──────────────────────────────────────────────────────────────────────────
describe("changing another user's password", () => {
  const passwordCases: { who: string; caller: (self: Actor) => Actor; memberships: () => Membership[]; allowed: boolean }[] = [
    { who: 'the user themself', caller: (self) => self, memberships: () => [{ tenant: fx.tenants.A.id, roles: ['councillor'] }], allowed: true },
    { who: 'an editor of A, for a user of A', caller: () => fx.users.editorA, memberships: () => [{ tenant: fx.tenants.A.id, roles: ['councillor'] }], allowed: false },
    // Nobody but the owner: an admin who could set a councillor's password could sign in as them
    // and read their incident log (src/collections/Users/hooks/ownCredentials.ts).
    { who: 'a tenant-admin of A, for a user only in A', caller: () => fx.users.tenantAdminA, memberships: () => [{ tenant: fx.tenants.A.id, roles: ['councillor'] }], allowed: false },
    {
      who: 'a tenant-admin of A, for a user in A and B',
      caller: () => fx.users.tenantAdminA,
      memberships: () => [
        { tenant: fx.tenants.A.id, roles: ['councillor'] },
        { tenant: fx.tenants.B.id, roles: ['editor'] },
      ],
      allowed: false,
    },
    { who: 'a tenant-admin of A, for a user of B', caller: () => fx.users.tenantAdminA, memberships: () => [{ tenant: fx.tenants.B.id, roles: ['councillor'] }], allowed: false },
    { who: 'a platform admin', caller: () => fx.users.platformAdmin, memberships: () => [{ tenant: fx.tenants.B.id, roles: ['councillor'] }], allowed: false },
  ]
  for (const passwordCase of passwordCases) {
    it(`by ${passwordCase.who} → ${passwordCase.allowed ? 'allowed' : 'refused'}`, async () => {
      const target = await createActor(payload, `${fx.marker('pw')}@example.org`, passwordCase.memberships())
      const newPassword = `changed-${fx.marker('pw')}`
      const response = await rest('PATCH', `users/${target.user.id}`, { token: passwordCase.caller(target).token, body: { password: newPassword } })
      const withNew = await canLogIn(target.email, newPassword)
      const withOld = await canLogIn(target.email, FIXTURE_PASSWORD)
      if (passwordCase.allowed) {
        expect({ status: response.status, withNew, withOld: withOld === true }).toEqual({ status: 200, withNew: true, withOld: false })
      } else {
        expect({ status: response.status, withNew: withNew === true, withOld }).toEqual({
          status: refusal,
          withNew: false,
          withOld: true,
        })
      }
    })
  }
})

describe("changing another user's email address", () => {
  for (const [who, caller] of [
    ['a tenant-admin of A, for a user only in A', () => fx.users.tenantAdminA],
    ['a platform admin', () => fx.users.platformAdmin],
  ] as const) {
    it(`by ${who} → refused, naming the field; the owner may`, async () => {
      const target = await createActor(payload, `${fx.marker('mail')}@example.org`, [{ tenant: fx.tenants.A.id, roles: ['councillor'] }])
      const elsewhere = `${fx.marker('taken-over')}@example.org`
      const response = await rest('PATCH', `users/${target.user.id}`, { token: caller().token, body: { email: elsewhere } })
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.json)).toContain("Only the account's owner can change its email address")
      expect((await userNow(target.user.id)).email).toBe(target.email)
      // The same address sent back unchanged (as the admin's form does) is no change.
      const unchanged = await rest('PATCH', `users/${target.user.id}`, { token: caller().token, body: { email: target.email, name: 'Renamed by an admin' } })
      expect(unchanged.status).toBe(200)
      const own = await rest('PATCH', `users/${target.user.id}`, { token: target.token, body: { email: elsewhere } })
      expect(own.status).toBe(200)
    })
  }
})

// ── platform-only tenant fields ───────────────────────────────────────────────────────────────
describe("tenant-admin of A and A's platform-only fields", () => {
  const changes: { field: 'slug' | 'kind' | 'domains' | 'active' | 'nation'; value: () => Json; read: (tenant: Tenant) => unknown }[] = [
    { field: 'slug', value: () => fx.marker('renamed'), read: (tenant) => tenant.slug },
    { field: 'kind', value: () => 'party', read: (tenant) => tenant.kind },
    { field: 'domains', value: () => [{ domain: `${fx.marker('own')}.example.org` }], read: (tenant) => (tenant.domains ?? []).map((d) => d.domain) },
    { field: 'active', value: () => false, read: (tenant) => tenant.active },
    { field: 'nation', value: () => 'wales', read: (tenant) => tenant.nation },
  ]
  for (const change of changes) {
    it(`cannot change ${change.field}`, async () => {
      const before = change.read(await tenantNow(fx.tenants.A.id))
      const response = await rest('PATCH', `tenants/${fx.tenants.A.id}`, {
        token: fx.users.tenantAdminA.token,
        body: { [change.field]: change.value() },
      })
      expect(change.read(await tenantNow(fx.tenants.A.id)), `PATCH answered ${response.status}`).toEqual(before)
    })
  }
})

// ── validation messages ───────────────────────────────────────────────────────────────────────
/** WCAG 2.2 contrast, computed here independently of src/lib/colour. */
function wcagContrastWithWhite(hex: string): number {
  const linear = (start: number): number => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  }
  const luminance = 0.2126 * linear(1) + 0.7152 * linear(3) + 0.0722 * linear(5)
  return 1.05 / (luminance + 0.05)
}

describe('tenant validation (platform admin, REST)', () => {
  const newTenant = (overrides: JsonObject): JsonObject => ({
    name: 'Validation council',
    slug: fx.marker('valid'),
    kind: 'council',
    nation: 'england',
    locales: ['en'],
    defaultLocale: 'en',
    active: false,
    ...overrides,
  })

  it('a duplicate slug → 400 naming slug', async () => {
    const response = await rest('POST', 'tenants', { token: fx.users.platformAdmin.token, body: newTenant({ slug: fx.tenants.A.slug }) })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.json).map((error) => error.path)).toContain('slug')
  })

  it('a domain given as a URL (https://x.org) → 400 naming domains', async () => {
    const response = await rest('POST', 'tenants', { token: fx.users.platformAdmin.token, body: newTenant({ domains: [{ domain: 'https://x.org' }] }) })
    expect(response.status).toBe(400)
    expect(fieldErrors(response.json).some((error) => error.path.startsWith('domains'))).toBe(true)
  })

  it('primary colour #ffdd00 → 400 whose message gives the contrast ratio', async () => {
    const response = await rest('POST', 'tenants', {
      token: fx.users.platformAdmin.token,
      body: newTenant({ branding: { primaryColour: '#ffdd00' } }),
    })
    expect(response.status).toBe(400)
    const error = fieldErrors(response.json).find((candidate) => candidate.path === 'branding.primaryColour')
    const ratio = Math.floor(wcagContrastWithWhite('#ffdd00') * 100) / 100
    expect(error?.message).toContain(`${ratio}:1`)
  })
})
