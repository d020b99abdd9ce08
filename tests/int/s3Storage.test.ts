/**
 * Media and evidence in an S3-compatible bucket (S3_BUCKET set): the real AWS SDK against a
 * local s3rver that this file starts. Evidence is stored as ciphertext and decrypted on the way
 * out for its owner only; media are uploaded through Payload, land in the bucket, and are served
 * through Payload's file route under the same read rule as on local disk; a bucket that does not
 * exist or an endpoint that does not answer fails fast with an error naming what to check.
 *
 * The S3 variables are set before anything reads the configuration (every import of the app is
 * dynamic, below), and vitest gives each int file its own module graph, so no other file sees them.
 */
import { createHash, randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { Payload, TypedUser } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startLocalS3, type LocalS3 } from '../../scripts/lib/localS3'
import type { Tenant, User } from '@/payload-types'

let s3: LocalS3
let payload: Payload
let owner: TypedUser
let colleague: TypedUser
let ownerToken: string
let colleagueToken: string
let tenant: Tenant
let hidden: Tenant
const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const ORIGIN = 'http://localhost:3000'
const sha = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

/** Every object s3rver holds, as [key, bytes]. */
function objects(): [string, Buffer][] {
  const root = path.join(s3.directory, s3.bucket)
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('._S3rver_object') && statSync(path.join(root, name)).isFile())
    .map((name) => [name.replace(/\._S3rver_object$/, '').split(path.sep).join('/'), readFileSync(path.join(root, name))])
}

async function routes() {
  const { REST_GET, REST_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  return { GET: REST_GET(config), POST: REST_POST(config) }
}

async function uploadEvidence(incident: number, file: Buffer, filename: string, token: string) {
  const form = new FormData()
  form.append('incident', String(incident))
  form.append('file', new Blob([new Uint8Array(file)]), filename)
  const { POST } = await routes()
  const response = await POST(
    new Request(`${ORIGIN}/api/evidence`, { method: 'POST', headers: { Authorization: `JWT ${token}`, Host: 'localhost:3000' }, body: form }),
    { params: Promise.resolve({ slug: ['evidence'] }) },
  )
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

async function get(pathname: string, token?: string) {
  const { GET } = await routes()
  const response = await GET(new Request(`${ORIGIN}${pathname}`, { headers: token ? { Authorization: `JWT ${token}` } : {} }), {
    params: Promise.resolve({ slug: pathname.replace(/^\/api\//, '').split('/') }),
  })
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) }
}

beforeAll(async () => {
  s3 = await startLocalS3()
  Object.assign(process.env, s3.env)
  const { testPayload } = await import('../helpers/payload')
  const { createMember, createTenant, ensureSeeded, PASSWORD } = await import('../helpers/contacts')
  payload = await testPayload()
  await ensureSeeded(payload)
  tenant = await createTenant(payload, { slug: `s3-${suffix}`, nation: 'scotland' })
  hidden = await createTenant(payload, { slug: `s3-hidden-${suffix}`, nation: 'scotland', active: false })
  await payload.update({ collection: 'tenants', id: tenant.id, data: { incidentLogEnabled: true }, overrideAccess: true })
  const member = async (name: string) =>
    ({ ...(await createMember(payload, `s3-${name}-${suffix}@example.org`, [{ tenant: tenant.id, roles: ['councillor'] }])), collection: 'users' }) as TypedUser
  owner = await member('owner')
  colleague = await member('colleague')
  const login = async (user: User | TypedUser) => (await payload.login({ collection: 'users', data: { email: user.email as string, password: PASSWORD } })).token as string
  ownerToken = await login(owner)
  colleagueToken = await login(colleague)
}, 300_000)

afterAll(async () => {
  for (const name of ['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_FORCE_PATH_STYLE', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) delete process.env[name]
  await s3?.stop()
})

describe('evidence in the bucket', () => {
  it('the configured store is the bucket', async () => {
    const { configuredBlobStore } = await import('@/storage')
    expect(configuredBlobStore().kind).toBe('s3')
  })

  it('an upload is stored as ciphertext under a random key, and the owner downloads the original, byte for byte', async () => {
    const incident = await payload.create({
      collection: 'incidents',
      data: { tenant: tenant.id, happenedAt: new Date(Date.now() - 3_600_000).toISOString(), platform: 'x', kinds: ['harassment'], whatHappened: 'S3 test' } as never,
      user: owner,
      overrideAccess: false,
    })
    // A PDF that says something recognisable in the clear, and is larger than one sealed segment.
    const marker = `S3MARKER${suffix}`
    const body = Buffer.concat([Buffer.from(`%PDF-1.4\n% ${marker}\n`, 'latin1'), randomBytes(200_000), Buffer.from(`\n% ${marker}\ntrailer << >>\n%%EOF\n`, 'latin1')])
    const before = new Set(objects().map(([key]) => key))
    const answer = await uploadEvidence(incident.id, body, `${marker}.pdf`, ownerToken)
    expect(answer.status).toBe(201)
    const id = (answer.json.doc as { id: number }).id

    const added = objects().filter(([key]) => !before.has(key))
    expect(added).toHaveLength(1)
    const [key, stored] = added[0]!
    const row = await payload.db.findOne<{ id: number; storageKey: string }>({ collection: 'evidence', where: { id: { equals: id } } })
    expect(key).toBe(`evidence/${row!.storageKey.slice(0, 2)}/${row!.storageKey}`)
    expect(stored.subarray(0, 4).toString('ascii')).toBe('EVD1')
    expect(stored.includes(Buffer.from(marker))).toBe(false)
    expect(stored.includes(body.subarray(1000, 1064))).toBe(false)

    const mine = await get(`/api/evidence/${id}/file`, ownerToken)
    expect(mine.status).toBe(200)
    expect(sha(mine.body)).toBe(sha(body))
    expect((await get(`/api/evidence/${id}/file`, colleagueToken)).status).toBe(404)
    expect((await get(`/api/evidence/${id}/file`)).status).toBe(404)

    // Deleting the incident takes its evidence, and the object, with it.
    await payload.delete({ collection: 'incidents', id: incident.id, overrideAccess: true })
    expect(objects().map(([name]) => name)).not.toContain(key)
  })
})

describe('evidence previews in the bucket', () => {
  it('a photo\'s original and preview are two ciphertext objects; the owner sees the preview, nobody else; deleting the incident removes both', async () => {
    const incident = await payload.create({
      collection: 'incidents',
      data: { tenant: tenant.id, happenedAt: new Date(Date.now() - 3_600_000).toISOString(), platform: 'x', kinds: ['harassment'], whatHappened: 'S3 preview test' } as never,
      user: owner,
      overrideAccess: false,
    })
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#1d70b8' } })
      .jpeg()
      .withExif({ IFD0: { Make: `S3CAM${suffix}` }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '55/1 57/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '3/1 11/1 0/1' } })
      .toBuffer()
    const before = new Set(objects().map(([key]) => key))
    const answer = await uploadEvidence(incident.id, photo, 'photo.jpg', ownerToken)
    expect(answer.status).toBe(201)
    expect(answer.json.doc).toMatchObject({ hasLocation: true, hasPreview: true })
    const id = (answer.json.doc as { id: number }).id
    const added = objects().filter(([key]) => !before.has(key))
    expect(added).toHaveLength(2)
    for (const [, stored] of added) {
      expect(stored.subarray(0, 4).toString('ascii')).toBe('EVD1')
      expect(stored.includes(Buffer.from(`S3CAM${suffix}`))).toBe(false)
    }
    const preview = await get(`/api/evidence/${id}/preview`, ownerToken)
    expect(preview.status).toBe(200)
    const meta = await sharp(preview.body).metadata()
    expect([meta.format, meta.width, meta.exif]).toEqual(['webp', 1024, undefined])
    expect((await get(`/api/evidence/${id}/preview`, colleagueToken)).status).toBe(404)
    await payload.delete({ collection: 'incidents', id: incident.id, overrideAccess: true })
    const left = new Set(objects().map(([key]) => key))
    expect(added.filter(([key]) => left.has(key))).toEqual([])
  })
})

describe('media in the bucket', () => {
  let png: Buffer

  beforeAll(async () => {
    png = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#0b6e4f' } }).png().toBuffer()
  })

  it('an upload through Payload puts the image and its thumbnail in the bucket, and nothing on local disk', async () => {
    const { createMediaDoc } = await import('../helpers/tenancyFixtures')
    const doc = await createMediaDoc(payload, png, tenant.id, `crest-${suffix}`)
    const keys = objects().map(([key]) => key)
    expect(keys).toContain(`media/${doc.filename}`)
    expect(keys).toContain(`media/${doc.sizes?.thumbnail?.filename}`)
    const staticDir = payload.collections.media.config.upload.staticDir ?? 'media'
    expect(() => statSync(path.join(staticDir, doc.filename as string))).toThrow()
    expect(doc.url).toBe(`/api/media/file/${doc.filename}`)
  })

  it('is served through the site\'s file route under the same rule: an active council\'s image to anyone, an inactive one\'s to nobody outside it', async () => {
    const { createMediaDoc } = await import('../helpers/tenancyFixtures')
    const shown = await createMediaDoc(payload, png, tenant.id, `shown-${suffix}`)
    const secret = await createMediaDoc(payload, png, hidden.id, `secret-${suffix}`)
    const served = await get(`/api/media/file/${shown.filename}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/png')
    expect(sha(served.body)).toBe(sha(png))
    const thumb = await get(`/api/media/file/${shown.sizes?.thumbnail?.filename}`)
    expect(thumb.status).toBe(200)
    expect((await sharp(thumb.body).metadata()).width).toBe(320)
    // The object is there, but the read rule refuses it before the bucket is asked.
    expect(objects().map(([key]) => key)).toContain(`media/${secret.filename}`)
    expect([403, 404]).toContain((await get(`/api/media/file/${secret.filename}`)).status)
    expect([403, 404]).toContain((await get(`/api/media/file/${secret.filename}`, colleagueToken)).status)
  })

  it('replacing the file removes the old objects; deleting the image removes the new ones', async () => {
    const { createMediaDoc, pngFile } = await import('../helpers/tenancyFixtures')
    const doc = await createMediaDoc(payload, png, tenant.id, `swap-${suffix}`)
    const other = await sharp({ create: { width: 500, height: 300, channels: 3, background: '#a4343a' } }).png().toBuffer()
    const replaced = await payload.update({ collection: 'media', id: doc.id, data: {}, file: pngFile(other, `swapped-${suffix}.png`), overrideAccess: true })
    let keys = objects().map(([key]) => key)
    expect(keys).toContain(`media/${replaced.filename}`)
    expect(keys).not.toContain(`media/${doc.filename}`)
    expect(keys).not.toContain(`media/${doc.sizes?.thumbnail?.filename}`)
    await payload.delete({ collection: 'media', id: doc.id, overrideAccess: true })
    keys = objects().map(([key]) => key)
    expect(keys).not.toContain(`media/${replaced.filename}`)
    expect(keys).not.toContain(`media/${replaced.sizes?.thumbnail?.filename}`)
  })

  it('the infographic reads the council\'s logo from the bucket', async () => {
    const { createMediaDoc } = await import('../helpers/tenancyFixtures')
    const { getLogoFile } = await import('@/data/engagement')
    const logo = await createMediaDoc(payload, png, tenant.id, `logo-${suffix}`)
    const file = await getLogoFile({ logo } as never)
    expect(Buffer.isBuffer(file?.file)).toBe(true)
    expect(sha(file!.file as Buffer)).toBe(sha(png))
  })
})

describe('a bucket that is wrong or gone', () => {
  it('a missing bucket and an endpoint nobody answers each fail within seconds, naming what to check', async () => {
    const { S3BlobStore, StorageUnavailableError } = await import('@/storage')
    const { s3LocationFromEnv } = await import('@/storage/s3')
    const { serverEnv } = await import('@/env')
    const location = s3LocationFromEnv(serverEnv())!
    const started = Date.now()
    const noBucket = new S3BlobStore({ ...location, bucket: 'no-such-bucket' })
    const put = noBucket.put('0'.repeat(32), Readable.from([Buffer.from('x')]))
    await expect(put).rejects.toBeInstanceOf(StorageUnavailableError)
    await expect(noBucket.get('0'.repeat(32))).rejects.toThrow(/S3 bucket "no-such-bucket" at http:\/\/127\.0\.0\.1:\d+ does not exist \(check S3_BUCKET\)/)
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    const nowhere = new S3BlobStore({ ...location, endpoint: 'http://127.0.0.1:1' })
    await expect(nowhere.get('0'.repeat(32))).rejects.toThrow(/is not reachable \(ECONNREFUSED; check S3_ENDPOINT\)/)
    // Not a timing assertion on speed, only that nothing waited on a socket for the SDK's default minutes.
    expect(Date.now() - started).toBeLessThan(30_000)
  })

  it('with the bucket server gone, an upload answers 503 saying the file store is not answering, and a download 503 too', async () => {
    const incident = await payload.create({
      collection: 'incidents',
      data: { tenant: tenant.id, happenedAt: new Date(Date.now() - 3_600_000).toISOString(), platform: 'x', kinds: ['harassment'], whatHappened: 'S3 gone' } as never,
      user: owner,
      overrideAccess: false,
    })
    const pdf = Buffer.from('%PDF-1.4\n% gone\ntrailer << >>\n%%EOF\n', 'latin1')
    const kept = await uploadEvidence(incident.id, pdf, 'kept.pdf', ownerToken)
    expect(kept.status).toBe(201)
    await s3.stop()
    const refused = await uploadEvidence(incident.id, pdf, 'later.pdf', ownerToken)
    expect(refused.status).toBe(503)
    expect(refused.json.code).toBe('storage-unavailable')
    expect(JSON.stringify(refused.json.errors)).toMatch(/file store is not answering/)
    const download = await get(`/api/evidence/${(kept.json.doc as { id: number }).id}/file`, ownerToken)
    expect(download.status).toBe(503)
    expect(download.body.toString('utf8')).toMatch(/file store is not answering/)
  })
})
