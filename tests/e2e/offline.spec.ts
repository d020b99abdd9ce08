import type { APIRequestContext, BrowserContext, Page } from '@playwright/test'
import sharp from 'sharp'

import { adminToken, expectNoAxeViolations, publishPage, tenantIdOf } from './helpers'
import { expect, test } from './journey'

/**
 * The councillor's phone without a signal: the tenant's service worker keeps the emergency page
 * and contacts from the first visit, and every page the reader opened, and says when a page on
 * screen is a saved copy; it never keeps the members' area or anything asked for while signed in;
 * a change published while the reader is online replaces the saved copy at their next visit.
 * And the web app manifest that puts the toolkit on a home screen, on the portal and on a
 * tenant's own domain. Offline is Playwright's `context.setOffline(true)`: the page and its
 * service worker both lose the network, as on a phone in a lift.
 */
const phone = { width: 390, height: 844 }
const stamp = Date.now()
const password = 'offline-phone-password-2026'

/** The worker is in charge of the page, and the emergency and contacts pages are saved. */
async function waitForSavedPages(page: Page, tenant: string, paths: string[]) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await expect
    .poll(() => savedPaths(page, tenant), { timeout: 20_000 })
    .toEqual(expect.arrayContaining(paths))
}

/** The paths of the pages the tenant's worker saved on this device, read in the page. */
async function savedPaths(page: Page, tenant: string): Promise<string[]> {
  return page.evaluate(async (name) => {
    if (!(await caches.has(name))) return []
    const cache = await caches.open(name)
    return (await cache.keys()).map((request) => new URL(request.url).pathname)
  }, `portal-offline-pages-${tenant}`)
}

/** Offline, a navigation the worker cannot answer fails as the browser's own "no internet" page. */
async function expectUnavailableOffline(page: Page, path: string) {
  const failed = await page.goto(path).then(
    () => false,
    () => true,
  )
  expect(failed, `${path} must not open offline`).toBe(true)
}

async function createCouncillor(request: APIRequestContext, email: string) {
  const token = await adminToken(request)
  const tenant = await tenantIdOf(request, token, 'example-county')
  const response = await request.post('/api/users', {
    headers: { Authorization: `JWT ${token}` },
    data: { email, password, tenants: [{ tenant, roles: ['councillor'] }] },
  })
  expect(response.status(), await response.text()).toBe(201)
}

/** Width and height from a PNG's IHDR chunk, after checking the eight-byte signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/**
 * A tenant of this spec's own, in English and Irish (no demo tenant offers Irish), with a logo,
 * and with its own domain for the domain test: nothing another spec reads is changed.
 */
const own = { slug: `offline-ni-${stamp}`, name: 'Offline Test District Council', domain: `offline-${stamp}.localhost`, colour: '#1d4f91', logo: '#b10e1e' }
let ownId: number | undefined

async function createOwnTenant(request: APIRequestContext) {
  const token = await adminToken(request)
  const headers = { Authorization: `JWT ${token}` }
  const created = await request.post('/api/tenants', {
    headers,
    data: { name: own.name, slug: own.slug, kind: 'council', nation: 'northern-ireland', locales: ['en', 'ga'], defaultLocale: 'en', active: true, branding: { primaryColour: own.colour } },
  })
  expect(created.status(), await created.text()).toBe(201)
  ownId = ((await created.json()) as { doc: { id: number } }).doc.id
  const png = await sharp({ create: { width: 60, height: 30, channels: 3, background: own.logo } }).png().toBuffer()
  const media = await request.post('/api/media', {
    headers,
    multipart: { file: { name: `offline-logo-${stamp}.png`, mimeType: 'image/png', buffer: png }, _payload: JSON.stringify({ alt: 'District logo', tenant: ownId }) },
  })
  expect(media.status(), await media.text()).toBe(201)
  const logo = ((await media.json()) as { doc: { id: number } }).doc.id
  const branded = await request.patch(`/api/tenants/${ownId}`, { headers, data: { domains: [{ domain: own.domain }], branding: { primaryColour: own.colour, logo } } })
  expect(branded.status(), await branded.text()).toBe(200)
}

async function removeOwnTenant(request: APIRequestContext) {
  if (ownId === undefined) return
  const headers = { Authorization: `JWT ${await adminToken(request)}` }
  await request.patch(`/api/tenants/${ownId}`, { headers, data: { active: false, domains: [] } })
  await request.delete(`/api/tenants/${ownId}`, { headers })
}

async function goOffline(context: BrowserContext) {
  await context.setOffline(true)
}

test.describe('offline on a phone', () => {
  test.describe.configure({ mode: 'serial' })
  test.use({ viewport: phone })
  test.beforeAll(async ({ request }) => createOwnTenant(request))
  test.afterAll(async ({ request }) => removeOwnTenant(request))

  test('the emergency page and contacts open offline after a first visit, with a dated saved-copy notice; so does a page the reader opened', async ({ page, context }) => {
    await page.goto('/example-county/en')
    await waitForSavedPages(page, 'example-county', ['/example-county/en/abuse-happening-now', '/example-county/en/contacts'])
    // Opened online: saved as it is read.
    await page.goto('/example-county/en/wellbeing')
    await expect(page.getByRole('heading', { level: 1, name: 'Looking after yourself' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'saved on this device' })).toHaveCount(0)
    await expect.poll(() => savedPaths(page, 'example-county')).toContain('/example-county/en/wellbeing')

    await goOffline(context)
    // Never opened directly: the emergency page was saved on the first visit.
    await page.goto('/example-county/en/abuse-happening-now')
    await expect(page.getByRole('heading', { level: 1, name: 'Abuse happening now' })).toBeVisible()
    const notice = page.locator('.saved-copy')
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date())
    await expect(notice).toContainText(`You are reading a copy of this page saved on this device on ${today}`)
    await expect(notice).toHaveAttribute('role', 'status')
    await expect(page.locator('.emergency-banner').getByRole('link', { name: '999' })).toBeVisible()
    await page.screenshot({ path: test.info().outputPath('offline-emergency.png'), fullPage: false })
    await expectNoAxeViolations(page)

    // Reached by tapping, as a reader would: the menu's Contacts link.
    await page.locator('.site-menu summary').click()
    await page.locator('.site-menu').getByRole('link', { name: 'Contacts', exact: true }).click()
    await expect(page).toHaveURL(/\/example-county\/en\/contacts$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible()
    await expect(page.locator('.saved-copy')).toContainText(today)

    await page.goto('/example-county/en/wellbeing')
    await expect(page.getByRole('heading', { level: 1, name: 'Looking after yourself' })).toBeVisible()
    await expect(page.locator('.saved-copy')).toContainText(today)

    // A page never opened is not there: the browser's own offline page, not another page's copy.
    await expectUnavailableOffline(page, '/example-county/en/the-law')
    await context.setOffline(false)
  })

  test('the members\' area and pages asked for while signed in are never saved', async ({ page, context, request }) => {
    const email = `offline-councillor-${stamp}@example.org`
    await createCouncillor(request, email)
    await page.goto('/example-county/en/login')
    await page.waitForLoadState('networkidle')
    await page.getByLabel('Email address').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/example-county\/en\/members$/)
    await page.goto('/example-county/en/members/personal-safety-support')
    await expect(page.getByRole('heading', { level: 1, name: 'Personal safety support for members' })).toBeVisible()
    // A public page, but asked for with a session: the server says private, the worker keeps nothing.
    const signedIn = await page.goto('/example-county/en/secure-accounts')
    expect(signedIn?.headers()['cache-control']).toBe('private, no-store')
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await page.goto('/example-county/en/search?q=doxxing')
    await page.waitForTimeout(500)
    const saved = await savedPaths(page, 'example-county')
    for (const path of saved) expect(path).not.toMatch(/\/(members|login|search|secure-accounts)(\/|$)/)

    await goOffline(context)
    await expectUnavailableOffline(page, '/example-county/en/members/personal-safety-support')
    await expectUnavailableOffline(page, '/example-county/en/members')
    await expectUnavailableOffline(page, '/example-county/en/secure-accounts')
    await context.setOffline(false)
  })

  test('a change published while the reader is online replaces the saved copy at the next visit', async ({ page, context, request }) => {
    const token = await adminToken(request)
    const tenant = await tenantIdOf(request, token, 'example-borough')
    const slug = `offline-news-${stamp}`
    const id = await publishPage(request, token, { tenant, slug, title: 'Offline notice, first version' })

    await page.goto('/example-borough/en')
    await waitForSavedPages(page, 'example-borough', ['/example-borough/en/contacts'])
    await page.goto(`/example-borough/en/${slug}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Offline notice, first version' })).toBeVisible()
    await expect.poll(() => savedPaths(page, 'example-borough'), { timeout: 20_000 }).toContain(`/example-borough/en/${slug}`)
    await goOffline(context)
    await page.goto(`/example-borough/en/${slug}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Offline notice, first version' })).toBeVisible()
    await expect(page.locator('.saved-copy')).toContainText('saved on this device')
    await context.setOffline(false)

    const edited = await request.patch(`/api/pages/${id}?locale=en`, { headers: { Authorization: `JWT ${token}` }, data: { title: 'Offline notice, second version', _status: 'published' } })
    expect(edited.status(), await edited.text()).toBe(200)
    await page.goto(`/example-borough/en/${slug}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Offline notice, second version' })).toBeVisible()
    await expect(page.locator('.saved-copy')).toBeEmpty()

    await goOffline(context)
    await page.goto(`/example-borough/en/${slug}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Offline notice, second version' })).toBeVisible()
    await expect(page.locator('.saved-copy')).toContainText('saved on this device')
    await context.setOffline(false)
    await request.delete(`/api/pages/${id}`, { headers: { Authorization: `JWT ${token}` } })
  })

  test('on the tenant\'s own domain: the manifest, its logo icon and the worker live on the domain, and pages are saved there', async ({ page, context, baseURL }) => {
    const port = new URL(baseURL ?? 'http://localhost:3000').port
    const origin = `http://${own.domain}${port ? `:${port}` : ''}`
    await page.goto(`${origin}/en`)
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/en/manifest.webmanifest')
    // Fetched by the page itself: only the browser resolves *.localhost to the loopback address.
    const fetched = await page.evaluate(async () => {
      const manifest = (await (await fetch('/en/manifest.webmanifest')).json()) as { start_url: string; scope: string; id: string; name: string; icons: { src: string }[] }
      const icon = new Uint8Array(await (await fetch(manifest.icons[1]?.src ?? '')).arrayBuffer())
      const registration = await navigator.serviceWorker.ready
      return { manifest, icon: [...icon], scope: registration.scope }
    })
    expect(fetched.manifest).toMatchObject({ id: '/', start_url: '/en', scope: '/', name: own.name })
    expect(fetched.manifest.icons.map((icon) => icon.src)).toEqual(['/en/app-icon/192.png', '/en/app-icon/512.png'])
    const icon = Buffer.from(fetched.icon)
    expect(pngSize(icon)).toEqual({ width: 512, height: 512 })
    // The logo, centred on white: white in the corner, the logo's red in the middle.
    const pixel = async (left: number, top: number) => [...(await sharp(icon).extract({ left, top, width: 1, height: 1 }).removeAlpha().raw().toBuffer())]
    expect(await pixel(0, 0)).toEqual([255, 255, 255])
    expect(await pixel(256, 256)).toEqual([0xb1, 0x0e, 0x1e])
    expect(fetched.scope).toBe(`${origin}/`)

    await expect.poll(() => savedPaths(page, own.slug), { timeout: 20_000 }).toEqual(expect.arrayContaining(['/en/abuse-happening-now', '/en/contacts']))
    await goOffline(context)
    await page.goto(`${origin}/en/contacts`)
    await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible()
    await expect(page.locator('.saved-copy')).toContainText('saved on this device')
    await context.setOffline(false)
  })

  test('hide your visit deletes the saved pages and the worker', async ({ page }) => {
    await page.goto('/example-county/en')
    await waitForSavedPages(page, 'example-county', ['/example-county/en/abuse-happening-now'])
    await page.goto('/example-county/en/hide-your-visit')
    await expect(page.getByRole('heading', { level: 2, name: 'Pages saved for reading without a signal' })).toBeVisible()
    await page.getByRole('button', { name: 'Delete saved pages' }).click()
    await expect(page.getByText('The pages this site saved on this device are deleted.')).toBeVisible()
    const left = await page.evaluate(async () => ({
      caches: (await caches.keys()).filter((name) => name.startsWith('portal-offline-')),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }))
    expect(left).toEqual({ caches: [], workers: 0 })
    await expectNoAxeViolations(page)
  })
  test('the saved-copy notice is in the page\'s language and axe-clean in each', async ({ page, context }) => {
    const cases = [
      { home: '/example-county/cy', tenant: 'example-county', text: 'Rydych chi\'n darllen copi o\'r dudalen hon', dateLocale: 'cy-GB' },
      { home: '/example-party/gd', tenant: 'example-party', text: 'Tha thu a\' leughadh lethbhreac den duilleig seo', dateLocale: 'gd-GB' },
      { home: `/${own.slug}/ga`, tenant: own.slug, text: 'Tá tú ag léamh cóip den leathanach seo', dateLocale: 'ga-IE' },
      { home: '/example-borough/en', tenant: 'example-borough', text: 'You are reading a copy of this page', dateLocale: 'en-GB' },
    ]
    for (const { home, tenant, text, dateLocale } of cases) {
      await context.setOffline(false)
      await page.goto(home)
      await waitForSavedPages(page, tenant, [`${home}/abuse-happening-now`, `${home}/contacts`])
      await goOffline(context)
      await page.goto(`${home}/abuse-happening-now`)
      const notice = page.locator('.saved-copy')
      await expect(notice).toContainText(text)
      await expect(notice).toContainText(new Intl.DateTimeFormat(dateLocale, { dateStyle: 'long' }).format(new Date()))
      await expect(page.locator('html')).toHaveAttribute('lang', home.split('/')[2] ?? '')
      await expectNoAxeViolations(page)
      if (home.endsWith('/gd')) await page.screenshot({ path: test.info().outputPath('offline-gd.png') })
    }
    await context.setOffline(false)
  })
})

test.describe('the web app manifest', () => {
  test('names the tenant in the page\'s language, with its colour, scope and generated icons', async ({ page, request }) => {
    await page.goto('/example-county/cy')
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/example-county/cy/manifest.webmanifest')
    const response = await request.get('/example-county/cy/manifest.webmanifest')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('application/manifest+json')
    const manifest = (await response.json()) as Record<string, unknown> & { icons: { src: string; sizes: string; type: string }[] }
    expect(manifest).toMatchObject({
      id: '/example-county/',
      name: 'Cyngor Sir Enghraifft',
      short_name: 'SE',
      lang: 'cy',
      start_url: '/example-county/cy',
      scope: '/example-county/',
      theme_color: '#00594f',
      background_color: '#ffffff',
    })
    expect(String(manifest['description'])).toContain('Cyngor Sir Enghraifft')
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(['192x192', '512x512'])
    for (const icon of manifest.icons) {
      const bytes = Buffer.from(await (await request.get(icon.src)).body())
      const size = Number(icon.sizes.split('x')[0])
      expect(pngSize(bytes)).toEqual({ width: size, height: size })
      // No logo: the initials on the tenant's colour, which fills the corners.
      const { data } = await sharp(bytes).extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
      expect([...data.subarray(0, 3)]).toEqual([0x00, 0x59, 0x4f])
    }
    expect((await request.get('/example-county/cy/app-icon/100.png')).status()).toBe(404)
    expect((await request.get('/no-such-tenant/en/manifest.webmanifest')).status()).toBe(404)
    expect((await request.get('/example-county/gd/manifest.webmanifest')).status()).toBe(404)

    // The worker is allowed by the page's policy, and kept by no cache for long.
    const home = await request.get('/example-county/cy')
    expect(home.headers()['content-security-policy']).toContain("worker-src 'self'")
    const worker = await request.get('/example-county/sw.js')
    expect(worker.headers()['content-type']).toContain('text/javascript')
    expect(worker.headers()['cache-control']).toBe('no-cache')
    // Asked with a session cookie, a cached page is for that reader alone.
    const withSession = await request.get('/example-county/cy/contacts', { headers: { Cookie: 'payload-token=not-a-real-session' } })
    expect(withSession.headers()['cache-control']).toBe('private, no-store')
  })

})
