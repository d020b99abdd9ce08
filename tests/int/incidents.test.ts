/**
 * The incident log's privacy: only the owner reads or writes an incident, through every way in
 * (Local API as the user with overrideAccess: false, REST, GraphQL); the database holds no
 * plaintext of any free-text field; and the history chain shows alteration and removal.
 */
import pg from 'pg'
import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readHistoryEntries, verifyIncidentHistory } from '@/collections/Incidents/hooks/history'
import { incidentKeyring } from '@/collections/Incidents/keys'
import { rewrapIncidentKeys } from '@/collections/Incidents/rewrapKeys'
import { decryptField, generateMasterKeyText, parseMasterKey, unwrapDataKey, wrappingKeyId } from '@/lib/incidents/crypto'
import { getIncident, incidentLogOpenTo, listIncidents, patternsOf, recordIncident, type IncidentView } from '@/data/incidents'
import type { Incident, Tenant, User } from '@/payload-types'

import { graphql, rest, type JsonObject } from '../helpers/apiClient'
import { createMember, createTenant, ensureSeeded, PASSWORD } from '../helpers/contacts'
import { siteFor, testPayload, uniqueSuffix } from '../helpers/payload'

type Role = 'owner' | 'colleague' | 'editor' | 'tenantAdmin' | 'platformAdmin' | 'otherTenant' | 'logOff'

let payload: Payload
let db: pg.Client
let tenant: Tenant
let other: Tenant
let off: Tenant
const suffix = uniqueSuffix()
const users = {} as Record<Role, TypedUser>
const tokens = {} as Record<Role, string>
// A marker in every free-text field: it must never be found in the database in the clear.
const MARKER = `MARKER${suffix}`

const asTyped = (user: User): TypedUser => ({ ...user, collection: 'users' }) as TypedUser

function incidentData(tenantId: number, tag = ''): Record<string, unknown> {
  return {
    tenant: tenantId,
    happenedAt: new Date(Date.now() - 3_600_000).toISOString(),
    platform: 'x',
    kinds: ['threat', 'harassment'],
    whatHappened: `${MARKER}-what${tag}`,
    impact: `${MARKER}-impact`,
    witnesses: `${MARKER}-witnesses`,
    handles: [{ handle: `@${MARKER}-handle` }, { handle: `${MARKER} Real Name` }],
    links: [{ url: `https://x.example/${MARKER}/status/1` }],
    platformReport: { reportedOn: new Date(Date.now() - 1_800_000).toISOString(), reference: `${MARKER}-ref`, outcome: `${MARKER}-outcome` },
    policeReport: { crimeReference: `${MARKER}-crime`, officer: `PC ${MARKER}`, operationFord: true },
  }
}

async function dumpIncidentTables(): Promise<string> {
  const tables = ['incidents', 'incidents_handles', 'incidents_links', 'incidents_kinds', 'incident_history']
  const parts: string[] = []
  for (const table of tables) {
    const result = await db.query(`select * from ${table}`)
    parts.push(JSON.stringify(result.rows))
  }
  return parts.join('\n')
}

/** A refused read: Payload throws Forbidden when access is false, and finds nothing when it is a filter. */
async function foundNothing(read: Promise<{ docs: unknown[] } | { totalDocs: number }>): Promise<boolean> {
  try {
    const result = await read
    return 'docs' in result ? result.docs.length === 0 : result.totalDocs === 0
  } catch (error) {
    return (error as { status?: number }).status === 403
  }
}

async function createAsOwner(tag = ''): Promise<Incident> {
  return payload.create({ collection: 'incidents', data: incidentData(tenant.id, tag) as never, user: users.owner, overrideAccess: false })
}

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  tenant = await createTenant(payload, { slug: `incidents-${suffix}`, nation: 'wales' })
  other = await createTenant(payload, { slug: `incidents-other-${suffix}`, nation: 'england' })
  off = await createTenant(payload, { slug: `incidents-off-${suffix}`, nation: 'england' })
  for (const on of [tenant, other]) await payload.update({ collection: 'tenants', id: on.id, data: { incidentLogEnabled: true }, overrideAccess: true })
  const member = async (role: Role, memberships: Parameters<typeof createMember>[2]) => {
    users[role] = asTyped(await createMember(payload, `inc-${role}-${suffix}@example.org`, memberships))
  }
  await member('owner', [{ tenant: tenant.id, roles: ['councillor'] }, { tenant: off.id, roles: ['councillor'] }])
  await member('colleague', [{ tenant: tenant.id, roles: ['councillor'] }])
  await member('editor', [{ tenant: tenant.id, roles: ['editor'] }])
  await member('tenantAdmin', [{ tenant: tenant.id, roles: ['tenant-admin'] }])
  await member('otherTenant', [{ tenant: other.id, roles: ['councillor'] }])
  await member('logOff', [{ tenant: off.id, roles: ['councillor'] }])
  users.platformAdmin = asTyped(
    await payload.create({ collection: 'users', overrideAccess: true, data: { email: `inc-platformAdmin-${suffix}@example.org`, password: PASSWORD, roles: ['platform-admin'] } }),
  )
  for (const role of Object.keys(users) as Role[]) {
    const { token } = await payload.login({ collection: 'users', data: { email: users[role].email as string, password: PASSWORD } })
    tokens[role] = token as string
  }
  db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  // Seven accounts, each hashed and signed in: slow when the machine is shared with builds.
}, 300_000)

afterAll(async () => {
  await db?.end()
})

describe('the owner', () => {
  it('records an incident: owner and recorded time are the server\'s, whatever was sent', async () => {
    const before = Date.now()
    const created = await payload.create({
      collection: 'incidents',
      data: { ...incidentData(tenant.id), owner: users.colleague.id, recordedAt: '2001-01-01T00:00:00.000Z' } as never,
      user: users.owner,
      overrideAccess: false,
    })
    expect(typeof created.owner === 'object' ? created.owner.id : created.owner).toBe(users.owner.id)
    expect(Date.parse(created.recordedAt ?? '')).toBeGreaterThanOrEqual(before - 1000)
    expect(created.whatHappened).toBe(`${MARKER}-what`)
    expect(created.handles?.map((row) => row.handle)).toEqual([`@${MARKER}-handle`, `${MARKER} Real Name`])
  })

  it('reads their incidents back in plaintext, through the Local API and REST, without the hidden key fields', async () => {
    const created = await createAsOwner('-read')
    const found = await payload.findByID({ collection: 'incidents', id: created.id, user: users.owner, overrideAccess: false })
    expect(found.whatHappened).toBe(`${MARKER}-what-read`)
    expect(found.links?.[0]?.url).toBe(`https://x.example/${MARKER}/status/1`)
    expect(found.policeReport?.officer).toBe(`PC ${MARKER}`)
    const response = await rest('GET', `incidents/${created.id}`, { token: tokens.owner })
    expect(response.status).toBe(200)
    expect(response.json.impact).toBe(`${MARKER}-impact`)
    for (const hidden of ['encryptionKey', 'historyHead', 'historyLength']) expect(response.json).not.toHaveProperty(hidden)
  })

  it('updates an incident, but can never change its owner, tenant or recorded time', async () => {
    const created = await createAsOwner('-update')
    const updated = await payload.update({
      collection: 'incidents',
      id: created.id,
      data: { impact: 'Changed impact', owner: users.colleague.id, tenant: other.id, recordedAt: '2001-01-01T00:00:00.000Z' } as never,
      user: users.owner,
      overrideAccess: false,
    })
    expect(updated.impact).toBe('Changed impact')
    expect(updated.whatHappened).toBe(`${MARKER}-what-update`)
    expect(typeof updated.owner === 'object' ? updated.owner.id : updated.owner).toBe(users.owner.id)
    expect(typeof updated.tenant === 'object' ? updated.tenant.id : updated.tenant).toBe(tenant.id)
    expect(updated.recordedAt).toBe(created.recordedAt)
  })

  it('gets a 400 naming the field for a link that is not http(s), a future date, and a missing account of what happened', async () => {
    const response = await rest('POST', 'incidents', {
      token: tokens.owner,
      body: { ...(incidentData(tenant.id) as JsonObject), links: [{ url: 'javascript:alert(1)' }], happenedAt: new Date(Date.now() + 86_400_000).toISOString(), whatHappened: ' ' },
    })
    expect(response.status).toBe(400)
    const paths = JSON.stringify(response.json)
    for (const path of ['links', 'happenedAt', 'whatHappened']) expect(paths).toContain(`"path":"${path}"`)
  })

  it('cannot record in a tenant whose log is switched off; deletes their own incident (tests/int/incidentLogCare.test.ts says what goes with it)', async () => {
    const refused = await rest('POST', 'incidents', { token: tokens.owner, body: incidentData(off.id) as JsonObject })
    expect(refused.status).toBe(403)
    const created = await createAsOwner('-delete')
    expect((await rest('DELETE', `incidents/${created.id}`, { token: tokens.owner })).status).toBe(200)
  })
})

describe('nobody else, whatever their role', () => {
  const others: Role[] = ['colleague', 'editor', 'tenantAdmin', 'platformAdmin', 'otherTenant', 'logOff']
  let incident: Incident

  beforeAll(async () => {
    incident = await createAsOwner('-private')
  })

  it.each(others)('%s: the Local API (overrideAccess: false) finds nothing and refuses to read, update or delete', async (role) => {
    const user = users[role]
    expect(await foundNothing(payload.find({ collection: 'incidents', user, overrideAccess: false, where: { id: { equals: incident.id } } }))).toBe(true)
    expect(await foundNothing(payload.count({ collection: 'incidents', user, overrideAccess: false }))).toBe(true)
    await expect(payload.findByID({ collection: 'incidents', id: incident.id, user, overrideAccess: false })).rejects.toMatchObject({ status: expect.any(Number) })
    await expect(payload.update({ collection: 'incidents', id: incident.id, data: { impact: 'tampered' }, user, overrideAccess: false })).rejects.toBeTruthy()
    await expect(payload.delete({ collection: 'incidents', id: incident.id, user, overrideAccess: false })).rejects.toBeTruthy()
    expect(await foundNothing(payload.find({ collection: 'incident-history', user, overrideAccess: false, where: { incident: { equals: incident.id } } }))).toBe(true)
  })

  it.each(others)('%s: REST answers nothing of it (list empty, document 403/404, writes refused)', async (role) => {
    const token = tokens[role]
    const list = await rest('GET', 'incidents', { token, query: { limit: '100' } })
    expect([200, 403]).toContain(list.status)
    expect(JSON.stringify(list.json)).not.toContain(MARKER)
    const one = await rest('GET', `incidents/${incident.id}`, { token })
    expect([403, 404]).toContain(one.status)
    expect(JSON.stringify(one.json)).not.toContain(MARKER)
    const patch = await rest('PATCH', `incidents/${incident.id}`, { token, body: { impact: 'tampered' } })
    expect([403, 404]).toContain(patch.status)
    const history = await rest('GET', 'incident-history', { token, query: { limit: '100', 'where[incident][equals]': String(incident.id) } })
    expect(JSON.stringify(history.json)).not.toContain(incident.id === 0 ? 'never' : `"incident":${incident.id}`)
    // Recording in the owner's name, or in the owner's tenant without the role, is refused too.
    const create = await rest('POST', 'incidents', { token, body: { ...(incidentData(tenant.id) as JsonObject), owner: users.owner.id } })
    if (role === 'colleague') {
      // A colleague may keep their own log: the incident is created as theirs, not the owner's.
      expect(create.status).toBe(201)
      const doc = create.json.doc as JsonObject
      expect(doc.owner === users.colleague.id || (doc.owner as JsonObject).id === users.colleague.id).toBe(true)
    } else {
      expect(create.status).toBe(403)
    }
    const stored = await db.query('select impact from incidents where id = $1', [incident.id])
    expect(stored.rows[0]?.impact).not.toContain('tampered')
  })

  it('the owner\'s own REST and Local API reads still work after all that, unchanged', async () => {
    const found = await payload.findByID({ collection: 'incidents', id: incident.id, user: users.owner, overrideAccess: false })
    expect(found.impact).toBe(`${MARKER}-impact`)
  })

  it('GraphQL has no incidents at all', async () => {
    for (const role of ['owner', 'platformAdmin'] as Role[]) {
      const answer = await graphql('{ Incidents { docs { id whatHappened } } }', {}, tokens[role])
      expect(answer.errors.length).toBeGreaterThan(0)
      expect(JSON.stringify(answer)).not.toContain(MARKER)
    }
  })

  it('server code running for another user with overrideAccess gets no text either', async () => {
    const found = await payload.findByID({ collection: 'incidents', id: incident.id, user: users.platformAdmin, overrideAccess: true })
    expect(JSON.stringify(found)).not.toContain(MARKER)
  })

  it('switching the tenant\'s log off hides it from the owner too, and on again brings it back', async () => {
    await payload.update({ collection: 'tenants', id: tenant.id, data: { incidentLogEnabled: false }, overrideAccess: true })
    try {
      expect(await foundNothing(payload.find({ collection: 'incidents', user: users.owner, overrideAccess: false }))).toBe(true)
    } finally {
      await payload.update({ collection: 'tenants', id: tenant.id, data: { incidentLogEnabled: true }, overrideAccess: true })
    }
    const list = await payload.find({ collection: 'incidents', user: users.owner, overrideAccess: false, where: { id: { equals: incident.id } } })
    expect(list.docs).toHaveLength(1)
  })
})

describe('at rest', () => {
  it('no table holds any free text in the clear: only ciphertexts naming their key', async () => {
    await createAsOwner('-dump')
    const dump = await dumpIncidentTables()
    expect(dump).not.toContain(MARKER)
    expect(dump).not.toContain(MARKER.toLowerCase())
    const row = (await db.query('select what_happened, encryption_key from incidents order by id desc limit 1')).rows[0] as { what_happened: string; encryption_key: string }
    expect(row.what_happened).toMatch(/^v1\.[0-9a-f]{16}\./)
    expect(row.encryption_key).toMatch(/^v1\.[0-9a-f]{16}\.[0-9a-f]{16}\./)
  })
})

describe('rotating the master key', () => {
  it('wraps every data key again under the new key, leaves the text and history as they were, and does nothing the second time', async () => {
    const created = await createAsOwner('-rotate')
    await payload.update({ collection: 'incidents', id: created.id, data: { impact: 'rotated impact' }, user: users.owner, overrideAccess: false })
    const historyBefore = await verifyIncidentHistory(payload, created.id)
    const rawRow = async () => (await db.query('select what_happened, encryption_key from incidents where id = $1', [created.id])).rows[0] as { what_happened: string; encryption_key: string }
    const before = await rawRow()
    const oldKey = incidentKeyring().current
    const newKey = parseMasterKey(generateMasterKeyText())

    try {
      const first = await rewrapIncidentKeys(payload, { current: newKey, previous: [oldKey] })
      expect(first.rewrapped).toBeGreaterThan(0)
      expect(first.rewrapped).toBe(first.checked)
      const after = await rawRow()
      expect(wrappingKeyId(after.encryption_key)).toBe(newKey.id)
      expect(after.what_happened).toBe(before.what_happened)
      // The new key alone opens it: the old one can be dropped from INCIDENT_ENCRYPTION_KEY_PREVIOUS.
      const dataKey = unwrapDataKey({ current: newKey, previous: [] }, after.encryption_key)
      expect(decryptField(dataKey, 'whatHappened', after.what_happened)).toBe(`${MARKER}-what-rotate`)
      expect(await rewrapIncidentKeys(payload, { current: newKey, previous: [oldKey] })).toMatchObject({ rewrapped: 0 })
    } finally {
      // Back to the configured key, whatever happened, so the rest of the suite reads as before.
      await rewrapIncidentKeys(payload, { current: oldKey, previous: [newKey] })
    }
    // Arrays and history survive both passes.
    const read = await payload.findByID({ collection: 'incidents', id: created.id, user: users.owner, overrideAccess: false })
    expect(read.impact).toBe('rotated impact')
    expect(read.handles?.map((row) => row.handle)).toEqual([`@${MARKER}-handle`, `${MARKER} Real Name`])
    expect(read.links?.map((row) => row.url)).toEqual([`https://x.example/${MARKER}/status/1`])
    expect(await verifyIncidentHistory(payload, created.id)).toEqual(historyBefore)
    expect(await readHistoryEntries(payload, created.id)).toHaveLength(2)
  })
})

describe('the history chain', () => {
  async function incidentWithHistory(): Promise<Incident> {
    const created = await createAsOwner('-history')
    await payload.update({ collection: 'incidents', id: created.id, data: { impact: 'second' }, user: users.owner, overrideAccess: false })
    await payload.update({ collection: 'incidents', id: created.id, data: { witnesses: 'third' }, user: users.owner, overrideAccess: false })
    return created
  }

  it('keeps one entry per change, who and what changed, and the owner can read it', async () => {
    const created = await incidentWithHistory()
    const entries = await readHistoryEntries(payload, created.id)
    expect(entries.map((entry) => [entry.seq, entry.action, entry.actor])).toEqual([
      [1, 'create', users.owner.id],
      [2, 'update', users.owner.id],
      [3, 'update', users.owner.id],
    ])
    expect(entries[1]?.changedFields).toEqual(['impact'])
    expect(entries[2]?.changedFields).toEqual(['witnesses'])
    expect(entries[1]?.previous).toMatch(/^v1\./)
    expect(await verifyIncidentHistory(payload, created.id)).toMatchObject({ ok: true, length: 3 })
    const own = await payload.find({ collection: 'incident-history', user: users.owner, overrideAccess: false, where: { incident: { equals: created.id } } })
    expect(own.docs).toHaveLength(3)
  })

  it('detects an entry altered in the database', async () => {
    const created = await incidentWithHistory()
    await db.query(`update incident_history set changed_fields = '["nothing"]'::jsonb where incident = $1 and seq = 2`, [created.id])
    const verdict = await verifyIncidentHistory(payload, created.id)
    expect(verdict.ok).toBe(false)
  })

  it('detects an entry removed from the middle, and one cut off the end', async () => {
    const middle = await incidentWithHistory()
    await db.query('delete from incident_history where incident = $1 and seq = 2', [middle.id])
    expect((await verifyIncidentHistory(payload, middle.id)).ok).toBe(false)
    const end = await incidentWithHistory()
    await db.query('delete from incident_history where incident = $1 and seq = 3', [end.id])
    expect((await verifyIncidentHistory(payload, end.id)).ok).toBe(false)
  })

  it('is refused to every API writer, the owner included', async () => {
    const created = await incidentWithHistory()
    const entry = (await payload.find({ collection: 'incident-history', overrideAccess: true, where: { incident: { equals: created.id } }, limit: 1 })).docs[0]
    expect(entry).toBeDefined()
    for (const role of ['owner', 'platformAdmin'] as Role[]) {
      expect([403, 404]).toContain((await rest('PATCH', `incident-history/${entry?.id}`, { token: tokens[role], body: { changedFields: ['x'] } })).status)
      expect([403, 404]).toContain((await rest('DELETE', `incident-history/${entry?.id}`, { token: tokens[role] })).status)
      expect((await rest('POST', 'incident-history', { token: tokens[role], body: { incident: created.id } })).status).toBe(403)
    }
    expect((await verifyIncidentHistory(payload, created.id)).ok).toBe(true)
  })
})

describe('the site\'s door (src/data/incidents.ts)', () => {
  it('opens the log only to a member with an incident-log role in a tenant that has it on', async () => {
    const site = await siteFor(tenant.slug, 'en')
    expect(await incidentLogOpenTo(site, users.owner)).toBe(true)
    for (const role of ['editor', 'tenantAdmin', 'platformAdmin', 'otherTenant'] as Role[]) expect(await incidentLogOpenTo(site, users[role]), role).toBe(false)
    expect(await incidentLogOpenTo(await siteFor(off.slug, 'en'), users.owner)).toBe(false)
  })

  it('records as the signed-in person and lists and opens only their own incidents', async () => {
    const site = await siteFor(tenant.slug, 'en')
    const result = await recordIncident(site, users.owner, {
      happenedAt: new Date(Date.now() - 60_000).toISOString(),
      happenedUntil: null,
      platform: 'email',
      kinds: ['harassment'],
      whatHappened: `${MARKER} through the door`,
      impact: '',
      witnesses: '',
      handles: [' @Door ', '', '@Door'],
      links: [],
      platformReport: { reportedOn: null, reference: '', outcome: '' },
      policeReport: { reportedOn: null, crimeReference: '', officer: '', operationFord: false },
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const mine = await listIncidents(site, users.owner)
    expect(mine.find((incident) => incident.id === result.id)?.handles).toEqual(['@Door'])
    expect((await getIncident(site, users.owner, String(result.id)))?.whatHappened).toBe(`${MARKER} through the door`)
    for (const role of ['colleague', 'editor', 'tenantAdmin', 'platformAdmin'] as Role[]) {
      expect(await getIncident(site, users[role], String(result.id)), role).toBeNull()
      expect((await listIncidents(site, users[role])).some((incident) => incident.id === result.id), role).toBe(false)
    }
    for (const id of ['abc', '-1', '1e3', '9'.repeat(20)]) expect(await getIncident(site, users.owner, id)).toBeNull()
  })

  it('answers a refused record with the field, not an exception', async () => {
    const site = await siteFor(tenant.slug, 'en')
    const result = await recordIncident(site, users.owner, {
      happenedAt: 'not a date',
      happenedUntil: null,
      platform: null,
      kinds: [],
      whatHappened: '',
      impact: '',
      witnesses: '',
      handles: [],
      links: ['ftp://example.org/x'],
      platformReport: { reportedOn: null, reference: '', outcome: '' },
      policeReport: { reportedOn: null, crimeReference: '', officer: '', operationFord: false },
    })
    expect(result).toEqual({
      ok: false,
      problems: { happenedAt: { code: 'notDate' }, platform: { code: 'required' }, kinds: { code: 'required' }, whatHappened: { code: 'required' }, links: { code: 'notUrl' } },
    })
  })

  it('groups by handle regardless of @ and case, and by UK month', () => {
    const view = (id: number, happenedAt: string, handles: string[]): IncidentView => ({
      id,
      recordedAt: null,
      addedBy: null,
      happenedAt,
      happenedUntil: null,
      platform: 'x',
      kinds: ['threat'],
      whatHappened: 'x',
      impact: '',
      witnesses: '',
      handles,
      links: [],
      platformReport: { reportedOn: null, reference: '', outcome: '' },
      policeReport: { reportedOn: null, crimeReference: '', officer: '', operationFord: false },
    })
    const patterns = patternsOf([
      view(1, '2026-05-31T23:30:00.000Z', ['@Troll', 'Someone']),
      view(2, '2026-05-10T10:00:00.000Z', ['troll']),
      view(3, '2026-04-01T10:00:00.000Z', ['Other']),
    ])
    expect(patterns.handles.map((group) => [group.handle, group.incidents.map((incident) => incident.id)])).toEqual([
      ['@Troll', [1, 2]],
      ['Other', [3]],
      ['Someone', [1]],
    ])
    // 23:30 UTC on 31 May is 00:30 on 1 June in the UK (BST).
    expect(patterns.months.map((group) => [group.month, group.incidents.length])).toEqual([
      ['2026-06', 1],
      ['2026-05', 1],
      ['2026-04', 1],
    ])
  })
})

describe('deleting an account or a council that holds incident logs', () => {
  it("is refused with a reason (409, never a database error), and the log stays the owner's", async () => {
    const council = await createTenant(payload, { slug: `incidents-leaving-${suffix}`, nation: 'england' })
    await payload.update({ collection: 'tenants', id: council.id, data: { incidentLogEnabled: true }, overrideAccess: true })
    const keeper = asTyped(await createMember(payload, `inc-keeper-${suffix}@example.org`, [{ tenant: council.id, roles: ['councillor'] }]))
    const kept = await payload.create({ collection: 'incidents', data: incidentData(council.id, '-kept') as never, user: keeper, overrideAccess: false })

    const account = await rest('DELETE', `users/${keeper.id}`, { token: tokens.platformAdmin })
    expect(account.status).toBe(409)
    expect(JSON.stringify(account.json)).toContain('keeps a private incident log')

    await payload.update({ collection: 'tenants', id: council.id, data: { active: false }, overrideAccess: true })
    const tenantDelete = await rest('DELETE', `tenants/${council.id}`, { token: tokens.platformAdmin })
    expect(tenantDelete.status).toBe(409)
    expect(JSON.stringify(tenantDelete.json)).toContain('keep private incident logs here')

    const still = await payload.findByID({ collection: 'incidents', id: kept.id, user: keeper, overrideAccess: false })
    expect(still.whatHappened).toBe(`${MARKER}-what-kept`)
  })

  it('an account with no incidents is deleted as before', async () => {
    const plain = await createMember(payload, `inc-plain-${suffix}@example.org`, [{ tenant: tenant.id, roles: ['councillor'] }])
    const response = await rest('DELETE', `users/${plain.id}`, { token: tokens.platformAdmin })
    expect(response.status).toBe(200)
  })
})
