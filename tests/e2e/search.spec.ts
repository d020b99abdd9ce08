import { expect, test } from './journey'

import { deleteOrFail, expectNoAxeViolations, liveAdminToken, tenantIdOf } from './helpers'

/**
 * Issue #18 on a phone: a councillor of a Welsh council, in the middle of an attack, searches
 * the toolkit from the header in English and in Welsh and reaches the page on protecting a home
 * address in two taps; the header's menu reaches Contacts. Then the same by keyboard alone, axe on
 * the search page in both of the county's languages, the members' search, and bad input.
 */
const suffix = Date.now().toString(36)
const councillor = { email: `search-councillor-${suffix}@example.org`, password: 'search-councillor-password-4821' }
let adminJwt = ''
let councillorId = 0

test.use({ viewport: { width: 390, height: 844 } })

test.describe('search and the header menu on a phone', () => {
  test.beforeAll(async ({ request, baseURL }) => {
    adminJwt = await liveAdminToken(baseURL ?? '')
    const county = await tenantIdOf(request, adminJwt, 'example-county')
    const response = await request.post('/api/users', { headers: { Authorization: `JWT ${adminJwt}` }, data: { ...councillor, tenants: [{ tenant: county, roles: ['councillor'] }] } })
    expect(response.status(), await response.text()).toBe(201)
    councillorId = ((await response.json()) as { doc: { id: number } }).doc.id
  })

  test.afterAll(async ({ request }) => {
    await deleteOrFail(request, `/api/users/${councillorId}`, adminJwt)
  })

  test('a councillor searches "doxxing" and "cyfeiriad cartref" and reaches the home-address page in two taps each', async ({ page, clicks }) => {
    await page.goto('/example-county/en')
    const english = clicks.count()
    await page.getByRole('searchbox', { name: 'Search the toolkit' }).first().fill('doxxing')
    await page.getByRole('search').first().getByRole('button', { name: 'Search' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Search results for “doxxing”' })).toBeVisible()
    await page.screenshot({ path: '/tmp/search-en-390.png', fullPage: false })
    await page.getByRole('link', { name: 'Protecting your home address' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Protecting your home address' })).toBeVisible()
    expect(clicks.count() - english).toBe(2)

    await page.goto('/example-county/cy')
    const welsh = clicks.count()
    await page.getByRole('searchbox', { name: 'Chwilio’r pecyn cymorth' }).first().fill('cyfeiriad cartref')
    await page.getByRole('search').first().getByRole('button', { name: 'Chwilio' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Canlyniadau chwilio am “cyfeiriad cartref”' })).toBeVisible()
    await expect(page.locator('.search-results mark').first()).toBeVisible()
    await page.screenshot({ path: '/tmp/search-cy-390.png', fullPage: false })
    await page.getByRole('link', { name: 'Diogelu cyfeiriad eich cartref' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Diogelu cyfeiriad eich cartref' })).toBeVisible()
    expect(clicks.count() - welsh).toBe(2)

    // The header's menu: Contacts in two taps from any page (it was only in the footer).
    const menu = clicks.count()
    // The emergency banner and the exit bar are still there, above the header.
    await expect(page.locator('.emergency-banner').getByRole('link', { name: '999' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Gadael y dudalen hon' })).toBeVisible()
    await page.getByRole('navigation', { name: 'Y wefan' }).getByText('Dewislen').click()
    await page.screenshot({ path: '/tmp/menu-cy-390.png', fullPage: false })
    await page.getByRole('navigation', { name: 'Y wefan' }).getByRole('link', { name: 'Cysylltiadau' }).click()
    await expect(page).toHaveURL(/\/example-county\/cy\/contacts$/)
    expect(clicks.count() - menu).toBe(2)
  })

  test('keyboard alone: search from the header, open a result, open the menu', async ({ page }) => {
    await page.goto('/example-county/en')
    const box = page.getByRole('searchbox', { name: 'Search the toolkit' }).first()
    for (let presses = 0; presses < 40 && !(await box.evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press('Tab')
    await expect(box).toBeFocused()
    await page.keyboard.type('home address')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Search results for “home address”' })).toBeVisible()
    const result = page.getByRole('link', { name: 'Protecting your home address' })
    for (let presses = 0; presses < 60 && !(await result.evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press('Tab')
    await expect(result).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Protecting your home address' })).toBeVisible()

    const summary = page.getByRole('navigation', { name: 'Site' }).locator('summary')
    for (let presses = 0; presses < 40 && !(await summary.evaluate((element) => element === document.activeElement)); presses += 1) await page.keyboard.press('Tab')
    await expect(summary).toBeFocused()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'The toolkit' })).toBeFocused()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/example-county\/en\/contacts$/)
  })

  test('the search page is axe-clean in every language the county offers, with results, without, and with the menu open', async ({ page }) => {
    for (const [locale, query, menu] of [
      ['en', 'password', 'Menu'],
      ['cy', 'cyfrinair', 'Dewislen'],
    ] as const) {
      await page.goto(`/example-county/${locale}/search?q=${encodeURIComponent(query)}`)
      await expect(page.locator('.search-results li').first()).toBeVisible()
      await expectNoAxeViolations(page)
      await page.goto(`/example-county/${locale}/search?q=zzqqxx`)
      await expect(page.getByRole('main').getByRole('status')).toBeVisible()
      await expectNoAxeViolations(page)
      await page.goto(`/example-county/${locale}/search`)
      await page.locator('.site-menu summary').click()
      await expect(page.locator('.site-menu summary')).toHaveText(menu)
      await expectNoAxeViolations(page)
    }
  })

  test("a signed-in councillor's members' search finds members-only and national pages", async ({ page, request }) => {
    const anonymous = await request.get('/example-county/en/members/search?q=safety', { maxRedirects: 0 })
    expect(anonymous.status()).toBe(307)
    expect(anonymous.headers()['location']).toContain('/example-county/en/login?next=')
    const publicResults = await (await request.get('/example-county/en/search?q=personal+safety+support+members')).text()
    expect(publicResults).not.toContain('Personal safety support for members')

    await page.goto('/example-county/en/members/search?q=personal%20safety')
    await page.getByLabel('Email address').fill(councillor.email)
    await page.getByLabel('Password').fill(councillor.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Search results for “personal safety”' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Personal safety support for members' })).toBeVisible()
    await expect(page.getByText('Members only').first()).toBeVisible()
    await expectNoAxeViolations(page)
    // From the members' area itself: its own search box finds national pages too.
    await page.goto('/example-county/en/members')
    await page.getByRole('searchbox', { name: 'Search the members’ area' }).fill('home address')
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL(/\/example-county\/en\/members\/search\?q=home\+address$/)
    await expect(page.getByRole('link', { name: 'Protecting your home address' })).toBeVisible()
  })

  test('answers are private, never indexed, and any input gets a normal page', async ({ request }) => {
    for (const q of ['', '!!!', 'a'.repeat(1000), "home & address | !x:* 'q' \"dq\"", '%E0%A4%A', '%', "'); DROP TABLE pages; --", '<script>alert(1)</script>']) {
      const response = await request.get(`/example-county/en/search?q=${q.startsWith('%') ? q : encodeURIComponent(q)}`)
      expect(response.status(), q).toBe(200)
      const cacheControl = response.headers()['cache-control'] ?? ''
      expect(cacheControl).toContain('private')
      expect(cacheControl).toContain('no-store')
      const html = await response.text()
      expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>')
      expect(html).not.toContain('<script>alert(1)</script>')
    }
  })
})
