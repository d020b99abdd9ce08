/**
 * The evidence bundle (GET /api/incidents/bundle) through Payload's own route handler: the owner
 * gets a ZIP that opens, whose manifest's hashes are those of the files inside and of the files
 * as they were uploaded, whose PDF carries the incidents' words (Welsh ŵ and ŷ included); the
 * bundle's SHA-256 lands in each included incident's history, whose chain stays intact; and
 * nobody else (another councillor of the same council, a tenant admin, a platform admin, someone
 * of another council, nobody signed in) gets a byte of it, whatever they ask for.
 */
import { randomBytes } from 'node:crypto'

import type { Payload, TypedUser } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { verifyIncidentHistory } from '@/collections/Incidents/hooks/history'
import type { Incident, Tenant, User } from '@/payload-types'

import { createMember, createTenant, ensureSeeded, PASSWORD } from '../helpers/contacts'
import { testPayload, uniqueSuffix } from '../helpers/payload'
import { checkedManifest, pdfText, readZip, sha256 } from '../helpers/zip'

type Role = 'owner' | 'colleague' | 'tenantAdmin' | 'platformAdmin' | 'otherTenant' | 'leaver' | 'longGone'

let payload: Payload
let tenant: Tenant
let other: Tenant
const suffix = uniqueSuffix()
const users = {} as Record<Role, TypedUser>
const tokens = {} as Record<Role, string>
const ORIGIN = 'http://localhost:3000'
const uploaded = new Map<number, Buffer>()
let first: Incident
let second: Incident
let leaverIncident: Incident

const asTyped = (user: User): TypedUser => ({ ...user, collection: 'users' }) as TypedUser

async function upload(incident: number, file: Buffer, filename: string, token: string): Promise<number> {
  const { REST_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const form = new FormData()
  form.append('incident', String(incident))
  form.append('file', new Blob([new Uint8Array(file)], { type: 'image/png' }), filename)
  const response = await REST_POST(config)(
    new Request(`${ORIGIN}/api/evidence`, { method: 'POST', headers: { Authorization: `JWT ${token}`, Host: 'localhost:3000' }, body: form }),
    { params: Promise.resolve({ slug: ['evidence'] }) },
  )
  const json = (await response.json()) as { doc?: { id: number } }
  expect(response.status).toBe(201)
  const id = json.doc?.id as number
  uploaded.set(id, file)
  return id
}

async function bundle(query: string, token?: string) {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  const response = await REST_GET(config)(new Request(`${ORIGIN}/api/incidents/bundle?${query}`, { headers }), {
    params: Promise.resolve({ slug: ['incidents', 'bundle'] }),
  })
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) }
}

/** The history entries recording bundles, for one incident, newest last. */
async function bundleEntries(incident: number) {
  const found = await payload.find({ collection: 'incident-history', where: { and: [{ incident: { equals: incident } }, { action: { equals: 'bundle-downloaded' } }] }, sort: 'seq', overrideAccess: true, limit: 0, pagination: false })
  return found.docs
}

/** The history records a bundle once its last byte has gone: a moment after the response was read. */
async function waitForEntries(incident: number, count: number) {
  for (let tries = 0; tries < 100; tries += 1) {
    if ((await bundleEntries(incident)).length >= count) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

async function newIncident(role: Role, data: Record<string, unknown>): Promise<Incident> {
  return payload.create({
    collection: 'incidents',
    data: { tenant: tenant.id, platform: 'x', kinds: ['harassment'], handles: [{ handle: '@samehandle' }], ...data } as never,
    user: users[role],
    overrideAccess: false,
  })
}

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  tenant = await createTenant(payload, { slug: `bundle-${suffix}`, nation: 'wales' })
  other = await createTenant(payload, { slug: `bundle-other-${suffix}`, nation: 'england' })
  for (const on of [tenant, other]) await payload.update({ collection: 'tenants', id: on.id, data: { incidentLogEnabled: true }, overrideAccess: true })
  const member = async (role: Role, memberships: Parameters<typeof createMember>[2]) => {
    users[role] = asTyped(await createMember(payload, `bundle-${role}-${suffix}@example.org`, memberships))
  }
  await member('owner', [{ tenant: tenant.id, roles: ['councillor'] }])
  await member('colleague', [{ tenant: tenant.id, roles: ['councillor'] }])
  await member('tenantAdmin', [{ tenant: tenant.id, roles: ['tenant-admin', 'councillor'] }])
  await member('otherTenant', [{ tenant: other.id, roles: ['councillor'] }])
  await member('leaver', [{ tenant: tenant.id, roles: ['councillor'] }])
  await member('longGone', [{ tenant: tenant.id, roles: ['councillor'] }])
  users.platformAdmin = asTyped(
    await payload.create({ collection: 'users', overrideAccess: true, data: { email: `bundle-platformAdmin-${suffix}@example.org`, password: PASSWORD, roles: ['platform-admin'] } }),
  )
  await payload.update({ collection: 'users', id: users.owner.id, data: { name: 'Cynghorydd Gwenllïan Ŵyn' }, overrideAccess: true })
  for (const role of Object.keys(users) as Role[]) {
    const { token } = await payload.login({ collection: 'users', data: { email: users[role].email as string, password: PASSWORD } })
    tokens[role] = token as string
  }
  const hourAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString()
  first = await newIncident('owner', {
    happenedAt: hourAgo(48),
    whatHappened: 'Anfonodd neges: “Rwy’n gwybod ble rwyt ti’n byw” — ŵ ŷ',
    impact: 'Methu cysgu',
    policeReport: { crimeReference: 'NWP/2026/0042', operationFord: true },
  })
  second = await newIncident('owner', { happenedAt: hourAgo(2), whatHappened: 'Second message from the same handle', links: [{ url: 'https://x.com/samehandle/status/2' }] })
  const png = (colour: string) => sharp({ create: { width: 32, height: 24, channels: 3, background: colour } }).png({ compressionLevel: 0 }).composite([{ input: randomBytes(32 * 24 * 3), raw: { width: 32, height: 24, channels: 3 } }]).toBuffer()
  await upload(first.id, await png('#1d4f91'), 'sgrinlun-ŵ.png', tokens.owner)
  await upload(second.id, await png('#d4351c'), 'screenshot two.png', tokens.owner)
  await upload(second.id, await png('#00703c'), 'screenshot two.png', tokens.owner)
  leaverIncident = await newIncident('leaver', { happenedAt: hourAgo(5), whatHappened: 'Before I left office' })
  await newIncident('longGone', { happenedAt: hourAgo(5), whatHappened: 'Long ago' })
  // Their memberships end: a day ago (still within the 12 months), and 400 days ago.
  for (const [role, days] of [['leaver', 1], ['longGone', 400]] as const) {
    await payload.update({
      collection: 'users',
      id: users[role].id,
      data: { tenants: [{ tenant: tenant.id, roles: ['councillor'], endsAt: new Date(Date.now() - days * 86_400_000).toISOString() }] },
      overrideAccess: true,
    })
  }
}, 300_000)

describe('the owner downloads a bundle', () => {
  it('gets a ZIP that opens: the chronology, the originals byte for byte, and a manifest whose hashes match both', async () => {
    const answer = await bundle(`tenant=${tenant.id}&locale=cy&all=1`, tokens.owner)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toBe('application/zip')
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="incident-log-bundle-/)
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff')
    expect(answer.headers.get('cache-control')).toBe('no-store')
    const entries = await readZip(answer.body)
    const manifest = checkedManifest(entries)
    const evidence = manifest.files.filter((file) => file.evidenceId)
    expect(evidence).toHaveLength(3)
    for (const file of evidence) {
      // The file inside is the file uploaded, and its hash is the one recorded at upload.
      expect(entries.get(file.path)?.equals(uploaded.get(file.evidenceId as number) as Buffer)).toBe(true)
      expect(file.recordedSha256).toBe(sha256(uploaded.get(file.evidenceId as number) as Buffer))
      expect(file.matchesRecord).toBe(true)
    }
    expect(evidence.map((file) => file.path)).toEqual(['evidence/001-01-sgrinlun-ŵ.png', 'evidence/002-01-screenshot two.png', 'evidence/002-02-screenshot two.png'])
    // The chain head in the manifest is the incident's own as the bundle was made: the entry that
    // then records this bundle (its SHA-256) points back to exactly that head, and the chain verifies.
    for (const incident of manifest.incidents) {
      await waitForEntries(incident.id, 1)
      const recorded = (await bundleEntries(incident.id)).at(-1)
      expect(recorded?.prevHash).toBe(incident.historyHead)
      expect(recorded?.bundleSha256).toBe(sha256(answer.body))
      expect(incident.historyIntact).toBe(true)
      expect((await verifyIncidentHistory(payload, incident.id)).ok).toBe(true)
    }
    expect(manifest.incidents.map((incident) => incident.id)).toEqual([first.id, second.id])

    const text = (await pdfText(entries.get('chronology.pdf') as Buffer)).replace(/\s+/g, ' ')
    expect(text).toContain('Cynghorydd Gwenllïan Ŵyn')
    expect(text).toContain('Anfonodd neges: “Rwy’n gwybod ble rwyt ti’n byw” — ŵ ŷ')
    expect(text).toContain('Methu cysgu')
    expect(text).toContain('NWP/2026/0042')
    expect(text).toContain('Ymgyrch Ford: Ydy')
    expect(text).toContain('Second message from the same handle')
    expect(text).toContain('https://x.com/samehandle/status/2')
    for (const file of evidence) expect(text).toContain(file.sha256)
  })

  it("records the bundle's SHA-256 in the history of each incident in it, and the chains stay intact", async () => {
    const before = (await bundleEntries(first.id)).length
    const answer = await bundle(`tenant=${tenant.id}&ids=${second.id}`, tokens.owner)
    expect(answer.status).toBe(200)
    await waitForEntries(second.id, 2)
    const entries = await bundleEntries(second.id)
    expect(entries.at(-1)?.bundleSha256).toBe(sha256(answer.body))
    expect(entries.at(-1)?.actor).toBe(users.owner.id)
    // Only the incident chosen: the first one's history did not move.
    expect(await bundleEntries(first.id)).toHaveLength(before)
    for (const id of [first.id, second.id]) expect((await verifyIncidentHistory(payload, id)).ok).toBe(true)
    // And the PDF says only what was chosen.
    const text = await pdfText((await readZip(answer.body)).get('chronology.pdf') as Buffer)
    expect(text).not.toContain('Anfonodd neges')
  })

  it('a councillor who left office less than 12 months ago still gets theirs; one who left longer ago does not', async () => {
    const leaver = await bundle(`tenant=${tenant.id}&all=1`, tokens.leaver)
    expect(leaver.status).toBe(200)
    const manifest = checkedManifest(await readZip(leaver.body))
    expect(manifest.incidents.map((incident) => incident.id)).toEqual([leaverIncident.id])
    const gone = await bundle(`tenant=${tenant.id}&all=1`, tokens.longGone)
    expect(gone.status).toBe(404)
    expect(gone.headers.get('content-type')).not.toBe('application/zip')
  })
})

describe('nobody else gets a byte', () => {
  const others: Role[] = ['colleague', 'tenantAdmin', 'platformAdmin', 'otherTenant']

  it('another councillor, a tenant admin, a platform admin, another council: 404 for the ids, for all, and nothing recorded', async () => {
    const before = (await bundleEntries(first.id)).length
    for (const role of others) {
      for (const query of [`tenant=${tenant.id}&ids=${first.id}`, `tenant=${tenant.id}&ids=${first.id},${second.id}`, `tenant=${tenant.id}&all=1`]) {
        const answer = await bundle(query, tokens[role])
        expect([403, 404], `${role} ${query}`).toContain(answer.status)
        expect(answer.headers.get('content-type'), `${role} ${query}`).not.toBe('application/zip')
        expect(answer.body.includes(Buffer.from('PK\u0003\u0004', 'latin1')), `${role} ${query}`).toBe(false)
        expect(answer.body.toString('utf8')).not.toContain('Anfonodd')
      }
    }
    expect(await bundleEntries(first.id)).toHaveLength(before)
  })

  it("the owner's own ids mixed with someone else's: 404, no partial bundle", async () => {
    const colleagues = await newIncident('colleague', { happenedAt: new Date(Date.now() - 3_600_000).toISOString(), whatHappened: 'Mine' })
    const answer = await bundle(`tenant=${tenant.id}&ids=${first.id},${colleagues.id}`, tokens.owner)
    expect(answer.status).toBe(404)
    expect(answer.headers.get('content-type')).not.toBe('application/zip')
  })

  it('nobody signed in: 404', async () => {
    const answer = await bundle(`tenant=${tenant.id}&all=1`)
    expect(answer.status).toBe(404)
  })
})

describe('bad input is a 4xx naming the field', () => {
  it.each([
    ['no tenant', 'all=1', 'tenant'],
    ['a tenant that is not a number', 'tenant=abc&all=1', 'tenant'],
    ['an unknown language', `tenant=1&all=1&locale=fr`, 'locale'],
    ['an id that is not a number', 'tenant=1&ids=1,x', 'ids'],
    ['nothing chosen', 'tenant=1', 'ids'],
  ])('%s', async (_name, query, field) => {
    const answer = await bundle(query, tokens.owner)
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body.toString('utf8'))).toMatchObject({ errors: [{ field }] })
  })

  it("nothing chosen on the site's form (without JavaScript) goes back to the page with the reason", async () => {
    const answer = await bundle(`tenant=${tenant.id}&back=${encodeURIComponent(`/bundle-${suffix}/cy/members/incidents/bundle`)}`, tokens.owner)
    expect(answer.status).toBe(303)
    expect(answer.headers.get('location')).toBe(`/bundle-${suffix}/cy/members/incidents/bundle?error=none-chosen`)
    // Relative, on the same site; never somewhere a `back` elsewhere would send them.
    const away = await bundle(`tenant=${tenant.id}&back=${encodeURIComponent('//evil.example/members/incidents/bundle')}`, tokens.owner)
    expect(away.status).toBe(400)
  })
})
