/**
 * Looking after the log (issue 19, items 5 and 7): the owner edits an incident (every change kept
 * in the history), deletes one (its evidence rows and stored files go, its history leaves one
 * tombstone without content) or the whole log, and the record form's drafts (encrypted, owner
 * only, counted nowhere). Every other role is refused, through the site's door and REST.
 */

import pg from 'pg'
import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { emptyIncidentForm } from '@/components/site/incidentFormState'
import { discardDraft, getDraft, listDrafts, saveDraft } from '@/data/incidentDrafts'
import {
  deleteIncident,
  deleteIncidentLog,
  getIncident,
  getIncidentHistory,
  getIncidentPatterns,
  incidentLogSummary,
  listIncidents,
  recordIncident,
  updateIncident,
  type IncidentInput,
} from '@/data/incidents'
import type { Site } from '@/data/site'
import type { Tenant, User } from '@/payload-types'

import { rest } from '../helpers/apiClient'
import { createMember, createTenant, ensureSeeded, PASSWORD } from '../helpers/contacts'
import { storeEvidence, storedFileExists } from '../helpers/incidentFixtures'
import { siteFor, testPayload, uniqueSuffix } from '../helpers/payload'

type Role = 'owner' | 'colleague' | 'tenantAdmin' | 'platformAdmin'

let payload: Payload
let db: pg.Client
let tenant: Tenant
let second: Tenant
let site: Site
let secondSite: Site
const suffix = uniqueSuffix()
const MARKER = `CAREMARK${suffix}`
const users = {} as Record<Role, TypedUser>
const tokens = {} as Record<Role, string>
const others: Role[] = ['colleague', 'tenantAdmin', 'platformAdmin']

const asTyped = (user: User): TypedUser => ({ ...user, collection: 'users' }) as TypedUser

function input(tag: string, handle = `@${MARKER}-handle`): IncidentInput {
  return {
    happenedAt: new Date(Date.now() - 86_400_000).toISOString(),
    happenedUntil: null,
    platform: 'x',
    kinds: ['harassment'],
    whatHappened: `${MARKER}-what-${tag}`,
    impact: `${MARKER}-impact`,
    witnesses: '',
    handles: [handle],
    links: [`https://x.example/${MARKER}/${tag}`],
    platformReport: { reportedOn: null, reference: '', outcome: '' },
    policeReport: { reportedOn: null, crimeReference: `${MARKER}-crime`, officer: '', operationFord: false },
  }
}

async function record(tag: string, on: Site = site): Promise<number> {
  const result = await recordIncident(on, users.owner, input(tag))
  if (!result.ok) throw new Error(`not recorded: ${JSON.stringify(result.problems)}`)
  return result.id
}

/** A stored file of evidence on `incident` (encrypted into the configured store, as an upload leaves it). */
function attach(incident: number, on: Tenant = tenant): Promise<{ id: number; storageKey: string }> {
  return storeEvidence(payload, { incident, owner: users.owner.id as number, tenant: on.id }, `${MARKER}-file-bytes`, { mimeType: 'image/png' })
}

async function rows(sql: string, values: unknown[]): Promise<Record<string, unknown>[]> {
  return (await db.query(sql, values)).rows as Record<string, unknown>[]
}

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  tenant = await createTenant(payload, { slug: `logcare-${suffix}`, nation: 'wales' })
  second = await createTenant(payload, { slug: `logcare-two-${suffix}`, nation: 'england' })
  for (const on of [tenant, second]) await payload.update({ collection: 'tenants', id: on.id, data: { incidentLogEnabled: true }, overrideAccess: true })
  users.owner = asTyped(
    await createMember(payload, `care-owner-${suffix}@example.org`, [
      { tenant: tenant.id, roles: ['councillor'] },
      { tenant: second.id, roles: ['councillor'] },
    ]),
  )
  users.colleague = asTyped(await createMember(payload, `care-colleague-${suffix}@example.org`, [{ tenant: tenant.id, roles: ['councillor'] }]))
  users.tenantAdmin = asTyped(await createMember(payload, `care-admin-${suffix}@example.org`, [{ tenant: tenant.id, roles: ['tenant-admin', 'councillor'] }]))
  users.platformAdmin = asTyped(
    await payload.create({ collection: 'users', overrideAccess: true, data: { email: `care-platform-${suffix}@example.org`, password: PASSWORD, roles: ['platform-admin'] } }),
  )
  for (const role of Object.keys(users) as Role[]) {
    const { token } = await payload.login({ collection: 'users', data: { email: users[role].email as string, password: PASSWORD } })
    tokens[role] = token as string
  }
  site = await siteFor(tenant.slug, 'en')
  secondSite = await siteFor(second.slug, 'en')
  db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
}, 300_000)

afterAll(async () => {
  await db?.end()
})

describe('editing', () => {
  it('keeps every change in the history: who, when, which fields, and the earlier version encrypted', async () => {
    const original = input('edit')
    const created = await recordIncident(site, users.owner, original)
    if (!created.ok) throw new Error('not recorded')
    const id = created.id
    const changed = { ...original, impact: `${MARKER}-impact-changed`, kinds: ['harassment', 'threat'] as IncidentInput['kinds'] }
    expect(await updateIncident(site, users.owner, id, changed)).toEqual({ ok: true, id })
    expect((await getIncident(site, users.owner, String(id)))?.impact).toBe(`${MARKER}-impact-changed`)
    const history = await getIncidentHistory(site, users.owner, id)
    expect(history?.intact).toBe(true)
    expect(history?.entries.map((entry) => entry.action)).toEqual(['create', 'update'])
    const update = history?.entries[1]
    expect(update?.byOwner).toBe(true)
    expect(update?.changedFields.sort()).toEqual(['impact', 'kinds'])
    const [raw] = await rows('select actor, previous from incident_history where incident = $1 and seq = 2', [id])
    expect(Number(raw?.actor)).toBe(users.owner.id)
    expect(String(raw?.previous)).toMatch(/^v1\./)
    expect(String(raw?.previous)).not.toContain(MARKER)
  })

  it('answers a refused change per field and changes nothing', async () => {
    const id = await record('edit-refused')
    const result = await updateIncident(site, users.owner, id, { ...input('edit-refused'), links: ['javascript:alert(1)'], happenedAt: '2999-01-01T00:00:00.000Z' })
    expect(result).toEqual({ ok: false, problems: { links: { code: 'notUrl' }, happenedAt: { code: 'future' } } })
    expect((await getIncidentHistory(site, users.owner, id))?.entries).toHaveLength(1)
  })

  it.each(others)('%s cannot change it: the door says it does not exist, REST refuses', async (role) => {
    const id = await record(`edit-${role}`)
    expect(await updateIncident(site, users[role], id, input('hijack'))).toBeNull()
    const response = await rest('PATCH', `incidents/${id}`, { token: tokens[role], body: { impact: 'hijack' } })
    expect([403, 404]).toContain(response.status)
    expect((await getIncident(site, users.owner, String(id)))?.impact).toBe(`${MARKER}-impact`)
  })
})

describe('deleting one incident', () => {
  it('removes it, its evidence rows and stored files, and its history, leaving one tombstone without content', async () => {
    const id = await record('delete')
    await updateIncident(site, users.owner, id, { ...input('delete'), witnesses: `${MARKER}-witness` })
    const files = [await attach(id), await attach(id)]
    for (const file of files) expect(await storedFileExists(file.storageKey)).toBe(true)
    const [head] = await rows('select hash from incident_history where incident = $1 order by seq desc limit 1', [id])

    expect(await deleteIncident(site, users.owner, id)).toBe(true)

    expect(await getIncident(site, users.owner, String(id))).toBeNull()
    expect(await rows('select id from incidents where id = $1', [id])).toEqual([])
    expect(await rows('select id from evidence where incident_id = $1', [id])).toEqual([])
    for (const file of files) expect(await storedFileExists(file.storageKey)).toBe(false)
    const left = await rows('select seq, action, actor, changed_fields, previous, prev_hash from incident_history where incident = $1', [id])
    expect(left).toHaveLength(1)
    expect(left[0]).toMatchObject({ action: 'deleted', previous: null, prev_hash: head?.hash })
    expect(Number(left[0]?.seq)).toBe(3)
    expect(Number(left[0]?.actor)).toBe(users.owner.id)
    expect(left[0]?.changed_fields).toEqual([])
  })

  it.each(others)('%s cannot delete it, through the door or REST', async (role) => {
    const id = await record(`delete-${role}`)
    expect(await deleteIncident(site, users[role], id)).toBe(false)
    const response = await rest('DELETE', `incidents/${id}`, { token: tokens[role] })
    expect([403, 404]).toContain(response.status)
    expect(await getIncident(site, users.owner, String(id))).not.toBeNull()
  })

  it('the owner may delete through REST too', async () => {
    const id = await record('delete-rest')
    expect((await rest('DELETE', `incidents/${id}`, { token: tokens.owner })).status).toBe(200)
    expect(await getIncident(site, users.owner, String(id))).toBeNull()
  })
})

describe('drafts', () => {
  it('are saved encrypted, read back only by the owner, and counted nowhere', async () => {
    const before = await getIncidentPatterns(site, users.owner)
    const countBefore = (await listIncidents(site, users.owner)).length
    const values = { ...emptyIncidentForm, whatHappened: `${MARKER}-draft-what`, handles: `@${MARKER}-draft-handle`, kinds: ['threat'] }
    const saved = await saveDraft(site, users.owner, null, values)
    expect(saved).not.toBeNull()
    const id = saved?.id as number
    // Saved again over the same draft as they type.
    expect(await saveDraft(site, users.owner, id, { ...values, impact: `${MARKER}-draft-impact` })).toEqual({ id })
    const [row] = await rows('select content, encryption_key from incident_drafts where id = $1', [id])
    expect(String(row?.content)).toMatch(/^v1\./)
    expect(JSON.stringify(row)).not.toContain(MARKER)

    expect((await getDraft(site, users.owner, id))?.values).toMatchObject({ whatHappened: `${MARKER}-draft-what`, impact: `${MARKER}-draft-impact`, kinds: ['threat'] })
    expect((await listDrafts(site, users.owner)).map((draft) => draft.id)).toContain(id)
    expect((await listIncidents(site, users.owner)).length).toBe(countBefore)
    expect(await getIncidentPatterns(site, users.owner)).toEqual(before)

    for (const role of others) {
      expect(await getDraft(site, users[role], id)).toBeNull()
      expect(await listDrafts(site, users[role])).toEqual([])
      // Saving over someone else's draft saves nothing and says nothing.
      expect(await saveDraft(site, users[role], id, emptyIncidentForm)).toBeNull()
      expect(await discardDraft(site, users[role], id)).toBe(false)
      const response = await rest('GET', `incident-drafts/${id}`, { token: tokens[role] })
      expect([403, 404]).toContain(response.status)
      const list = await rest('GET', 'incident-drafts', { token: tokens[role] })
      expect(JSON.stringify(list.json)).not.toContain(MARKER)
      expect([403, 404]).toContain((await rest('DELETE', `incident-drafts/${id}`, { token: tokens[role] })).status)
    }
    expect((await getDraft(site, users.owner, id))?.values.impact).toBe(`${MARKER}-draft-impact`)

    expect(await discardDraft(site, users.owner, id)).toBe(true)
    expect(await getDraft(site, users.owner, id)).toBeNull()
    // A late autosave of a finished or discarded draft does not bring it back.
    expect(await saveDraft(site, users.owner, id, values)).toBeNull()
  })

  it('refuse what is not the form as JSON, or too much of it, with the field named', async () => {
    const big = await rest('POST', 'incident-drafts', { token: tokens.owner, body: { tenant: tenant.id, content: JSON.stringify({ whatHappened: 'x'.repeat(70_000) }) } })
    expect(big.status).toBe(400)
    expect(JSON.stringify(big.json)).toContain('"path":"content"')
    const notJson = await rest('POST', 'incident-drafts', { token: tokens.owner, body: { tenant: tenant.id, content: 'not json' } })
    expect(notJson.status).toBe(400)
  })
})

describe('deleting the whole log', () => {
  it('names what will go, then deletes every incident, file and draft in this tenant only, each leaving a log-deleted tombstone', async () => {
    const first = await record('all-1')
    const secondId = await record('all-2')
    const file = await attach(secondId)
    await saveDraft(site, users.owner, null, { ...emptyIncidentForm, whatHappened: `${MARKER}-draft-all` })
    const elsewhere = await record('kept', secondSite)
    const colleagues = await recordIncident(site, users.colleague, input('colleague'))
    if (!colleagues.ok) throw new Error('colleague could not record')

    const summary = await incidentLogSummary(site, users.owner)
    expect(summary.incidents).toBeGreaterThanOrEqual(2)
    expect(summary.evidence).toBeGreaterThanOrEqual(1)
    expect(summary.drafts).toBeGreaterThanOrEqual(1)

    expect(await deleteIncidentLog(site, users.owner)).toBe(summary.incidents)
    expect(await listIncidents(site, users.owner)).toEqual([])
    expect(await listDrafts(site, users.owner)).toEqual([])
    expect(await storedFileExists(file.storageKey)).toBe(false)
    for (const id of [first, secondId]) {
      const left = await rows('select action, previous from incident_history where incident = $1', [id])
      expect(left).toEqual([{ action: 'log-deleted', previous: null }])
    }
    // Another tenant's log of the same person, and a colleague's log, are untouched.
    expect(await getIncident(secondSite, users.owner, String(elsewhere))).not.toBeNull()
    expect(await getIncident(site, users.colleague, String(colleagues.id))).not.toBeNull()

    // Nothing of what was written is left in the tenant's rows, in the clear or otherwise.
    const dump = JSON.stringify([
      await rows('select * from incidents where tenant_id = $1 and owner_id = $2', [tenant.id, users.owner.id]),
      await rows('select * from incident_drafts where tenant = $1 and owner = $2', [tenant.id, users.owner.id]),
      await rows('select * from evidence where tenant_id = $1 and owner_id = $2', [tenant.id, users.owner.id]),
    ])
    expect(dump).toBe('[[],[],[]]')
  })
})
