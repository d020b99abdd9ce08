import sharp from 'sharp'
import { expect, test, type APIRequestContext } from '@playwright/test'

import { adminToken } from './helpers'

/**
 * Branding is data a tenant admin types: a name with markup must stay text, and one tenant's
 * logo must never show on another tenant's pages.
 */
const stamp = Date.now()
const slug = `markup-${stamp}`
const hostileName = `Council <img src=x onerror="window.__pwned=1"> </style><script>window.__pwned=2</script> & "Co"`
let tenantId: number | undefined
let logoUrl = ''

async function api(request: APIRequestContext) {
  return { Authorization: `JWT ${await adminToken(request)}` }
}

test.describe('branding is data, not markup', () => {
  test.describe.configure({ mode: 'serial' })

  test.beforeAll(async ({ request }) => {
    const headers = await api(request)
    const created = await request.post('/api/tenants', {
      headers,
      data: { name: hostileName, slug, kind: 'council', nation: 'england', locales: ['en'], defaultLocale: 'en', active: true, branding: { primaryColour: '#8a1538' } },
    })
    expect(created.status(), await created.text()).toBe(201)
    tenantId = ((await created.json()) as { doc: { id: number } }).doc.id
    const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#8a1538' } }).png().toBuffer()
    const media = await request.post('/api/media', {
      headers,
      multipart: {
        file: { name: `logo-${stamp}.png`, mimeType: 'image/png', buffer: png },
        _payload: JSON.stringify({ alt: 'Markup council logo', tenant: tenantId }),
      },
    })
    expect(media.status(), await media.text()).toBe(201)
    const mediaDoc = ((await media.json()) as { doc: { id: number; url: string } }).doc
    logoUrl = mediaDoc.url
    const branded = await request.patch(`/api/tenants/${tenantId}`, { headers, data: { branding: { primaryColour: '#8a1538', logo: mediaDoc.id } } })
    expect(branded.status(), await branded.text()).toBe(200)
  })

  test.afterAll(async ({ request }) => {
    if (tenantId === undefined) return
    const headers = await api(request)
    await request.patch(`/api/tenants/${tenantId}`, { headers, data: { active: false } })
    await request.delete(`/api/tenants/${tenantId}`, { headers })
  })

  test('a name with markup is shown as text and runs nothing; the logo and colour are the tenant\'s', async ({ page }) => {
    await page.goto(`/${slug}/en`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostileName)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    await expect(page.locator('.site-name img')).toHaveAttribute('src', logoUrl)
    expect(await page.locator('body').getAttribute('style')).toContain('#8a1538')
    expect(await page.title()).toContain('Council <img')
  })

  test('another tenant\'s pages show none of it', async ({ page }) => {
    for (const path of ['/example-borough/en', '/example-borough/en/contacts', '/example-borough/en/abuse-happening-now']) {
      await page.goto(path)
      const html = await page.content()
      expect(html, path).not.toContain(logoUrl)
      expect(html, path).not.toContain('#8a1538')
      expect(html, path).not.toContain('Markup council logo')
      expect(html, path).not.toContain(slug)
    }
  })
})
