/**
 * Evidence previews and the location flag (issue 19, item 2): a photo uploaded with GPS in its
 * EXIF keeps its original byte for byte, gets a preview with no EXIF, GPS, XMP or ICC data, stored
 * encrypted (the stored bytes are neither a JPEG nor a WebP) under its own random key, shown only
 * to its owner inline with nosniff and no-store, and deleted with the original by every deletion
 * path; the row says the original carries location data (yes/no, never the place), and the bundle
 * page's data names that photo.
 */
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import type { Payload, TypedUser } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rewrapIncidentKeys } from '@/collections/Incidents/rewrapKeys'
import { incidentKeyring } from '@/collections/Incidents/keys'
import { listBundleChoices } from '@/data/bundle'
import { listEvidence } from '@/data/evidence'
import { deleteIncident, deleteIncidentLog } from '@/data/incidents'
import { hasGpsInExif } from '@/lib/evidencePreview'
import { generateMasterKeyText, parseMasterKey, wrappingKeyId } from '@/lib/incidents/crypto'
import type { Incident, Tenant, User } from '@/payload-types'
import { configuredBlobStore, getDecrypted } from '@/storage'

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
const ORIGIN = 'http://localhost:3000'
const storageDir = (): string => process.env.EVIDENCE_STORAGE_DIR as string
/** A phone photo: 2000 × 1500, with a camera make and a GPS position (Cardiff) in its EXIF. */
let located: Buffer
/** The same picture without any EXIF. */
let plain: Buffer

const asTyped = (user: User): TypedUser => ({ ...user, collection: 'users' }) as TypedUser
const sha = (data: Buffer): string => createHash('sha256').update(data).digest('hex')
const storedPath = (key: string): string => path.join(storageDir(), key.slice(0, 2), key)
const exists = (key: string): boolean => {
  try {
    return statSync(storedPath(key)).isFile()
  } catch {
    return false
  }
}

async function upload(incident: number, file: Buffer, filename: string, token: string) {
  const { REST_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const form = new FormData()
  form.append('incident', String(incident))
  form.append('file', new Blob([new Uint8Array(file)]), filename)
  const response = await REST_POST(config)(
    new Request(`${ORIGIN}/api/evidence`, { method: 'POST', headers: { Authorization: `JWT ${token}`, Host: 'localhost:3000' }, body: form }),
    { params: Promise.resolve({ slug: ['evidence'] }) },
  )
  return { status: response.status, json: (await response.json()) as { doc: { id: number; hasLocation: boolean | null; hasPreview: boolean } } }
}

async function get(id: number, what: 'file' | 'preview', token?: string) {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  const response = await REST_GET(config)(new Request(`${ORIGIN}/api/evidence/${id}/${what}`, { headers }), { params: Promise.resolve({ slug: ['evidence', String(id), what] }) })
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) }
}

type Row = { storage_key: string; preview_storage_key: string | null; preview_encryption_key: string | null; has_location: boolean | null; preview_width: string | null }
const rowOf = async (id: number): Promise<Row> =>
  (await db.query('select storage_key, preview_storage_key, preview_encryption_key, has_location, preview_width from evidence where id = $1', [id])).rows[0] as Row

async function newIncident(owner: Role = 'owner'): Promise<Incident> {
  return payload.create({
    collection: 'incidents',
    data: { tenant: tenant.id, happenedAt: new Date(Date.now() - 3_600_000).toISOString(), platform: 'x', kinds: ['harassment'], whatHappened: 'Preview test' } as never,
    user: users[owner],
    overrideAccess: false,
  })
}

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  tenant = await createTenant(payload, { slug: `previews-${suffix}`, nation: 'wales' })
  other = await createTenant(payload, { slug: `previews-other-${suffix}`, nation: 'england' })
  for (const on of [tenant, other]) await payload.update({ collection: 'tenants', id: on.id, data: { incidentLogEnabled: true }, overrideAccess: true })
  const member = async (role: Role, memberships: Parameters<typeof createMember>[2]) => {
    users[role] = asTyped(await createMember(payload, `pv-${role}-${suffix}@example.org`, memberships))
  }
  await member('owner', [{ tenant: tenant.id, roles: ['councillor'] }])
  await member('colleague', [{ tenant: tenant.id, roles: ['councillor'] }])
  await member('editor', [{ tenant: tenant.id, roles: ['editor'] }])
  await member('tenantAdmin', [{ tenant: tenant.id, roles: ['tenant-admin'] }])
  await member('officer', [{ tenant: tenant.id, roles: ['officer'] }])
  await member('otherTenant', [{ tenant: other.id, roles: ['councillor'] }])
  users.platformAdmin = asTyped(
    await payload.create({ collection: 'users', overrideAccess: true, data: { email: `pv-platformAdmin-${suffix}@example.org`, password: PASSWORD, roles: ['platform-admin'] } }),
  )
  for (const role of Object.keys(users) as Role[]) {
    const { token } = await payload.login({ collection: 'users', data: { email: users[role].email as string, password: PASSWORD } })
    tokens[role] = token as string
  }
  const picture = sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#2b6e3f' } })
  plain = await picture.clone().jpeg().toBuffer()
  located = await picture
    .clone()
    .jpeg()
    .withExif({ IFD0: { Make: 'PreviewTestCam', Model: 'Phone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 28/1 5/1', GPSLongitudeRef: 'W', GPSLongitude: '3/1 10/1 44/1' } })
    .toBuffer()
  db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
}, 300_000)

afterAll(async () => {
  await db?.end()
})

describe('a photo with GPS in its EXIF', () => {
  let incident: Incident
  let id: number

  beforeAll(async () => {
    // The fixture really carries what the test is about.
    expect(hasGpsInExif((await sharp(located).metadata()).exif)).toBe(true)
    incident = await newIncident()
    const answer = await upload(incident.id, located, 'IMG_0042.jpg', tokens.owner)
    expect(answer.status).toBe(201)
    id = answer.json.doc.id
    expect(answer.json.doc).toMatchObject({ hasLocation: true, hasPreview: true })
  })

  it('keeps the original byte for byte, GPS and all, downloaded only as an attachment', async () => {
    const original = await get(id, 'file', tokens.owner)
    expect(original.status).toBe(200)
    expect(sha(original.body)).toBe(sha(located))
    expect(original.headers.get('content-disposition')).toMatch(/^attachment;/)
  })

  it('its preview has no EXIF, no GPS, no XMP and no ICC profile, and is at most 1024 px wide', async () => {
    const preview = await get(id, 'preview', tokens.owner)
    expect(preview.status).toBe(200)
    const meta = await sharp(preview.body).metadata()
    expect(meta.format).toBe('webp')
    expect(meta.width).toBe(1024)
    expect(meta.height).toBe(768)
    expect(meta.exif).toBeUndefined()
    expect(meta.xmp).toBeUndefined()
    expect(meta.icc).toBeUndefined()
    // Nor anywhere in the bytes: no EXIF chunk, no camera name, no GPS tag.
    for (const needle of ['Exif', 'EXIF', 'PreviewTestCam', 'GPS', 'XMP']) expect(preview.body.includes(Buffer.from(needle)), needle).toBe(false)
    expect(hasGpsInExif(meta.exif)).toBe(false)
  })

  it('is served inline with nosniff and no-store, to its owner only', async () => {
    const preview = await get(id, 'preview', tokens.owner)
    expect(preview.headers.get('content-type')).toBe('image/webp')
    expect(preview.headers.get('content-disposition')).toMatch(/^inline;/)
    expect(preview.headers.get('x-content-type-options')).toBe('nosniff')
    expect(preview.headers.get('cache-control')).toBe('no-store')
    expect(preview.headers.get('cross-origin-resource-policy')).toBe('same-origin')
  })

  it.each(others)('%s: the preview route answers 404, like an id that does not exist', async (role) => {
    const answer = await get(id, 'preview', tokens[role])
    expect(answer.status).toBe(404)
    expect(answer.body.includes(Buffer.from('RIFF'))).toBe(false)
  })

  it('anonymous: 404', async () => {
    expect((await get(id, 'preview')).status).toBe(404)
  })

  it('is encrypted at rest under its own random key: the stored bytes are neither a JPEG nor a WebP, and differ from the original\'s file', async () => {
    const row = await rowOf(id)
    expect(row.has_location).toBe(true)
    expect(row.preview_storage_key).toMatch(/^[0-9a-f]{32}$/)
    expect(row.preview_storage_key).not.toBe(row.storage_key)
    expect(row.preview_encryption_key).toMatch(/^v1\./)
    for (const key of [row.storage_key, row.preview_storage_key as string]) {
      const stored = readFileSync(storedPath(key))
      expect(stored.subarray(0, 4).toString('ascii')).toBe('EVD1')
      expect(stored.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])), 'JPEG magic').toBe(false)
      expect(stored.includes(Buffer.from('WEBP')), 'WebP header').toBe(false)
      expect(stored.includes(Buffer.from('PreviewTestCam')), 'camera name').toBe(false)
      expect(stored.includes(Buffer.from('Exif')), 'EXIF marker').toBe(false)
    }
  })

  it('the site\'s door lists it with its preview and the location mark; the bundle page names it', async () => {
    const site = await siteFor(tenant.slug, 'en')
    const [listed] = await listEvidence(site, users.owner, incident.id)
    expect(listed).toMatchObject({ hasLocation: true, preview: { path: `/api/evidence/${id}/preview`, width: 1024, height: 768 } })
    const choices = await listBundleChoices(site, users.owner)
    const mine = choices.find((choice) => choice.id === incident.id)
    expect(mine).toMatchObject({ files: 1, unchecked: 0, located: [{ id, fileName: 'IMG_0042.jpg' }] })
    // Nobody else's bundle page learns of it.
    expect(await listBundleChoices(site, users.colleague)).toEqual([])
  })

  it('a master-key rotation rewraps the preview\'s key too, and the preview still opens under the new key alone', async () => {
    const oldKey = incidentKeyring().current
    const newKey = parseMasterKey(generateMasterKeyText())
    try {
      await rewrapIncidentKeys(payload, { current: newKey, previous: [oldKey] })
      const row = await rowOf(id)
      expect(wrappingKeyId(row.preview_encryption_key as string)).toBe(newKey.id)
      const opened = await getDecrypted(configuredBlobStore(), { current: newKey, previous: [] }, { storageKey: row.preview_storage_key as string, wrappedKey: row.preview_encryption_key as string })
      const chunks: Buffer[] = []
      for await (const chunk of opened) chunks.push(chunk as Buffer)
      expect((await sharp(Buffer.concat(chunks)).metadata()).format).toBe('webp')
    } finally {
      await rewrapIncidentKeys(payload, { current: oldKey, previous: [newKey] })
    }
    expect(wrappingKeyId((await rowOf(id)).preview_encryption_key as string)).toBe(oldKey.id)
  })
})

describe('files without location data, and files with no preview', () => {
  it('the same photo without EXIF: a preview, and no location', async () => {
    const incident = await newIncident()
    const answer = await upload(incident.id, plain, 'plain.jpg', tokens.owner)
    expect(answer.json.doc).toMatchObject({ hasLocation: false, hasPreview: true })
    const png = await sharp({ create: { width: 300, height: 600, channels: 4, background: '#ffffff' } }).png().toBuffer()
    const screenshot = await upload(incident.id, png, 'screenshot.png', tokens.owner)
    expect(screenshot.json.doc).toMatchObject({ hasLocation: false, hasPreview: true })
    // A small picture is not enlarged.
    expect((await sharp((await get(screenshot.json.doc.id, 'preview', tokens.owner)).body).metadata()).width).toBe(300)
    const site = await siteFor(tenant.slug, 'en')
    expect((await listBundleChoices(site, users.owner)).find((choice) => choice.id === incident.id)).toMatchObject({ files: 2, located: [], unchecked: 0 })
  })

  it('a PDF: no preview (404), location not checked', async () => {
    const incident = await newIncident()
    const pdf = Buffer.from('%PDF-1.4\n% letter\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')
    const answer = await upload(incident.id, pdf, 'letter.pdf', tokens.owner)
    expect(answer.status).toBe(201)
    expect(answer.json.doc).toMatchObject({ hasLocation: null, hasPreview: false })
    expect((await get(answer.json.doc.id, 'preview', tokens.owner)).status).toBe(404)
    const row = await rowOf(answer.json.doc.id)
    expect([row.preview_storage_key, row.has_location]).toEqual([null, null])
    const site = await siteFor(tenant.slug, 'en')
    const [listed] = await listEvidence(site, users.owner, incident.id)
    expect(listed).toMatchObject({ preview: null, hasLocation: null })
    expect((await listBundleChoices(site, users.owner)).find((choice) => choice.id === incident.id)).toMatchObject({ files: 1, located: [], unchecked: 1 })
  })
})

describe('deleted with the original', () => {
  it('deleting the incident (the owner, from the site) removes the original and the preview', async () => {
    const incident = await newIncident()
    const { json } = await upload(incident.id, located, 'gone.jpg', tokens.owner)
    const row = await rowOf(json.doc.id)
    const keys = [row.storage_key, row.preview_storage_key as string]
    expect(keys.map(exists)).toEqual([true, true])
    const site = await siteFor(tenant.slug, 'en')
    expect(await deleteIncident(site, users.owner, incident.id)).toBe(true)
    expect(keys.map(exists)).toEqual([false, false])
    expect((await get(json.doc.id, 'preview', tokens.owner)).status).toBe(404)
  })

  it('deleting the whole log removes every original and preview in it', async () => {
    const owner = asTyped(await createMember(payload, `pv-wholelog-${suffix}@example.org`, [{ tenant: tenant.id, roles: ['councillor'] }]))
    const { token } = await payload.login({ collection: 'users', data: { email: owner.email as string, password: PASSWORD } })
    const keys: string[] = []
    for (const name of ['one.jpg', 'two.jpg']) {
      const incident = await payload.create({
        collection: 'incidents',
        data: { tenant: tenant.id, happenedAt: new Date(Date.now() - 3_600_000).toISOString(), platform: 'x', kinds: ['threat'], whatHappened: 'Whole log' } as never,
        user: owner,
        overrideAccess: false,
      })
      const { json } = await upload(incident.id, located, name, token as string)
      const row = await rowOf(json.doc.id)
      keys.push(row.storage_key, row.preview_storage_key as string)
    }
    expect(keys.every(exists)).toBe(true)
    const site = await siteFor(tenant.slug, 'en')
    expect(await deleteIncidentLog(site, owner)).toBe(2)
    expect(keys.some(exists)).toBe(false)
  })
})
