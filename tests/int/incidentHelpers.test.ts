/**
 * Helpers of an incident log (issue 19, item 4): a councillor names members of the same tenant
 * who may read and add to their log, revocable at once, recorded in the history. A helper reads
 * and adds, never changes or deletes; access ends the moment the grant is revoked or either
 * membership ends; nobody else gains anything.
 */
import pg from 'pg'
import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readHistoryEntries, verifyIncidentHistory } from '@/collections/Incidents/hooks/history'
import { addHelper, getSharedIncident, helperRegister, listHelpers, listSharedEvidence, listSharedIncidents, logsSharedWith, recordForOwner, revokeHelper } from '@/data/incidentHelpers'
import { emptyIncidentInput, getIncident, listIncidents } from '@/data/incidents'
import type { Site } from '@/data/site'
import { helperChainIntact, type HelperEntry } from '@/lib/incidents/chain'
import type { Incident, Tenant, User } from '@/payload-types'

import { graphql, rest, type JsonObject } from '../helpers/apiClient'
import { createMember, createTenant, ensureSeeded, PASSWORD } from '../helpers/contacts'
import { siteFor, testPayload, uniqueSuffix } from '../helpers/payload'

type Role = 'owner' | 'helper' | 'caseworker' | 'bystander' | 'tenantAdmin' | 'platformAdmin' | 'otherTenant'

let payload: Payload
let db: pg.Client
let tenant: Tenant
let other: Tenant
let site: Site
const suffix = uniqueSuffix()
const users = {} as Record<Role, TypedUser>
const tokens = {} as Record<Role, string>
const MARKER = `HELPMARK${suffix}`
const ORIGIN = 'http://localhost:3000'

const asTyped = (user: User): TypedUser => ({ ...user, collection: 'users' }) as TypedUser
const idOf = (value: unknown): number => (typeof value === 'number' ? value : (value as { id: number }).id)

function incidentData(tag: string): Record<string, unknown> {
  return {
    tenant: tenant.id,
    happenedAt: new Date(Date.now() - 3_600_000).toISOString(),
    platform: 'x',
    kinds: ['harassment'],
    whatHappened: `${MARKER}-${tag}`,
    handles: [{ handle: `@${MARKER}` }],
  }
}

const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4ab0000000049454e44ae426082', 'hex')

async function upload(incident: number, token: string) {
  const { REST_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const form = new FormData()
  form.append('incident', String(incident))
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${MARKER}.png`)
  const headers = new Headers({ Authorization: `JWT ${token}`, Host: 'localhost:3000' })
  const response = await REST_POST(config)(new Request(`${ORIGIN}/api/evidence`, { method: 'POST', headers, body: form }), { params: Promise.resolve({ slug: ['evidence'] }) })
  return { status: response.status, json: (await response.json()) as JsonObject }
}

async function download(id: number, token: string) {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const response = await REST_GET(config)(new Request(`${ORIGIN}/api/evidence/${id}/file`, { headers: { Authorization: `JWT ${token}` } }), {
    params: Promise.resolve({ slug: ['evidence', String(id), 'file'] }),
  })
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) }
}

/** The user as the database has them now (a membership ended since, say). */
async function fresh(user: TypedUser): Promise<TypedUser> {
  return asTyped(await payload.findByID({ collection: 'users', id: user.id as number, depth: 0, overrideAccess: true }))
}

async function endMemberships(user: TypedUser, endsAt: string | null): Promise<void> {
  const current = await payload.findByID({ collection: 'users', id: user.id as number, depth: 0, overrideAccess: true })
  const tenants = (current.tenants ?? []).map((m) => ({ ...m, tenant: idOf(m.tenant), endsAt }))
  await payload.update({ collection: 'users', id: user.id as number, data: { tenants }, overrideAccess: true })
}

/** What a REST read of the owner's incidents gives `role`: the ids it can see. */
async function restIncidentIds(role: Role): Promise<number[]> {
  const list = await rest('GET', 'incidents', { token: tokens[role], query: { limit: '100', 'where[owner][equals]': String(users.owner.id) } })
  if (list.status === 403) return []
  expect(list.status).toBe(200)
  return ((list.json.docs as JsonObject[]) ?? []).map((doc) => doc.id as number)
}

let ownIncident: Incident

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  tenant = await createTenant(payload, { slug: `helpers-${suffix}`, nation: 'wales' })
  other = await createTenant(payload, { slug: `helpers-other-${suffix}`, nation: 'england' })
  for (const on of [tenant, other]) await payload.update({ collection: 'tenants', id: on.id, data: { incidentLogEnabled: true }, overrideAccess: true })
  const member = async (role: Role, memberships: Parameters<typeof createMember>[2]) => {
    users[role] = asTyped(await createMember(payload, `help-${role}-${suffix}@example.org`, memberships))
  }
  await member('owner', [{ tenant: tenant.id, roles: ['councillor'] }])
  await member('helper', [{ tenant: tenant.id, roles: ['councillor'] }])
  // A caseworker who keeps no log of their own: an officer of the council.
  await member('caseworker', [{ tenant: tenant.id, roles: ['officer'] }])
  await member('bystander', [{ tenant: tenant.id, roles: ['councillor'] }])
  await member('tenantAdmin', [{ tenant: tenant.id, roles: ['tenant-admin'] }])
  await member('otherTenant', [{ tenant: other.id, roles: ['councillor'] }])
  users.platformAdmin = asTyped(
    await payload.create({ collection: 'users', overrideAccess: true, data: { email: `help-platformAdmin-${suffix}@example.org`, password: PASSWORD, roles: ['platform-admin'] } }),
  )
  for (const role of Object.keys(users) as Role[]) {
    const { token } = await payload.login({ collection: 'users', data: { email: users[role].email as string, password: PASSWORD } })
    tokens[role] = token as string
  }
  site = await siteFor(tenant.slug, 'en')
  ownIncident = await payload.create({ collection: 'incidents', data: incidentData('own') as never, user: users.owner, overrideAccess: false })
  db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
}, 300_000)

afterAll(async () => {
  await db?.end()
})

describe('naming helpers', () => {
  it('refuses a malformed address, the owner themself, and anyone who is not a current member of this tenant, with one answer whether or not the address exists', async () => {
    expect(await addHelper(site, users.owner, 'not an address')).toEqual({ ok: false, problem: 'email-invalid' })
    expect(await addHelper(site, users.owner, users.owner.email as string)).toEqual({ ok: false, problem: 'self' })
    const elsewhere = await addHelper(site, users.owner, users.otherTenant.email as string)
    const nowhere = await addHelper(site, users.owner, `nobody-${suffix}@example.org`)
    expect(elsewhere).toEqual({ ok: false, problem: 'not-a-member' })
    expect(nowhere).toEqual(elsewhere)
    expect(await listHelpers(site, users.owner)).toEqual([])
  })

  it('names a colleague (address in any case) and a caseworker, lists them, and refuses naming one twice', async () => {
    expect(await addHelper(site, users.owner, ` ${(users.helper.email as string).toUpperCase()} `)).toEqual({ ok: true, helper: users.helper.id })
    expect(await addHelper(site, users.owner, users.caseworker.email as string)).toEqual({ ok: true, helper: users.caseworker.id })
    expect(await addHelper(site, users.owner, users.helper.email as string)).toEqual({ ok: false, problem: 'already' })
    expect((await listHelpers(site, users.owner)).map((helper) => helper.email)).toEqual([users.helper.email, users.caseworker.email])
    // Someone who is not the owner of a log cannot name helpers for it (a bystander names for their own log only).
    expect((await listHelpers(site, users.helper)).length).toBe(0)
  })

  it('the register cannot be written through the API and is read by its owner alone', async () => {
    const post = await rest('POST', 'incident-helpers', { token: tokens.owner, body: { owner: users.owner.id, tenant: tenant.id, helper: users.bystander.id } })
    expect(post.status).toBe(403)
    for (const role of ['helper', 'bystander', 'tenantAdmin', 'platformAdmin'] as const) {
      const read = await rest('GET', 'incident-helpers', { token: tokens[role], query: { limit: '100' } })
      expect(JSON.stringify(read.json)).not.toContain(`"owner":${users.owner.id}`)
    }
    const own = await rest('GET', 'incident-helpers', { token: tokens.owner, query: { limit: '100' } })
    expect((own.json.docs as JsonObject[]).length).toBe(2)
  })
})

describe('a helper', () => {
  it('sees the log among those shared with them, and reads it in plaintext by the site, the Local API and REST', async () => {
    expect(await logsSharedWith(site, users.helper)).toEqual([{ owner: users.owner.id, ownerName: users.owner.email }])
    const timeline = await listSharedIncidents(site, users.helper, users.owner.id as number)
    expect(timeline.map((incident) => incident.whatHappened)).toEqual([`${MARKER}-own`])
    expect((await getSharedIncident(site, users.helper, users.owner.id as number, String(ownIncident.id)))?.handles).toEqual([`@${MARKER}`])
    const local = await payload.findByID({ collection: 'incidents', id: ownIncident.id, user: users.helper, overrideAccess: false })
    expect(local.whatHappened).toBe(`${MARKER}-own`)
    const one = await rest('GET', `incidents/${ownIncident.id}`, { token: tokens.caseworker })
    expect(one.status).toBe(200)
    expect(one.json.whatHappened).toBe(`${MARKER}-own`)
    expect(JSON.stringify(one.json)).not.toContain('encryptionKey')
    // The owner-side doors stay the owner's: the helper's own log does not include it.
    expect(await listIncidents(site, users.helper)).toEqual([])
    expect(await getIncident(site, users.helper, String(ownIncident.id))).toBeNull()
  })

  it('every read by a helper is an entry in the incident\'s history, and the chain still verifies', async () => {
    const entries = await readHistoryEntries(payload, ownIncident.id)
    const views = entries.filter((entry) => entry.action === 'helper-viewed')
    expect(views.length).toBeGreaterThanOrEqual(4)
    expect(new Set(views.map((entry) => entry.actor))).toEqual(new Set([users.helper.id, users.caseworker.id]))
    expect((await verifyIncidentHistory(payload, ownIncident.id)).ok).toBe(true)
    // The owner's own reads are not entries.
    const before = (await readHistoryEntries(payload, ownIncident.id)).length
    await payload.findByID({ collection: 'incidents', id: ownIncident.id, user: users.owner, overrideAccess: false })
    expect((await readHistoryEntries(payload, ownIncident.id)).length).toBe(before)
  })

  it('adds an incident to the log: the owner\'s, marked as added by the helper, which the owner reads', async () => {
    const input = { ...emptyIncidentInput, happenedAt: new Date(Date.now() - 600_000).toISOString(), platform: 'facebook' as const, kinds: ['threat' as const], whatHappened: `${MARKER}-added` }
    const result = await recordForOwner(site, users.helper, users.owner.id as number, input)
    expect(result?.ok).toBe(true)
    const id = result?.ok ? result.id : 0
    const stored = await payload.findByID({ collection: 'incidents', id, user: users.owner, overrideAccess: false })
    expect(idOf(stored.owner)).toBe(users.owner.id)
    expect(stored.addedBy).toBe(users.helper.id)
    expect(stored.whatHappened).toBe(`${MARKER}-added`)
    const created = (await readHistoryEntries(payload, id))[0]
    expect(created?.action).toBe('create')
    expect(created?.actor).toBe(users.helper.id)
    // By REST too, naming the owner; and a bystander naming the owner records in their own log instead.
    const byRest = await rest('POST', 'incidents', { token: tokens.caseworker, body: { ...(incidentData('rest') as JsonObject), owner: users.owner.id as number } })
    expect(byRest.status).toBe(201)
    const restDoc = byRest.json.doc as JsonObject
    expect(idOf(restDoc.owner)).toBe(users.owner.id)
    expect(restDoc.addedBy).toBe(users.caseworker.id)
    const bystander = await rest('POST', 'incidents', { token: tokens.bystander, body: { ...(incidentData('bystander') as JsonObject), owner: users.owner.id as number } })
    expect(bystander.status).toBe(201)
    expect(idOf((bystander.json.doc as JsonObject).owner)).toBe(users.bystander.id)
    // Bad input from a helper is refused by field, as from the owner.
    const bad = await recordForOwner(site, users.helper, users.owner.id as number, { ...input, whatHappened: '', happenedAt: new Date(Date.now() + 86_400_000).toISOString() })
    expect(bad?.ok).toBe(false)
  })

  it('attaches evidence to the owner\'s incidents, downloads it (recorded), and the file name opens for them', async () => {
    const uploaded = await upload(ownIncident.id, tokens.helper)
    expect(uploaded.status).toBe(201)
    const evidenceId = (uploaded.json.doc as JsonObject).id as number
    const files = await listSharedEvidence(site, users.helper, users.owner.id as number, ownIncident.id)
    expect(files.map((file) => file.fileName)).toEqual([`${MARKER}.png`])
    const got = await download(evidenceId, tokens.caseworker)
    expect(got.status).toBe(200)
    expect(got.body.equals(png)).toBe(true)
    const entries = await readHistoryEntries(payload, ownIncident.id)
    const added = entries.find((entry) => entry.action === 'evidence-added')
    expect(added?.actor).toBe(users.helper.id)
    const downloaded = entries.find((entry) => entry.action === 'helper-evidence-downloaded')
    expect(downloaded?.actor).toBe(users.caseworker.id)
    expect(downloaded?.evidence?.id).toBe(evidenceId)
    expect((await verifyIncidentHistory(payload, ownIncident.id)).ok).toBe(true)
    // The owner's own downloads are not entries.
    const count = entries.length
    expect((await download(evidenceId, tokens.owner)).status).toBe(200)
    expect((await readHistoryEntries(payload, ownIncident.id)).length).toBe(count)
  })

  it('cannot change or delete anything in the log, by REST or the Local API, nor make the owner\'s bundle', async () => {
    const patch = await rest('PATCH', `incidents/${ownIncident.id}`, { token: tokens.helper, body: { whatHappened: 'tampered' } })
    expect([403, 404]).toContain(patch.status)
    const remove = await rest('DELETE', `incidents/${ownIncident.id}`, { token: tokens.caseworker })
    expect([403, 404]).toContain(remove.status)
    await expect(payload.update({ collection: 'incidents', id: ownIncident.id, data: { whatHappened: 'tampered' }, user: users.helper, overrideAccess: false })).rejects.toThrow()
    await expect(payload.delete({ collection: 'incidents', id: ownIncident.id, user: users.helper, overrideAccess: false })).rejects.toThrow()
    const evidence = await rest('DELETE', 'evidence', { token: tokens.helper, query: { 'where[owner][equals]': String(users.owner.id) } })
    expect(JSON.stringify(evidence.json.docs ?? [])).toBe('[]')
    const history = await rest('GET', 'incident-history', { token: tokens.helper, query: { limit: '100', 'where[incident][equals]': String(ownIncident.id) } })
    expect(JSON.stringify(history.json)).not.toContain(`"incident":${ownIncident.id}`)
    const bundle = await rest('GET', 'incidents/bundle', { token: tokens.helper, query: { tenant: String(tenant.id), ids: String(ownIncident.id), locale: 'en' } })
    expect(bundle.status).toBe(404)
    const stored = await payload.findByID({ collection: 'incidents', id: ownIncident.id, overrideAccess: true })
    expect(stored.whatHappened).toBe(`${MARKER}-own`)
    expect((await payload.count({ collection: 'evidence', where: { incident: { equals: ownIncident.id } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('gives nobody else anything: a bystander councillor, the tenant admin, a platform admin, another tenant', async () => {
    for (const role of ['bystander', 'tenantAdmin', 'platformAdmin', 'otherTenant'] as const) {
      expect(await restIncidentIds(role)).toEqual([])
      const one = await rest('GET', `incidents/${ownIncident.id}`, { token: tokens[role] })
      expect([403, 404]).toContain(one.status)
      expect(JSON.stringify(one.json)).not.toContain(MARKER)
      expect(await logsSharedWith(site, users[role])).toEqual([])
    }
  })
})

describe('access ends at once', () => {
  it('when the owner revokes: the next request, by every route, gets nothing, and the revocation is in the register', async () => {
    const evidence = await payload.find({ collection: 'evidence', where: { incident: { equals: ownIncident.id } }, overrideAccess: true })
    const evidenceId = evidence.docs[0]?.id as number
    expect(await revokeHelper(site, users.owner, users.helper.id as number)).toBe(true)
    expect(await revokeHelper(site, users.owner, users.helper.id as number)).toBe(false)
    expect(await restIncidentIds('helper')).toEqual([])
    expect(await payload.find({ collection: 'incidents', where: { owner: { equals: users.owner.id } }, user: users.helper, overrideAccess: false })).toMatchObject({ docs: [] })
    expect(await listSharedIncidents(site, users.helper, users.owner.id as number)).toEqual([])
    expect(await logsSharedWith(site, users.helper)).toEqual([])
    expect((await download(evidenceId, tokens.helper)).status).toBe(404)
    expect((await upload(ownIncident.id, tokens.helper)).status).toBe(404)
    const addAfter = await rest('POST', 'incidents', { token: tokens.helper, body: { ...(incidentData('after') as JsonObject), owner: users.owner.id as number } })
    // Recorded in the helper's own log (they keep one), never the owner's.
    expect(idOf((addAfter.json.doc as JsonObject).owner)).toBe(users.helper.id)
    // The caseworker is still a helper.
    expect((await restIncidentIds('caseworker')).length).toBeGreaterThan(0)
    const register = await helperRegister(site, users.owner)
    expect(register.intact).toBe(true)
    expect(register.entries.map((entry) => [entry.action, entry.helper])).toEqual([
      ['helper-added', users.helper.email],
      ['helper-added', users.caseworker.email],
      ['helper-revoked', users.helper.email],
    ])
  })

  it('the matrix: a helper and a revoked helper, for every operation on incidents and evidence, by every transport', async () => {
    // Now: the caseworker helps; the colleague ("helper") was revoked.
    const evidenceId = (await payload.find({ collection: 'evidence', where: { incident: { equals: ownIncident.id } }, overrideAccess: true })).docs[0]?.id as number
    const owner = users.owner.id as number
    const attempt = async <T>(run: () => Promise<T>): Promise<T | 'refused'> => {
      try {
        return await run()
      } catch (error) {
        if ([403, 404].includes((error as { status?: number }).status ?? 0)) return 'refused'
        throw error
      }
    }
    for (const [role, helps] of [['caseworker', true], ['helper', false]] as const) {
      const user = await fresh(users[role])
      const token = tokens[role]
      for (const collection of ['incidents', 'evidence'] as const) {
        const id = collection === 'incidents' ? ownIncident.id : evidenceId
        const where = { owner: { equals: owner } }
        // Read: REST find, findByID, count; Local API (overrideAccess: false) find, findByID, count.
        const restFind = await rest('GET', collection, { token, query: { limit: '100', 'where[owner][equals]': String(owner) } })
        const restOne = await rest('GET', `${collection}/${id}`, { token })
        const restCount = await rest('GET', `${collection}/count`, { token, query: { 'where[owner][equals]': String(owner) } })
        const localFind = await attempt(() => payload.find({ collection, where, user, overrideAccess: false }))
        const localOne = await attempt(() => payload.findByID({ collection, id, user, overrideAccess: false }))
        const localCount = await attempt(() => payload.count({ collection, where, user, overrideAccess: false }))
        const restIds = ((restFind.json.docs as JsonObject[] | undefined) ?? []).map((doc) => doc.id)
        expect(restIds.includes(id), `${role} REST find ${collection}`).toBe(helps)
        if (helps) expect(restOne.status, `${role} REST findByID ${collection}`).toBe(200)
        else expect([403, 404], `${role} REST findByID ${collection}`).toContain(restOne.status)
        expect(((restCount.json.totalDocs as number | undefined) ?? 0) > 0, `${role} REST count ${collection}`).toBe(helps)
        expect(localFind !== 'refused' && localFind.docs.some((doc) => doc.id === id), `${role} Local find ${collection}`).toBe(helps)
        expect(localOne !== 'refused', `${role} Local findByID ${collection}`).toBe(helps)
        expect(localCount !== 'refused' && localCount.totalDocs > 0, `${role} Local count ${collection}`).toBe(helps)
        // Update and delete: refused to both, by REST and the Local API.
        const patch = await rest('PATCH', `${collection}/${id}`, { token, body: collection === 'incidents' ? { whatHappened: 'tampered' } : { sha256: 'tampered' } })
        expect([403, 404], `${role} REST update ${collection}`).toContain(patch.status)
        const remove = await rest('DELETE', `${collection}/${id}`, { token })
        expect([403, 404], `${role} REST delete ${collection}`).toContain(remove.status)
        expect(await attempt(() => payload.update({ collection, id, data: collection === 'incidents' ? { whatHappened: 'tampered' } : { sha256: 'tampered' }, user, overrideAccess: false }))).toBe('refused')
        expect(await attempt(() => payload.delete({ collection, id, user, overrideAccess: false }))).toBe('refused')
        // GraphQL is off for both collections: nothing to ask.
        const gql = await graphql(collection === 'incidents' ? '{ Incidents { docs { id } } }' : '{ allEvidence { docs { id } } }', {}, token)
        expect(gql.errors.length).toBeGreaterThan(0)
      }
      // Create: an incident in the owner's log only while helping (by REST and the Local API); evidence rows never through the API.
      const restCreate = await rest('POST', 'incidents', { token, body: { ...(incidentData(`matrix-${role}`) as JsonObject), owner } })
      expect(restCreate.status).toBe(201)
      expect(idOf((restCreate.json.doc as JsonObject).owner) === owner, `${role} REST create incident`).toBe(helps)
      const localCreate = await payload.create({ collection: 'incidents', data: { ...incidentData(`matrix-local-${role}`), owner } as never, user, overrideAccess: false })
      expect(idOf(localCreate.owner) === owner, `${role} Local create incident`).toBe(helps)
      const evidenceCreate = await attempt(() => payload.create({ collection: 'evidence', data: { incident: ownIncident.id, owner, tenant: tenant.id, sha256: 'x', size: 1, mimeType: 'image/png', uploadedAt: new Date().toISOString(), storageKey: 'x', encryptionKey: 'x' }, user, overrideAccess: false }))
      expect(evidenceCreate).toBe('refused')
      // The upload and download endpoints, the bundle, and the site's doors.
      expect((await upload(ownIncident.id, token)).status, `${role} upload`).toBe(helps ? 201 : 404)
      expect((await download(evidenceId, token)).status, `${role} download`).toBe(helps ? 200 : 404)
      // The owner's incident by id: nobody but the owner bundles it (a councillor's own log is their own to bundle).
      expect((await rest('GET', 'incidents/bundle', { token, query: { tenant: String(tenant.id), ids: String(ownIncident.id), locale: 'en' } })).status, `${role} bundle`).toBe(404)
      expect((await listSharedIncidents(site, user, owner)).length > 0, `${role} site timeline`).toBe(helps)
      expect((await getSharedIncident(site, user, owner, String(ownIncident.id))) !== null, `${role} site incident`).toBe(helps)
      expect((await listSharedEvidence(site, user, owner, ownIncident.id)).length > 0, `${role} site evidence`).toBe(helps)
      expect((await recordForOwner(site, user, owner, { ...emptyIncidentInput, happenedAt: new Date(Date.now() - 60_000).toISOString(), platform: 'x', kinds: ['other'], whatHappened: `${MARKER}-site-${role}` })) !== null, `${role} site record`).toBe(helps)
    }
    expect((await payload.findByID({ collection: 'incidents', id: ownIncident.id, overrideAccess: true })).whatHappened).toBe(`${MARKER}-own`)
  })

  it('the register is a hash chain: an altered or removed entry shows', async () => {
    const rows = await payload.find({ collection: 'incident-helpers', where: { owner: { equals: users.owner.id } }, sort: 'seq', overrideAccess: true, limit: 0, pagination: false })
    const entries: HelperEntry[] = rows.docs.map((doc) => ({ owner: doc.owner, tenant: doc.tenant, seq: doc.seq, action: doc.action, actor: doc.actor ?? null, helper: doc.helper, at: new Date(doc.at).toISOString(), prevHash: doc.prevHash, hash: doc.hash }))
    expect(helperChainIntact(entries)).toBe(true)
    expect(helperChainIntact(entries.map((entry, index) => (index === 1 ? { ...entry, helper: users.bystander.id as number } : entry)))).toBe(false)
    expect(helperChainIntact(entries.filter((_, index) => index !== 0))).toBe(false)
  })

  it('when the helper\'s membership of the tenant ends, and again when the owner\'s does', async () => {
    await endMemberships(users.caseworker, new Date(Date.now() - 1000).toISOString())
    expect(await restIncidentIds('caseworker')).toEqual([])
    expect(await logsSharedWith(site, await fresh(users.caseworker))).toEqual([])
    await endMemberships(users.caseworker, null)
    expect((await restIncidentIds('caseworker')).length).toBeGreaterThan(0)
    await endMemberships(users.owner, new Date(Date.now() - 1000).toISOString())
    expect(await restIncidentIds('caseworker')).toEqual([])
    // The owner, who has left office, still reads their own log (12 months), alone.
    expect((await restIncidentIds('owner')).length).toBeGreaterThan(0)
    await endMemberships(users.owner, null)
    expect((await restIncidentIds('caseworker')).length).toBeGreaterThan(0)
  })
})
