import { APIError, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_UPLOAD_PIXELS } from '@/collections/Media/hooks/normaliseUpload'
import type { Tenant } from '@/payload-types'

import { EngagementFixtures } from '../helpers/engagementFixtures'
import { testPayload } from '../helpers/payload'
import { makePng, pngFile } from '../helpers/tenancyFixtures'

let payload: Payload
let fixtures: EngagementFixtures
let tenant: Tenant

beforeAll(async () => {
  payload = await testPayload()
  fixtures = new EngagementFixtures(payload)
  tenant = await fixtures.tenant('Hardening')
})

afterAll(async () => {
  await fixtures.cleanUp()
})

/** The status of the APIError an operation is refused with (0 when it succeeds). */
async function refusedWith(operation: () => Promise<unknown>): Promise<number> {
  try {
    await operation()
    return 0
  } catch (error) {
    if (error instanceof APIError) return error.status
    throw error
  }
}

describe('uploads', () => {
  it('are stored under the extension of what their bytes are, whatever name they came with', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Crest', tenant: tenant.id },
      file: { ...pngFile(await makePng(), `crest-${fixtures.suffix}.html`), mimetype: 'text/html' },
      overrideAccess: true,
    })
    expect(doc.filename).toMatch(/\.png$/)
    expect(doc.mimeType).toBe('image/png')
  })

  it('refuse what is not an image, and an image over the pixel limit before it is decoded', async () => {
    const text = Buffer.from('<script>alert(1)</script>')
    expect(
      await refusedWith(() =>
        payload.create({ collection: 'media', data: { alt: 'x', tenant: tenant.id }, file: pngFile(text, 'x.png'), overrideAccess: true }),
      ),
    ).toBe(400)
    // A PNG header that claims 8000 × 6000: a few hundred bytes that would decode to 192 MB.
    const huge = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toBuffer()
    expect(8000 * 6000).toBeGreaterThan(MAX_UPLOAD_PIXELS)
    expect(
      await refusedWith(() =>
        payload.create({ collection: 'media', data: { alt: 'x', tenant: tenant.id }, file: pngFile(huge, `huge-${fixtures.suffix}.png`), overrideAccess: true }),
      ),
    ).toBe(413)
  })
})

describe('rich-text links', () => {
  const body = (url: string, linkType = 'custom') => ({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '' as const,
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          children: [{ type: 'link', version: 3, fields: { url, linkType, newTab: false }, direction: null, format: '', indent: 0, children: [{ type: 'text', version: 1, text: 'here', detail: 0, format: 0, mode: 'normal', style: '' }] }],
        },
      ],
    },
  })
  const draftWith = (url: string, linkType?: string) =>
    payload.create({
      collection: 'pages',
      locale: 'en',
      draft: true,
      data: {
        tenant: tenant.id,
        slug: `links-${fixtures.suffix}-${Math.random().toString(36).slice(2, 8)}`,
        title: 'Links',
        section: 'local',
        _status: 'draft',
        layout: [{ blockType: 'richText', body: body(url, linkType) }],
      },
      overrideAccess: true,
    })

  it('are checked on a draft save too, internal links and "/\\\\" paths included', async () => {
    expect(await refusedWith(() => draftWith('javascript:alert(1)'))).toBe(400)
    expect(await refusedWith(() => draftWith('/\\evil.example'))).toBe(400)
    expect(await refusedWith(() => draftWith('https://evil.example', 'internal'))).toBe(400)
    expect(await refusedWith(() => draftWith('/example-county/en/wellbeing'))).toBe(0)
  })
})

describe('queries', () => {
  it('refuse ids, pages and sorts PostgreSQL cannot take, through the Local API as well', async () => {
    expect(await refusedWith(() => payload.findByID({ collection: 'pages', id: Number.NaN }))).toBe(404)
    expect(await refusedWith(() => payload.findByID({ collection: 'pages', id: 99_999_999_999 }))).toBe(404)
    expect(await refusedWith(() => payload.find({ collection: 'pages', page: -1 }))).toBe(400)
    expect(await refusedWith(() => payload.find({ collection: 'pages', sort: 'layout' }))).toBe(400)
    expect(await refusedWith(() => payload.find({ collection: 'pages', where: { id: { in: ['abc'] } } }))).toBe(400)
    expect(await refusedWith(() => payload.find({ collection: 'pages', where: { title: { near: '1,2' } } }))).toBe(400)
    // And leave well-formed ones alone.
    expect(await refusedWith(() => payload.find({ collection: 'pages', page: 1, sort: '-updatedAt', where: { id: { in: [1, '2'] } } }))).toBe(0)
  })
})
