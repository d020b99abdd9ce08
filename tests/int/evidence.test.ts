/**
 * Evidence (POST /api/evidence, GET /api/evidence/:id/file, the `evidence` collection): the owner
 * attaches and downloads; every bad input is a 4xx naming the field; nobody else, whatever their
 * role, reads, writes or downloads any of it by any route; neither a marker used as the file's
 * name and inside it, nor the file itself, is anywhere in the clear; deleting the incident takes
 * the files with it.
 */
import { createHash, randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import type { Payload, TypedUser } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { uploadsPerUser } from '@/collections/Evidence/endpoints/upload'
import { verifyIncidentHistory } from '@/collections/Incidents/hooks/history'
import { incidentKeyring } from '@/collections/Incidents/keys'
import { rewrapIncidentKeys } from '@/collections/Incidents/rewrapKeys'
import { listEvidence } from '@/data/evidence'
import { generateMasterKeyText, parseMasterKey, wrappingKeyId } from '@/lib/incidents/crypto'
import { consumeRateLimit } from '@/lib/rateLimit'
import { rateLimitStore } from '@/lib/rateLimitStore'
import type { Incident, Tenant, User } from '@/payload-types'
import { configuredBlobStore, getDecrypted } from '@/storage'

import { graphql, rest } from '../helpers/apiClient'
import { createMember, createTenant, ensureSeeded, PASSWORD } from '../helpers/contacts'
import { siteFor, testPayload, uniqueSuffix } from '../helpers/payload'

type Role = 'owner' | 'colleague' | 'editor' | 'tenantAdmin' | 'officer' | 'platformAdmin' | 'otherTenant'
const others: Role[] = ['colleague', 'editor', 'tenantAdmin', 'officer', 'platformAdmin', 'otherTenant']

let payload: Payload
let db: pg.Client
let tenant: Tenant
let other: Tenant
const suffix = uniqueSuffix()
const users = {} as Record<Role, TypedUser>
const tokens = {} as Record<Role, string>
const MARKER = `EVMARKER${suffix}`
const ORIGIN = 'http://localhost:3000'
const storageDir = (): string => process.env.EVIDENCE_STORAGE_DIR as string
let png: Buffer
let jpeg: Buffer

const asTyped = (user: User): TypedUser => ({ ...user, collection: 'users' }) as TypedUser
const sha = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

/** A small PDF (enough for the sniffing and the end-marker check), with `text` inside it. */
function pdf(text = 'evidence'): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1')
}

type Part = { name: string; value: string } | { name: string; file: Buffer; filename: string; type?: string }

/** POST /api/evidence through Payload's own route handler, as a browser or a script would send it. */
async function upload(parts: Part[], options: { token?: string; accept?: string; origin?: string; referer?: string; json?: unknown } = {}) {
  const { REST_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const headers = new Headers()
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  if (options.accept) headers.set('Accept', options.accept)
  if (options.origin) headers.set('Origin', options.origin)
  if (options.referer) headers.set('Referer', options.referer)
  headers.set('Host', 'localhost:3000')
  let body: BodyInit
  if (options.json !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.json)
  } else {
    const form = new FormData()
    for (const part of parts) {
      if ('file' in part) form.append(part.name, new Blob([new Uint8Array(part.file)], { type: part.type ?? 'application/octet-stream' }), part.filename)
      else form.append(part.name, part.value)
    }
    body = form
  }
  const response = await REST_POST(config)(new Request(`${ORIGIN}/api/evidence`, { method: 'POST', headers, body }), { params: Promise.resolve({ slug: ['evidence'] }) })
  const text = await response.text()
  let json: Record<string, unknown> = {}
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {}
  } catch {
    json = { text }
  }
  return { status: response.status, json, headers: response.headers }
}

async function download(id: number, token?: string) {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  const response = await REST_GET(config)(new Request(`${ORIGIN}/api/evidence/${id}/file`, { headers }), { params: Promise.resolve({ slug: ['evidence', String(id), 'file'] }) })
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) }
}

const codeOf = (json: Record<string, unknown>): unknown => json.code
const messageOf = (json: Record<string, unknown>): string => JSON.stringify(json.errors ?? '')

function storedFiles(): string[] {
  const root = storageDir()
  return readdirSync(root, { recursive: true })
    .map((name) => path.join(root, String(name)))
    .filter((file) => statSync(file).isFile())
}

async function newIncident(owner: Role = 'owner', tenantId = tenant.id): Promise<Incident> {
  return payload.create({
    collection: 'incidents',
    data: { tenant: tenantId, happenedAt: new Date(Date.now() - 3_600_000).toISOString(), platform: 'x', kinds: ['harassment'], whatHappened: 'Evidence test' } as never,
    user: users[owner],
    overrideAccess: false,
  })
}

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  tenant = await createTenant(payload, { slug: `evidence-${suffix}`, nation: 'wales' })
  other = await createTenant(payload, { slug: `evidence-other-${suffix}`, nation: 'england' })
  for (const on of [tenant, other]) await payload.update({ collection: 'tenants', id: on.id, data: { incidentLogEnabled: true }, overrideAccess: true })
  const member = async (role: Role, memberships: Parameters<typeof createMember>[2]) => {
    users[role] = asTyped(await createMember(payload, `ev-${role}-${suffix}@example.org`, memberships))
  }
  await member('owner', [{ tenant: tenant.id, roles: ['councillor'] }])
  await member('colleague', [{ tenant: tenant.id, roles: ['councillor'] }])
  await member('editor', [{ tenant: tenant.id, roles: ['editor'] }])
  await member('tenantAdmin', [{ tenant: tenant.id, roles: ['tenant-admin'] }])
  await member('officer', [{ tenant: tenant.id, roles: ['officer'] }])
  await member('otherTenant', [{ tenant: other.id, roles: ['councillor'] }])
  users.platformAdmin = asTyped(
    await payload.create({ collection: 'users', overrideAccess: true, data: { email: `ev-platformAdmin-${suffix}@example.org`, password: PASSWORD, roles: ['platform-admin'] } }),
  )
  for (const role of Object.keys(users) as Role[]) {
    const { token } = await payload.login({ collection: 'users', data: { email: users[role].email as string, password: PASSWORD } })
    tokens[role] = token as string
  }
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#1d4f91' } }).png().toBuffer()
  jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#d4351c' } }).jpeg().toBuffer()
  db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
}, 300_000)

afterAll(async () => {
  await db?.end()
})

describe('the owner attaches evidence', () => {
  let incident: Incident

  beforeAll(async () => {
    incident = await newIncident()
  })

  it('streams a screenshot in: 201 with its SHA-256, size, type from the content (not the name) and the server time', async () => {
    const before = Date.now()
    const answer = await upload([{ name: 'incident', value: String(incident.id) }, { name: 'file', file: png, filename: 'screenshot.pdf', type: 'application/pdf' }], { token: tokens.owner })
    expect(answer.status).toBe(201)
    const doc = answer.json.doc as Record<string, unknown>
    expect(doc).toMatchObject({ incident: incident.id, sha256: sha(png), size: png.length, mimeType: 'image/png', fileName: 'screenshot.pdf' })
    expect(Date.parse(doc.uploadedAt as string)).toBeGreaterThanOrEqual(before - 1000)
    const row = (await db.query('select sha256, size, mime_type, owner_id, tenant_id, file_name, storage_key from evidence where id = $1', [doc.id])).rows[0]
    expect(row).toMatchObject({ sha256: sha(png), mime_type: 'image/png', owner_id: users.owner.id, tenant_id: tenant.id })
    expect(Number(row.size)).toBe(png.length)
    expect(row.file_name).toMatch(/^v1\.[0-9a-f]{16}\./)
    expect(row.storage_key).toMatch(/^[0-9a-f]{32}$/)
  })

  it('accepts a JPEG and a PDF, and lists them (through the site\'s door) with names, sizes and hashes', async () => {
    const one = await upload([{ name: 'incident', value: String(incident.id) }, { name: 'file', file: jpeg, filename: 'photo.jpg' }], { token: tokens.owner })
    const two = await upload([{ name: 'incident', value: String(incident.id) }, { name: 'file', file: pdf(), filename: 'Llythyr ŵ.pdf' }], { token: tokens.owner })
    expect([one.status, two.status]).toEqual([201, 201])
    const site = await siteFor(tenant.slug, 'en')
    const listed = await listEvidence(site, users.owner, incident.id)
    expect(listed.map((file) => [file.fileName, file.mimeType])).toEqual([
      ['screenshot.pdf', 'image/png'],
      ['photo.jpg', 'image/jpeg'],
      ['Llythyr ŵ.pdf', 'application/pdf'],
    ])
    expect(listed[1]?.sha256).toBe(sha(jpeg))
    expect(await listEvidence(site, users.colleague, incident.id)).toEqual([])
  })

  it('downloads the original, byte for byte: an attachment, nosniff, no-store', async () => {
    const [first] = (await payload.find({ collection: 'evidence', where: { incident: { equals: incident.id } }, sort: 'id', overrideAccess: true })).docs
    const got = await download(first!.id, tokens.owner)
    expect(got.status).toBe(200)
    expect(sha(got.body)).toBe(sha(png))
    expect(got.headers.get('content-type')).toBe('image/png')
    expect(got.headers.get('content-disposition')).toMatch(/^attachment; filename="screenshot\.pdf"/)
    expect(got.headers.get('x-content-type-options')).toBe('nosniff')
    expect(got.headers.get('cache-control')).toBe('no-store')
  })

  it('after a master-key rotation, npm run incidents:rewrap-keys moves each file\'s key too, and the file still opens byte for byte', async () => {
    const [first] = (await payload.find({ collection: 'evidence', where: { incident: { equals: incident.id } }, sort: 'id', overrideAccess: true })).docs
    const row = async () => (await db.query('select encryption_key, storage_key from evidence where id = $1', [first!.id])).rows[0] as { encryption_key: string; storage_key: string }
    const oldKey = incidentKeyring().current
    const newKey = parseMasterKey(generateMasterKeyText())
    try {
      await rewrapIncidentKeys(payload, { current: newKey, previous: [oldKey] })
      const moved = await row()
      expect(wrappingKeyId(moved.encryption_key)).toBe(newKey.id)
      // The new key alone opens the stored file: the previous key can go.
      const plain = await getDecrypted(configuredBlobStore(), { current: newKey, previous: [] }, { storageKey: moved.storage_key, wrappedKey: moved.encryption_key })
      const chunks: Buffer[] = []
      for await (const chunk of plain) chunks.push(chunk as Buffer)
      expect(sha(Buffer.concat(chunks))).toBe(sha(png))
    } finally {
      // Back to the configured key, whatever happened, for the rest of the suite (one database).
      await rewrapIncidentKeys(payload, { current: oldKey, previous: [newKey] })
    }
    expect(wrappingKeyId((await row()).encryption_key)).toBe(oldKey.id)
    expect(sha((await download(first!.id, tokens.owner)).body)).toBe(sha(png))
  })

  it("records each file's hash in the incident's history chain, which stays intact", async () => {
    const entries = (await db.query("select action, evidence_sha256 from incident_history where incident = $1 order by seq", [incident.id])).rows
    expect(entries.map((entry) => entry.action)).toEqual(['create', 'evidence-added', 'evidence-added', 'evidence-added'])
    expect(entries[1]?.evidence_sha256).toBe(sha(png))
    const verdict = await verifyIncidentHistory(payload, incident.id)
    expect(verdict.ok).toBe(true)
    // The hash covers the evidence: changing the recorded hash breaks the chain.
    await db.query("update incident_history set evidence_sha256 = $1 where incident = $2 and action = 'evidence-added' and evidence_sha256 = $3", [sha(jpeg), incident.id, sha(png)])
    expect((await verifyIncidentHistory(payload, incident.id)).ok).toBe(false)
    await db.query("update incident_history set evidence_sha256 = $1 where incident = $2 and seq = 2", [sha(png), incident.id])
    expect((await verifyIncidentHistory(payload, incident.id)).ok).toBe(true)
  })

  it('a form posted without JavaScript is sent back to the incident page (303), added or refused with the reason', async () => {
    const back = `/${tenant.slug}/en/members/incidents/${incident.id}`
    const ok = await upload([{ name: 'incident', value: String(incident.id) }, { name: 'back', value: back }, { name: 'file', file: png, filename: 'again.png' }], { token: tokens.owner, accept: 'text/html,application/xhtml+xml' })
    expect(ok.status).toBe(303)
    expect(ok.headers.get('location')).toMatch(new RegExp(`^${back}\\?evidenceAdded=\\d+#evidence$`))
    const refused = await upload([{ name: 'incident', value: String(incident.id) }, { name: 'back', value: back }, { name: 'file', file: Buffer.from('not a picture'), filename: 'x.png' }], {
      token: tokens.owner,
      accept: 'text/html',
    })
    expect(refused.status).toBe(303)
    expect(refused.headers.get('location')).toBe(`${back}?evidenceError=wrong-type#evidence`)
    // A `back` that is not this incident's page (another site, another incident) is never followed.
    const elsewhere = await upload([{ name: 'incident', value: String(incident.id) }, { name: 'back', value: '//evil.example/x' }, { name: 'file', file: Buffer.from('x'), filename: 'x.png' }], {
      token: tokens.owner,
      accept: 'text/html',
    })
    expect(elsewhere.status).toBe(415)
  })
})

describe('bad input is a 4xx naming the field and the reason, and stores nothing', () => {
  let incident: Incident
  let filesBefore: number

  beforeAll(async () => {
    incident = await newIncident()
    filesBefore = storedFiles().length
  })

  afterAll(() => {
    expect(storedFiles().length).toBe(filesBefore)
  })

  const withIncident = (file: Buffer, filename: string): Part[] => [{ name: 'incident', value: String(incident.id) }, { name: 'file', file, filename }]

  it.each([
    ['text named .png', () => Buffer.from('just some text, not an image at all'), 'x.png', 415, 'wrong-type'],
    ['an SVG', () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'x.svg', 415, 'wrong-type'],
    ['a GIF (an image, but not one we take)', () => Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64'), 'x.gif', 415, 'wrong-type'],
    ['a PNG cut short', () => png.subarray(0, png.length - 20), 'cut.png', 400, 'corrupt'],
    ['a JPEG cut short', () => jpeg.subarray(0, jpeg.length - 2), 'cut.jpg', 400, 'corrupt'],
    ['a PDF without its end', () => pdf().subarray(0, 40), 'cut.pdf', 400, 'corrupt'],
    ['an empty file', () => Buffer.alloc(0), 'empty.png', 400, 'empty'],
  ])('%s', async (_label, make, filename, status, code) => {
    const answer = await upload(withIncident(make(), filename), { token: tokens.owner })
    expect(answer.status).toBe(status)
    expect(codeOf(answer.json)).toBe(code)
    expect(messageOf(answer.json)).toContain('file')
  })

  it('a file over 20 MB (a PNG that keeps going)', async () => {
    const big = Buffer.concat([png.subarray(0, 33), randomBytes(20 * 1024 * 1024 + 1 - 33)])
    const answer = await upload(withIncident(big, 'big.png'), { token: tokens.owner })
    expect(answer.status).toBe(413)
    expect(codeOf(answer.json)).toBe('too-large')
  })

  it('no file, no incident, an incident id that is not one, two files', async () => {
    const noFile = await upload([{ name: 'incident', value: String(incident.id) }], { token: tokens.owner })
    expect([noFile.status, codeOf(noFile.json)]).toEqual([400, 'file-missing'])
    const noIncident = await upload([{ name: 'file', file: png, filename: 'x.png' }], { token: tokens.owner })
    expect([noIncident.status, codeOf(noIncident.json)]).toEqual([400, 'incident-missing'])
    expect(messageOf(noIncident.json)).toContain('incident')
    const notAnId = await upload([{ name: 'incident', value: "1 or 1=1" }, { name: 'file', file: png, filename: 'x.png' }], { token: tokens.owner })
    expect([notAnId.status, codeOf(notAnId.json)]).toEqual([404, 'incident-not-found'])
    const two = await upload([...withIncident(png, 'a.png'), { name: 'file', file: png, filename: 'b.png' }], { token: tokens.owner })
    expect([two.status, codeOf(two.json)]).toEqual([400, 'unexpected-field'])
  })

  it('not multipart, not signed in, from another site', async () => {
    const json = await upload([], { token: tokens.owner, json: { incident: incident.id } })
    expect([json.status, codeOf(json.json)]).toEqual([415, 'not-multipart'])
    const anonymous = await upload(withIncident(png, 'x.png'))
    expect([anonymous.status, codeOf(anonymous.json)]).toEqual([401, 'signed-out'])
    const foreign = await upload(withIncident(png, 'x.png'), { token: tokens.owner, origin: 'https://evil.example' })
    expect([foreign.status, codeOf(foreign.json)]).toEqual([403, 'foreign-origin'])
  })

  it("another person's incident, for every other role: 404, nothing stored", async () => {
    for (const role of others) {
      const answer = await upload(withIncident(png, `${role}.png`), { token: tokens[role] })
      expect([role, answer.status, codeOf(answer.json)]).toEqual([role, 404, 'incident-not-found'])
    }
  })

  it('is rate limited per person (429 with Retry-After)', async () => {
    const store = rateLimitStore(payload)
    for (let i = 0; i < uploadsPerUser.limit; i += 1) await consumeRateLimit(store, uploadsPerUser, String(users.colleague.id))
    const answer = await upload(withIncident(png, 'x.png'), { token: tokens.colleague })
    expect([answer.status, codeOf(answer.json)]).toEqual([429, 'rate-limited'])
    expect(answer.headers.get('retry-after')).toMatch(/^\d+$/)
  })
})

describe('limits', () => {
  it('takes 20 files per incident and refuses the 21st (409, naming the incident)', async () => {
    const incident = await newIncident()
    for (let i = 0; i < 20; i += 1) {
      const answer = await upload([{ name: 'incident', value: String(incident.id) }, { name: 'file', file: pdf(`n${i}`), filename: `${i}.pdf` }], { token: tokens.owner })
      expect(answer.status).toBe(201)
    }
    const files = storedFiles().length
    const answer = await upload([{ name: 'incident', value: String(incident.id) }, { name: 'file', file: pdf(), filename: '21.pdf' }], { token: tokens.owner })
    expect([answer.status, codeOf(answer.json)]).toEqual([409, 'too-many'])
    expect(messageOf(answer.json)).toContain('incident')
    expect(storedFiles().length).toBe(files)
  })
})

describe('nobody else gets anything, whatever their role', () => {
  let incident: Incident
  let evidenceId: number

  beforeAll(async () => {
    incident = await newIncident()
    const answer = await upload([{ name: 'incident', value: String(incident.id) }, { name: 'file', file: pdf(MARKER), filename: `${MARKER}.pdf` }], { token: tokens.owner })
    evidenceId = (answer.json.doc as { id: number }).id
  })

  it.each(others)('%s: Local API (overrideAccess: false) finds nothing and writes nothing', async (role) => {
    const user = users[role]
    const found = await payload.find({ collection: 'evidence', user, overrideAccess: false, where: { id: { equals: evidenceId } } }).catch(() => ({ docs: [] }))
    expect(found.docs).toEqual([])
    const counted = await payload.count({ collection: 'evidence', user, overrideAccess: false, where: { id: { equals: evidenceId } } }).catch(() => ({ totalDocs: 0 }))
    expect(counted.totalDocs).toBe(0)
    await expect(payload.findByID({ collection: 'evidence', id: evidenceId, user, overrideAccess: false })).rejects.toBeTruthy()
    await expect(payload.update({ collection: 'evidence', id: evidenceId, data: { sha256: 'tampered' }, user, overrideAccess: false })).rejects.toBeTruthy()
    await expect(payload.delete({ collection: 'evidence', id: evidenceId, user, overrideAccess: false })).rejects.toBeTruthy()
  })

  it.each(others)('%s: REST lists nothing, reads nothing, downloads nothing, writes nothing', async (role) => {
    const token = tokens[role]
    const list = await rest('GET', 'evidence', { token, query: { limit: '100' } })
    expect([200, 403]).toContain(list.status)
    expect(JSON.stringify(list.json)).not.toContain(`"id":${evidenceId}`)
    const one = await rest('GET', `evidence/${evidenceId}`, { token })
    expect([403, 404]).toContain(one.status)
    expect((await download(evidenceId, token)).status).toBe(404)
    expect([403, 404]).toContain((await rest('PATCH', `evidence/${evidenceId}`, { token, body: { sha256: 'tampered' } })).status)
    expect([403, 404]).toContain((await rest('DELETE', `evidence/${evidenceId}`, { token })).status)
    const row = (await db.query('select sha256 from evidence where id = $1', [evidenceId])).rows[0]
    expect(row?.sha256).not.toBe('tampered')
  })

  it('anonymous callers: nothing either', async () => {
    expect((await download(evidenceId)).status).toBe(404)
    const list = await rest('GET', 'evidence', { query: { limit: '100' } })
    expect(JSON.stringify(list.json)).not.toContain(`"id":${evidenceId}`)
  })

  it('the owner reads it, but cannot change or delete it through the API either', async () => {
    const mine = await payload.findByID({ collection: 'evidence', id: evidenceId, user: users.owner, overrideAccess: false })
    expect(mine.fileName).toBe(`${MARKER}.pdf`)
    expect(JSON.stringify(mine)).not.toMatch(/storageKey|encryptionKey/)
    expect([403, 404]).toContain((await rest('PATCH', `evidence/${evidenceId}`, { token: tokens.owner, body: { sha256: 'tampered' } })).status)
    expect([403, 404]).toContain((await rest('DELETE', `evidence/${evidenceId}`, { token: tokens.owner })).status)
  })

  it('GraphQL has no evidence at all', async () => {
    for (const role of ['owner', 'platformAdmin'] as Role[]) {
      const answer = await graphql('{ allEvidence { docs { id fileName } } }', {}, tokens[role])
      expect(answer.errors.length).toBeGreaterThan(0)
    }
  })

  it('server code reading for another user with overrideAccess gets no file name', async () => {
    const found = await payload.findByID({ collection: 'evidence', id: evidenceId, user: users.platformAdmin, overrideAccess: true })
    expect(found.fileName).toBe('')
  })
})

describe('at rest, and after deletion', () => {
  it('a marker used as the file name and inside the file is in no table and in no stored file', async () => {
    const incident = await newIncident()
    const inside = pdf(`${MARKER} written inside the file`)
    expect(inside.includes(Buffer.from(MARKER))).toBe(true)
    const answer = await upload([{ name: 'incident', value: String(incident.id) }, { name: 'file', file: inside, filename: `${MARKER}.pdf` }], { token: tokens.owner })
    expect(answer.status).toBe(201)
    const tables = (await db.query("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")).rows.map((row) => row.table_name as string)
    expect(tables).toContain('evidence')
    for (const table of tables) {
      const rows = await db.query(`select * from "${table}"`)
      const dump = JSON.stringify(rows.rows)
      expect(dump.includes(MARKER), table).toBe(false)
      expect(dump.toLowerCase().includes(MARKER.toLowerCase()), table).toBe(false)
    }
    const needle = Buffer.from(MARKER)
    for (const file of storedFiles()) expect(readFileSync(file).includes(needle), file).toBe(false)
  })

  it('deleting an incident removes its evidence, rows and files', async () => {
    const incident = await newIncident()
    const answer = await upload([{ name: 'incident', value: String(incident.id) }, { name: 'file', file: png, filename: 'gone.png' }], { token: tokens.owner })
    expect(answer.status).toBe(201)
    const key = (await db.query('select storage_key from evidence where incident_id = $1', [incident.id])).rows[0]?.storage_key as string
    const file = path.join(storageDir(), key.slice(0, 2), key)
    expect(statSync(file).isFile()).toBe(true)
    await payload.delete({ collection: 'incidents', id: incident.id, overrideAccess: true })
    expect((await db.query('select count(*)::int as n from evidence where incident_id = $1', [incident.id])).rows[0]?.n).toBe(0)
    expect(() => statSync(file)).toThrow()
  })
})
