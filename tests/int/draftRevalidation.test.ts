import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { onTagsExpired } from '@/cache/revalidate'
import type { Tenant } from '@/payload-types'

import { EngagementFixtures, templateData } from '../helpers/engagementFixtures'
import { testPayload } from '../helpers/payload'

/**
 * Readers see only published documents, so a draft or an autosave of a document that was never
 * published expires no cache tag (the admin autosaves a new page as Create New opens, and every
 * two seconds while an editor types); anything that touches a published document does.
 */
let payload: Payload
let fixtures: EngagementFixtures
let council: Tenant
let expired: string[][] = []
let stopListening: () => void = () => {}

function takeExpired(): string[] {
  const tags = expired.flat()
  expired = []
  return tags
}

beforeAll(async () => {
  payload = await testPayload()
  fixtures = new EngagementFixtures(payload)
  council = await fixtures.tenant('Draft Council', { nation: 'england', locales: ['en'] })
  stopListening = onTagsExpired((tags) => expired.push([...tags]))
})

afterEach(() => {
  expired = []
})

afterAll(async () => {
  stopListening()
  await fixtures.cleanUp()
})

describe('pages: which saves expire the tenant\'s pages', () => {
  it('a new draft and its autosaves expire nothing; publishing, editing and unpublishing do', async () => {
    const tag = `pages:${council.slug}`
    const page = await payload.create({
      collection: 'pages',
      draft: true,
      overrideAccess: true,
      data: { tenant: council.id, slug: `draft-${fixtures.suffix}`, title: 'A new page', section: 'local', _status: 'draft' },
    })
    await payload.update({ collection: 'pages', id: page.id, draft: true, autosave: true, overrideAccess: true, data: { title: 'A new page, typed on' } })
    await payload.update({ collection: 'pages', id: page.id, draft: true, overrideAccess: true, data: { title: 'A new page, saved as a draft' } })
    expect(takeExpired()).toEqual([])

    await payload.update({ collection: 'pages', id: page.id, overrideAccess: true, data: { _status: 'published' } })
    expect(takeExpired()).toEqual([tag])

    await payload.update({ collection: 'pages', id: page.id, overrideAccess: true, data: { title: 'Published, edited' } })
    expect(takeExpired()).toEqual([tag])

    // An autosave after a draft over the published page, then an unpublish: the newest version
    // is a draft both times, yet the unpublish takes the page off the site.
    await payload.update({ collection: 'pages', id: page.id, draft: true, autosave: true, overrideAccess: true, data: { title: 'Draft over published' } })
    takeExpired()
    await payload.update({ collection: 'pages', id: page.id, overrideAccess: true, data: { _status: 'draft' } })
    expect(takeExpired()).toEqual([tag])

    await payload.delete({ collection: 'pages', id: page.id, overrideAccess: true })
  })
})

describe('rules-of-engagement templates: which saves expire the tenant\'s templates', () => {
  it('a new draft expires nothing; publishing it does', async () => {
    const tag = `engagement-templates:${council.slug}`
    const template = await payload.create({
      collection: 'engagement-templates',
      draft: true,
      overrideAccess: true,
      data: { ...templateData('candidate', 'DRAFT'), tenant: council.id, _status: 'draft' },
    })
    await payload.update({ collection: 'engagement-templates', id: template.id, draft: true, overrideAccess: true, data: { intro: 'Still a draft' } })
    expect(takeExpired()).toEqual([])

    await payload.update({ collection: 'engagement-templates', id: template.id, overrideAccess: true, data: { _status: 'published' } })
    expect(takeExpired()).toEqual([tag])
  })
})
