import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { onTagsExpired } from '@/cache/revalidate'
import type { Media, Tenant } from '@/payload-types'

import { EngagementFixtures } from '../helpers/engagementFixtures'
import { testPayload } from '../helpers/payload'
import { createMediaDoc, makePng, pngFile } from '../helpers/tenancyFixtures'

let payload: Payload
let fixtures: EngagementFixtures
let owner: Tenant
let other: Tenant
let logo: Media
let expired: string[][] = []
let stopListening: () => void = () => {}

/** The tags every expiry since the last check asked for, flattened; then starts afresh. */
function takeExpired(): string[] {
  const tags = expired.flat()
  expired = []
  return tags
}

beforeAll(async () => {
  payload = await testPayload()
  fixtures = new EngagementFixtures(payload)
  owner = await fixtures.tenant('Logo Owner')
  other = await fixtures.tenant('Logo Bystander')
  logo = await createMediaDoc(payload, await makePng(), owner.id, `logo-${fixtures.suffix}`)
  await payload.update({ collection: 'tenants', id: owner.id, data: { branding: { logo: logo.id } }, overrideAccess: true })
  stopListening = onTagsExpired((tags) => expired.push([...tags]))
})

afterEach(() => {
  expired = []
})

afterAll(async () => {
  stopListening()
  await fixtures.cleanUp()
})

describe('replacing or editing a tenant\'s logo expires that tenant\'s cached pages and images', () => {
  it('a new alt text expires the owning tenant only', async () => {
    await payload.update({ collection: 'media', id: logo.id, data: { alt: 'The new crest' }, overrideAccess: true })
    expect(takeExpired()).toEqual([`tenant:${owner.slug}`])
  })

  it('a new file uploaded to the same document expires the owning tenant', async () => {
    const bigger = await sharp({ create: { width: 4, height: 2, channels: 3, background: '#a4343a' } }).png().toBuffer()
    const replaced = await payload.update({ collection: 'media', id: logo.id, data: {}, file: pngFile(bigger, `crest-${fixtures.suffix}.png`), overrideAccess: true })
    expect(replaced.width).toBe(4)
    expect(takeExpired()).toEqual([`tenant:${owner.slug}`])
  })

  it('another tenant\'s image expires only that tenant', async () => {
    const theirs = await createMediaDoc(payload, await makePng(), other.id, `theirs-${fixtures.suffix}`)
    expect(takeExpired()).toEqual([`tenant:${other.slug}`])
    await payload.update({ collection: 'media', id: theirs.id, data: { alt: 'Their crest' }, overrideAccess: true })
    expect(takeExpired()).toEqual([`tenant:${other.slug}`])
  })

  it('deleting an image expires the owning tenant', async () => {
    const spare = await createMediaDoc(payload, await makePng(), owner.id, `spare-${fixtures.suffix}`)
    takeExpired()
    await payload.delete({ collection: 'media', id: spare.id, overrideAccess: true })
    expect(takeExpired()).toEqual([`tenant:${owner.slug}`])
  })
})
