import { expect, test } from './journey'

import { deleteOrFail, expectNoAxeViolations, liveAdminToken } from './helpers'

/**
 * Issue #18, the directory at `/` on a 390 px phone: a reader finds their council among thousands
 * by searching its name (in Welsh too, accents aside) or by picking their nation and its first
 * letter, without JavaScript, and reaches the council's site; a new council is listed at once; any
 * query or address gets a page, never a server error; axe-clean and usable by keyboard.
 */
const phone = { width: 390, height: 844 }
test.use({ viewport: phone })

test.describe('the directory at /', () => {
  test('without JavaScript, a reader searches their council by its Welsh name and reaches its site', async ({ browser }) => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Find your council or party' })).toBeVisible()
    await page.screenshot({ path: '/tmp/directory-390.png', fullPage: true })
    await page.getByRole('searchbox', { name: 'Council, party or place name' }).fill('cyngor sir ENGHRAIFFT')
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click()
    await expect(page).toHaveURL(/\/directory\/search\?q=cyngor\+sir\+ENGHRAIFFT$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Councils and parties matching “cyngor sir ENGHRAIFFT”' })).toBeVisible()
    await expect(page.getByRole('main').getByRole('status')).toHaveText('One council or party matches.')
    // The Welsh name is shown, in Welsh, under the English one.
    await expect(page.locator('.directory-list [lang="cy"]')).toHaveText('Cyngor Sir Enghraifft')
    await page.screenshot({ path: '/tmp/directory-search-390.png', fullPage: true })
    await page.getByRole('link', { name: 'Example County Council' }).click()
    await expect(page).toHaveURL(/\/example-county\/en$/)

    // Accents aside: "am partaidh" finds "Am Pàrtaidh Eisimpleir" (the party's Gaelic name).
    await page.goto('/directory/search?q=am+partaidh')
    await expect(page.getByRole('link', { name: 'Example Party' })).toBeVisible()
    await context.close()
  })

  test('without JavaScript, a reader picks their nation, then a letter, and reaches the council', async ({ browser }) => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/')
    await page.getByRole('link', { name: 'Wales', exact: true }).click()
    await expect(page).toHaveURL(/\/directory\/wales$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Wales' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Example County Council' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Example Borough Council' })).toHaveCount(0)
    await page.getByRole('navigation', { name: 'Wales, by first letter' }).getByRole('link', { name: /^E\b.*\d+ in Wales$/ }).click()
    await expect(page).toHaveURL(/\/directory\/wales\/e$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Wales: E' })).toBeVisible()
    await page.screenshot({ path: '/tmp/directory-letter-390.png', fullPage: true })
    await page.getByRole('link', { name: 'Example County Council' }).click()
    await expect(page).toHaveURL(/\/example-county\/en$/)

    // Parties have their own group, whatever their nation; the national baseline is nowhere.
    await page.goto('/directory/parties')
    await expect(page.getByRole('link', { name: 'Example Party' })).toHaveAttribute('href', '/example-party/en')
    await page.goto('/directory/england')
    await expect(page.getByRole('link', { name: 'Example Borough Council' })).toHaveAttribute('href', '/example-borough/en')
    await page.goto('/directory/search?q=national+toolkit')
    await expect(page.locator('.directory-list a[href^="/national"]')).toHaveCount(0)
    await context.close()
  })

  test('a new council is listed and found at once', async ({ page, request, baseURL }) => {
    const token = await liveAdminToken(baseURL ?? '')
    const name = `Newtownabbey Directory ${Date.now().toString(36)} Council`
    const created = await request.post('/api/tenants', {
      headers: { Authorization: `JWT ${token}` },
      data: { name, slug: `dir-e2e-${Date.now().toString(36)}`, kind: 'council', nation: 'northern-ireland', locales: ['en'], defaultLocale: 'en' },
    })
    expect(created.status(), await created.text()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
    try {
      await page.goto(`/directory/search?q=${encodeURIComponent(name.toLowerCase())}`)
      await expect(page.getByRole('link', { name })).toHaveAttribute('href', `/${doc.slug}/en`)
      await page.goto('/directory/northern-ireland/n')
      await expect(page.getByRole('link', { name })).toBeVisible()
      // The prerendered landing page is rendered again once its tag has expired: a reload or two.
      await expect(async () => {
        await page.goto('/')
        await expect(page.getByRole('navigation', { name: 'Northern Ireland, by first letter' }).getByRole('link', { name: /^N\b/ })).toBeVisible({ timeout: 1_000 })
      }).toPass({ timeout: 30_000 })
    } finally {
      await request.patch(`/api/tenants/${doc.id}`, { headers: { Authorization: `JWT ${token}` }, data: { active: false } })
      await deleteOrFail(request, `/api/tenants/${doc.id}`, token)
    }
  })

  test('puts 999 one tap away, has Exit this page, and is usable by keyboard', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999')
    // Once, as a sentence with its link (it used to read "Call 999. 999").
    await expect(page.locator('.emergency-banner')).toHaveText('In danger right now? Call 999')
    await expect(page.getByRole('link', { name: 'Exit this page' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
    await page.keyboard.press('Enter')
    // From the skip link, the search box is a few tabs away; typing and Enter search.
    const box = page.getByRole('searchbox', { name: 'Council, party or place name' })
    for (let presses = 0; presses < 10 && !(await box.evaluate((element) => element === document.activeElement)); presses++) await page.keyboard.press('Tab')
    await expect(box).toBeFocused()
    await page.keyboard.type('example borough')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('link', { name: 'Example Borough Council' })).toBeVisible()
  })

  test('has no axe violations (WCAG 2.2 AA) on the landing page, results, a nation and a letter', async ({ page }) => {
    for (const path of ['/', '/directory/search?q=example', '/directory/search?q=zzzzqqqq', '/directory/search', '/directory/wales', '/directory/wales/e']) {
      await page.goto(path)
      await expectNoAxeViolations(page)
    }
  })

  test('answers any query with a page and an unknown address with a 404, never a server error', async ({ request }) => {
    const landing = await request.get('/')
    expect(landing.status()).toBe(200)
    // Bounded whatever the number of tenants (npm run bench:directory measures it at 10,000).
    expect((await landing.body()).length).toBeLessThan(50 * 1024)
    for (const q of ['', '   ', '!!!', 'a'.repeat(1000), "cardiff & x | !y:* 'q' \"dq\"", '%E0%A4%A', '%', '%%', '%zz', "'); DROP TABLE tenants; --", '<script>alert(1)</script>']) {
      const response = await request.get(`/directory/search?q=${q}`)
      expect(response.status(), q).toBe(200)
      expect(await response.text()).not.toContain('<script>alert(1)</script>')
    }
    expect((await request.get('/directory/search?q=a&q=b')).status()).toBe(200)
    for (const path of ['/directory/atlantis', '/directory/wales/1', '/directory/wales/zz', '/directory/wales/e/999', '/directory/wales/e/2/3', '/directory/wales/%E0%A4%A']) {
      expect((await request.get(path)).status(), path).toBe(path.endsWith('%A') ? 400 : 404)
    }
  })
})
