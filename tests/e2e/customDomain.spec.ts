import { readFile } from 'node:fs/promises'

import { expect, test, type APIRequestContext } from '@playwright/test'

import { adminToken } from './helpers'

/**
 * A tenant's own domain serves its site at /{locale}/... . `*.localhost` names resolve to the
 * loopback address in Chromium, so the browser really asks for the custom host; API requests set
 * the Host header instead.
 */
const domain = 'example-party.localhost'

async function tenantId(request: APIRequestContext, token: string): Promise<number> {
  const response = await request.get('/api/tenants?where[slug][equals]=example-party&limit=1', { headers: { Authorization: `JWT ${token}` } })
  const body = (await response.json()) as { docs: { id: number }[] }
  const id = body.docs[0]?.id
  if (id === undefined) throw new Error('example-party is not seeded')
  return id
}

async function setDomains(request: APIRequestContext, domains: string[]) {
  const token = await adminToken(request)
  const id = await tenantId(request, token)
  const response = await request.patch(`/api/tenants/${id}`, {
    headers: { Authorization: `JWT ${token}` },
    data: { domains: domains.map((name) => ({ domain: name })) },
  })
  expect(response.status(), await response.text()).toBe(200)
}

test.describe('custom domains', () => {
  test.describe.configure({ mode: 'serial' })

  test.beforeAll(async ({ request }) => setDomains(request, [domain]))
  test.afterAll(async ({ request }) => setDomains(request, []))

  test('the tenant\'s site answers on its own domain, links stay on it, the canonical URL names it', async ({ page, baseURL }) => {
    const port = new URL(baseURL ?? 'http://localhost:3000').port
    const origin = `http://${domain}${port ? `:${port}` : ''}`
    await page.goto(`${origin}/en`)
    await expect(page.getByRole('heading', { level: 1, name: 'Example Party' })).toBeVisible()
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}/en`)
    // The tab shows the portal's icon here too: the icon's address is not taken for a tenant path.
    const icon = await page.locator('link[rel="icon"]').first().getAttribute('href')
    expect(icon).toMatch(/^\/icon\.svg/)
    // Fetched by the page itself: only the browser resolves *.localhost to the loopback address.
    const fetched = await page.evaluate(async (href) => {
      const response = await fetch(href)
      return { status: response.status, type: response.headers.get('content-type') ?? '' }
    }, icon ?? '')
    expect(fetched.status).toBe(200)
    expect(fetched.type).toContain('image/svg+xml')
    await page.getByRole('link', { name: 'Contacts', exact: true }).first().click()
    await expect(page).toHaveURL(`${origin}/en/contacts`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.getByRole('link', { name: 'Gàidhlig' }).click()
    await expect(page).toHaveURL(`${origin}/gd/contacts`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'gd')
  })

  test('/ on the domain picks a language; the sitemap lists the domain\'s addresses', async ({ request, baseURL }) => {
    const port = new URL(baseURL ?? 'http://localhost:3000').port
    const root = await request.get('/', { headers: { Host: domain, 'Accept-Language': 'gd, en;q=0.5' }, maxRedirects: 0 })
    expect(root.status()).toBe(307)
    expect(root.headers()['location']).toBe('/gd')
    const sitemap = await request.get('/sitemap.xml', { headers: { Host: domain } })
    expect(sitemap.status()).toBe(200)
    expect(await sitemap.text()).toContain(`<loc>http://${domain}:${port}/gd/abuse-happening-now</loc>`)
  })

  test('the path form still works for the tenant, and names the domain as canonical', async ({ page, baseURL }) => {
    const port = new URL(baseURL ?? 'http://localhost:3000').port
    await page.goto('/example-party/en/contacts')
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `http://${domain}:${port}/en/contacts`)
  })

  test('on the domain, a councillor saves the contacts as vCards and sees the infographic', async ({ page, baseURL }) => {
    const port = new URL(baseURL ?? 'http://localhost:3000').port
    const origin = `http://${domain}${port ? `:${port}` : ''}`
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${origin}/en/contacts`)
    const downloading = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Save all contacts to your phone (vCard)' }).click()
    const all = await downloading
    expect(all.suggestedFilename()).toBe('example-party-contacts.vcf')
    const cards = await readFile(await all.path(), 'utf8')
    expect(cards.startsWith('BEGIN:VCARD\r\n')).toBe(true)
    expect(cards).toContain('Police Scotland')

    // One contact's own card, from the link beside it on the page.
    const one = page.locator('main a[href$="/vcard"][download]').nth(1)
    const href = await one.getAttribute('href')
    expect(href).toMatch(/^\/en\/contacts\/\d+\/vcard$/)
    // Node cannot resolve *.localhost as Chromium does: API requests name the domain in Host.
    const onDomain = { headers: { Host: `${domain}${port ? `:${port}` : ''}` } }
    const card = await page.request.get(href ?? '', onDomain)
    expect(card.status()).toBe(200)
    expect(card.headers()['content-type']).toMatch(/^text\/vcard/)
    expect((await card.text()).match(/BEGIN:VCARD/g)).toHaveLength(1)

    await page.goto(`${origin}/en/rules-of-engagement`)
    const image = page.locator('img.infographic')
    await expect(image).toHaveAttribute('src', /^\/en\/rules-of-engagement\/infographic\.png\?audience=councillor$/)
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0)
    const svg = await page.request.get('/en/rules-of-engagement/infographic.svg?audience=candidate', onDomain)
    expect(svg.status()).toBe(200)
    expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/)
    expect(await svg.text()).toContain('Example Party')
  })

  // [path, headers, status, text the answer must not carry]. Another tenant's path on this domain
  // is this tenant's own (branded) 404, never the other tenant's page.
  const refused: [string, Record<string, string>, number, string?][] = [
    ['/en', { Host: 'unknown-council.example' }, 404],
    ['/', { Host: 'unknown-council.example' }, 404],
    ['/en', { Host: '10.1.2.3' }, 404],
    // Another tenant's path on this tenant's domain is not another tenant's page.
    ['/example-county/en', { Host: domain }, 404, 'Example County Council'],
    ['/example-county.localhost/en', { Host: domain }, 404, 'Example County Council'],
    ['/admin', { Host: domain }, 404],
    // X-Forwarded-Host is not trusted: on the portal's host, /en is just an unknown tenant.
    ['/en', { Host: '127.0.0.1', 'X-Forwarded-Host': domain }, 404],
    ['/en', { Host: 'example-party' }, 404],
    ['/en', { Host: 'bad_host!' }, 400],
    ['/en', { Host: `${'a'.repeat(70)}.example` }, 400],
  ]
  for (const [path, headers, status, absent = 'Example Party'] of refused) {
    test(`${path} with ${JSON.stringify(headers)} answers ${status}, never a page`, async ({ request }) => {
      const response = await request.get(path, { headers, maxRedirects: 0 })
      expect(response.status()).toBe(status)
      expect(await response.text()).not.toContain(absent)
    })
  }

  test('the API, and so uploaded logos, still answer on the domain', async ({ request }) => {
    const response = await request.get('/api/health', { headers: { Host: domain } })
    expect(response.status()).toBe(200)
  })
})
