/**
 * Deleted incidents and restored backups (issue 16, item 8; docs/operations.md): the tombstones an
 * owner's deletion leaves are exported from the newest copy of the database and replayed on a
 * restored one, deleting again what the backup brought back (evidence rows and files, history,
 * drafts of a log deleted whole), and nothing else.
 *
 * A restored database is, for one incident, "the row is there and a newer copy holds its
 * tombstone": that is the state built here, with the tombstone as the newer copy wrote it.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload, TypedUser, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatTombstones, parseTombstones, TombstoneFileError, type Tombstone } from '@/collections/Incidents/tombstoneFile'
import { exportTombstones, replayDeletions } from '@/collections/Incidents/tombstones'
import { emptyIncidentForm } from '@/components/site/incidentFormState'
import { saveDraft } from '@/data/incidentDrafts'
import { deleteIncident, recordIncident } from '@/data/incidents'
import type { Site } from '@/data/site'
import type { Tenant } from '@/payload-types'

import { exportDeletionsNow } from '../../scripts/lib/payloadTasks'
import { createMember, createTenant, ensureSeeded } from '../helpers/contacts'
import { incidentInput, storeEvidence, storedFileExists } from '../helpers/incidentFixtures'
import { siteFor, testPayload, uniqueSuffix } from '../helpers/payload'

const root = path.resolve(import.meta.dirname, '../..')
let payload: Payload
let tenant: Tenant
let site: Site
let scratch: string
const suffix = uniqueSuffix()
const MARKER = `TOMBMARK${suffix}`

const asTyped = (user: { id: number }) => ({ ...user, collection: 'users' }) as unknown as TypedUser

async function member(label: string): Promise<TypedUser> {
  return asTyped(await createMember(payload, `tomb-${label}-${suffix}@example.org`, [{ tenant: tenant.id, roles: ['councillor'] }]))
}

/** One incident with one stored evidence file, and an unsent draft, as a councillor keeps them. */
async function keepIncident(user: TypedUser): Promise<{ incident: number; storageKey: string }> {
  const result = await recordIncident(site, user, incidentInput(`${MARKER} what`))
  if (!result.ok) throw new Error('not recorded')
  await saveDraft(site, user, null, { ...emptyIncidentForm, whatHappened: `${MARKER} draft` })
  const { storageKey } = await storeEvidence(payload, { incident: result.id, owner: user.id as number, tenant: tenant.id }, MARKER)
  return { incident: result.id, storageKey }
}

async function exists(incident: number): Promise<boolean> {
  return (await payload.count({ collection: 'incidents', where: { id: { equals: incident } }, overrideAccess: true })).totalDocs === 1
}

async function count(collection: 'evidence' | 'incident-drafts', user: TypedUser): Promise<number> {
  const where: Where = { and: [{ owner: { equals: user.id } }, { tenant: { equals: tenant.id } }] }
  return (await payload.count({ collection, where, overrideAccess: true })).totalDocs
}

async function historyActions(incident: number): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'incident-history', where: { incident: { equals: incident } }, sort: 'seq', overrideAccess: true, depth: 0 })
  return docs.map((entry) => entry.action)
}

/** The CLI an operator runs, against this test's database and evidence store. */
function runCli(args: string[]) {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/run.ts', ...args], { cwd: root, env: process.env, encoding: 'utf8', timeout: 180_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  tenant = await createTenant(payload, { slug: `tomb-${suffix}`, nation: 'england', locales: ['en'] })
  await payload.update({ collection: 'tenants', id: tenant.id, data: { incidentLogEnabled: true }, overrideAccess: true })
  site = await siteFor(tenant.slug, 'en')
  scratch = mkdtempSync(path.join(os.tmpdir(), 'tombstones-'))
}, 300_000)

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('exporting tombstones', () => {
  it("an owner's deletion leaves a tombstone that exports with the id, owner and time, and nothing of the incident", async () => {
    const owner = await member('export')
    const { incident } = await keepIncident(owner)
    const before = new Date(Date.now() - 1000)
    expect(await deleteIncident(site, owner, incident)).toBe(true)
    const exported = (await exportTombstones(payload, before)).filter((tombstone) => tombstone.incident === incident)
    expect(exported).toHaveLength(1)
    expect(exported[0]).toMatchObject({ incident, owner: owner.id, wholeLog: false })
    expect(Date.parse(exported[0]?.deletedAt ?? '')).toBeGreaterThanOrEqual(before.getTime())
    const file = formatTombstones(exported)
    expect(file).not.toContain(MARKER)
    expect(parseTombstones(file)).toEqual(exported)
    // --since leaves out what is older.
    expect((await exportTombstones(payload, new Date(Date.now() + 60_000))).some((tombstone) => tombstone.incident === incident)).toBe(false)
  })

  it('writes the file readable by its owner alone, even over an earlier export that everyone could read', async () => {
    const owner = await member('filemode')
    const { incident } = await keepIncident(owner)
    const before = new Date(Date.now() - 1000)
    expect(await deleteIncident(site, owner, incident)).toBe(true)
    const file = path.join(scratch, 'hourly.jsonl')
    writeFileSync(file, 'an older export\n')
    chmodSync(file, 0o644)
    expect(await exportDeletionsNow(payload, { file, since: before })).toContain('written to')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(parseTombstones(readFileSync(file, 'utf8')).some((tombstone) => tombstone.incident === incident)).toBe(true)
  })
})

describe('replaying tombstones on a restored database', () => {
  it('deletes again an incident the backup brought back, with its evidence file and history, leaving its tombstone', async () => {
    const owner = await member('restored')
    const { incident, storageKey } = await keepIncident(owner)
    const tombstone: Tombstone = { incident, owner: owner.id as number, deletedAt: new Date().toISOString(), wholeLog: false }
    const summary = await replayDeletions(payload, [tombstone])
    expect(summary).toEqual({ deleted: 1, alreadyGone: 0, kept: 0, draftsDeleted: 0 })
    expect(await exists(incident)).toBe(false)
    expect(await count('evidence', owner)).toBe(0)
    expect(await storedFileExists(storageKey)).toBe(false)
    expect(await historyActions(incident)).toEqual(['deleted'])
    // An incident deleted on its own leaves the log's draft alone.
    expect(await count('incident-drafts', owner)).toBe(1)
    // Twice is harmless.
    expect(await replayDeletions(payload, [tombstone])).toEqual({ deleted: 0, alreadyGone: 1, kept: 0, draftsDeleted: 0 })
  })

  it('a log deleted whole takes its drafts saved before the deletion, and says log-deleted', async () => {
    const owner = await member('wholelog')
    const { incident } = await keepIncident(owner)
    const summary = await replayDeletions(payload, [{ incident, owner: owner.id as number, deletedAt: new Date().toISOString(), wholeLog: true }])
    expect(summary).toEqual({ deleted: 1, alreadyGone: 0, kept: 0, draftsDeleted: 1 })
    expect(await count('incident-drafts', owner)).toBe(0)
    expect(await historyActions(incident)).toEqual(['log-deleted'])
  })

  it('keeps an incident whose id a tombstone names but which is another one: another owner, or recorded after the deletion', async () => {
    const owner = await member('kept')
    const someoneElse = await member('other')
    const { incident, storageKey } = await keepIncident(owner)
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString()
    const summary = await replayDeletions(payload, [
      { incident, owner: someoneElse.id as number, deletedAt: new Date().toISOString(), wholeLog: false },
      { incident, owner: owner.id as number, deletedAt: hourAgo, wholeLog: true },
    ])
    expect(summary).toEqual({ deleted: 0, alreadyGone: 0, kept: 2, draftsDeleted: 0 })
    expect(await exists(incident)).toBe(true)
    expect(await storedFileExists(storageKey)).toBe(true)
    expect(await count('incident-drafts', owner)).toBe(1)
  })

  it('the command an operator runs replays a file, and refuses a malformed one, naming the line, before deleting anything', async () => {
    const owner = await member('cli')
    const { incident, storageKey } = await keepIncident(owner)
    const bad = path.join(scratch, 'bad.jsonl')
    writeFileSync(bad, `${formatTombstones([{ incident, owner: owner.id as number, deletedAt: new Date().toISOString(), wholeLog: false }])}{"incident": "x"}\n`)
    const refused = runCli(['replay-deletions', bad])
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('line 2: "incident" must be an incident\'s id')
    expect(refused.stderr).toContain('Nothing was deleted.')
    expect(refused.stderr).not.toMatch(/^\s+at /m)
    expect(await exists(incident)).toBe(true)

    const good = path.join(scratch, 'good.jsonl')
    writeFileSync(good, formatTombstones([{ incident, owner: owner.id as number, deletedAt: new Date().toISOString(), wholeLog: false }, { incident: 2_000_000_000, owner: owner.id as number, deletedAt: new Date().toISOString(), wholeLog: false }]))
    const replayed = runCli(['replay-deletions', good])
    expect(replayed.stderr).not.toMatch(/^\s+at /m)
    expect(replayed.status).toBe(0)
    expect(replayed.stdout).toContain('1 restored incident(s) deleted again')
    expect(replayed.stdout).toContain('1 already gone')
    expect(await exists(incident)).toBe(false)
    expect(await storedFileExists(storageKey)).toBe(false)
  }, 240_000)
})

describe('the tombstone file', () => {
  it.each([
    ['not JSON', 'nope', /line 1 is not JSON/],
    ['a missing owner', '{"incident":1,"deletedAt":"2026-12-01T00:00:00Z","wholeLog":false}', /line 1: "owner"/],
    ['a negative id', '{"incident":-4,"owner":1,"deletedAt":"2026-12-01T00:00:00Z","wholeLog":false}', /line 1: "incident"/],
    ['a date that is not one', '{"incident":1,"owner":1,"deletedAt":"yesterday-ish","wholeLog":false}', /line 1: "deletedAt"/],
    ['wholeLog as a string', '{"incident":1,"owner":1,"deletedAt":"2026-12-01T00:00:00Z","wholeLog":"no"}', /line 1: "wholeLog"/],
    ['an array', '[1,2]', /line 1: "incident"/],
  ])('refuses %s, naming the line', (_label, line, message) => {
    expect(() => parseTombstones(line)).toThrow(TombstoneFileError)
    expect(() => parseTombstones(line)).toThrow(message)
  })

  it('skips blank lines and reads Windows line ends', () => {
    expect(parseTombstones('\r\n{"incident":7,"owner":3,"deletedAt":"2026-12-01T10:00:00+01:00","wholeLog":true}\r\n\r\n')).toEqual([{ incident: 7, owner: 3, deletedAt: '2026-12-01T09:00:00.000Z', wholeLog: true }])
  })
})
