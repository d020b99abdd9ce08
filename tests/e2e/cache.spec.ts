import { expect, test, type APIRequestContext } from '@playwright/test'

import { adminCredentials, deleteOrFail, loginToken, publishPage, tenantIdOf } from './helpers'

/**
 * Public pages are served from Next's cache and expired by tag when content changes. These tests
 * run in their own Playwright project after every other spec (playwright.config.ts): they assert
 * on the shared cache, which other specs' writes (a tenant's domains, a page of another tenant)
 * would expire under them.
 */
const suffix = Date.now().toString(36)
const slug = `cache-e2e-${suffix}`
let adminJwt = ''
let pageId: number | undefined

const asAdmin = () => ({ Authorization: `JWT ${adminJwt}` })

/** A few seconds at most: the hooks expire the tags at once, so the next request renders fresh. */
const VISIBLE_WITHIN = { timeout: 5_000, intervals: [100, 200, 250] }

async function pageText(request: APIRequestContext, path: string): Promise<{ status: number; body: string }> {
  const response = await request.get(path)
  return { status: response.status(), body: await response.text() }
}

test.describe('the cache follows publishing', () => {
  test.describe.configure({ mode: 'serial' })

  test.beforeAll(async ({ baseURL }) => {
    adminJwt = await loginToken(baseURL ?? '', adminCredentials())
  })

  test.afterAll(async ({ request }) => {
    if (pageId !== undefined) await deleteOrFail(request, `/api/pages/${pageId}`, adminJwt)
  })

  test('publishing shows a new page and its change within seconds; unpublishing removes it', async ({ request }) => {
    const borough = await tenantIdOf(request, adminJwt, 'example-borough')
    const path = `/example-borough/en/${slug}`
    const title = `Cache test ${suffix}`
    // Both cached first, so what follows is the cache being expired, not a first render.
    expect((await request.get(path)).status()).toBe(404)
    expect((await pageText(request, '/example-borough/en')).body).not.toContain(title)

    pageId = await publishPage(request, adminJwt, { tenant: borough, slug, title })
    await expect.poll(async () => (await pageText(request, path)).body, VISIBLE_WITHIN).toContain(title)
    await expect.poll(async () => (await pageText(request, '/example-borough/en')).body, VISIBLE_WITHIN).toContain(title)

    const changed = `Cache test changed ${suffix}`
    expect((await request.patch(`/api/pages/${pageId}?locale=en`, { headers: asAdmin(), data: { title: changed } })).ok()).toBe(true)
    await expect.poll(async () => (await pageText(request, path)).body, VISIBLE_WITHIN).toContain(changed)

    expect((await request.patch(`/api/pages/${pageId}?locale=en`, { headers: asAdmin(), data: { _status: 'draft' } })).ok()).toBe(true)
    await expect.poll(async () => (await pageText(request, path)).status, VISIBLE_WITHIN).toBe(404)
    await expect.poll(async () => (await pageText(request, '/example-borough/en')).body, VISIBLE_WITHIN).not.toContain(changed)
  })

  test('an edit in one tenant leaves another tenant\'s cached pages in the cache', async ({ request }) => {
    const other = '/example-party/en/wellbeing'
    await request.get(other)
    const before = await request.get(other)
    expect(before.headers()['x-nextjs-cache']).toBe('HIT')
    const etag = before.headers()['etag']

    // An edit in example-borough, seen there...
    const title = `Cache isolation ${suffix}`
    if (pageId === undefined) throw new Error('the first test made the page')
    expect((await request.patch(`/api/pages/${pageId}?locale=en`, { headers: asAdmin(), data: { title, _status: 'published' } })).ok()).toBe(true)
    await expect.poll(async () => (await pageText(request, `/example-borough/en/${slug}`)).body, VISIBLE_WITHIN).toContain(title)

    // ...while example-party's page is still the same cached render.
    const after = await request.get(other)
    expect(after.headers()['x-nextjs-cache']).toBe('HIT')
    expect(after.headers()['etag']).toBe(etag)
  })
})
