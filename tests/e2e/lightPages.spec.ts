import { expectNoAxeViolations } from './helpers'
import { expect, test } from './journey'

/**
 * The councillor's phone, page by page: every public page type says what it is in a meta
 * description (what search engines and link previews show); the exit bar and the emergency
 * banner leave three quarters of a 390 x 844 screen to the page in every language, without losing
 * 999 or the tenant's 101; a long page opens with a contents list whose links land on their
 * section, not under the sticky exit bar.
 */
const phone = { width: 390, height: 844 }
const sites = [
  { home: '/example-borough/en', page: 'abuse-happening-now' },
  { home: '/example-county/en', page: 'abuse-happening-now' },
  { home: '/example-county/cy', page: 'abuse-happening-now' },
  { home: '/example-party/gd', page: 'abuse-happening-now' },
]
const pageTypes = ['', '/abuse-happening-now', '/contacts', '/rules-of-engagement', '/search?q=doxxing', '/accessibility', '/hide-your-visit', '/login']

test.describe('light pages on a phone', () => {
  test.use({ viewport: phone })

  test('every public page type has a meta description in its own language', async ({ page }) => {
    test.setTimeout(180_000)
    for (const { home } of sites.slice(0, 3)) {
      for (const path of pageTypes) {
        const response = await page.goto(`${home}${path}`)
        expect(response?.status(), `${home}${path}`).toBe(200)
        const description = await page.locator('meta[name="description"]').getAttribute('content')
        expect(description?.trim().length ?? 0, `${home}${path} has a meta description`).toBeGreaterThan(20)
      }
    }
    // A Welsh page's description is Welsh.
    await page.goto('/example-county/cy/contacts')
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Pwy i'w ffonio/)
  })

  test('the exit bar and the emergency banner take at most a quarter of the screen, 999 and 101 kept', async ({ page }) => {
    for (const { home, page: slug } of sites) {
      await page.goto(`${home}/${slug}`)
      const banner = page.locator('.emergency-banner')
      await expect(banner.getByRole('link', { name: '999' })).toBeVisible()
      await expect(banner.locator('a[href^="tel:"]')).toHaveCount(2)
      const bottom = await banner.evaluate((element) => element.getBoundingClientRect().bottom)
      expect(bottom, `${home}: bottom of the banner`).toBeLessThanOrEqual(phone.height / 4)
    }
  })

  test('a long page opens with a contents list whose links land on their section', async ({ page }) => {
    await page.goto('/example-county/cy/abuse-happening-now')
    const contents = page.getByRole('navigation', { name: 'Cynnwys' })
    await expect(contents).toBeVisible()
    const links = contents.getByRole('link')
    expect(await links.count()).toBeGreaterThanOrEqual(4)
    // The emergency route comes before it: who to call stays the first thing on the page.
    const routeTop = await page.locator('.emergency-route').evaluate((element) => element.getBoundingClientRect().top)
    const contentsTop = await contents.evaluate((element) => element.getBoundingClientRect().top)
    expect(routeTop).toBeLessThan(contentsTop)

    const third = links.nth(2)
    const name = (await third.innerText()).trim()
    const href = (await third.getAttribute('href')) ?? ''
    expect(href).toMatch(/^#part-/)
    await third.click()
    await expect(page).toHaveURL(new RegExp(`${href}$`))
    const target = page.locator(href)
    await expect(target).toHaveRole('heading')
    await expect(target).toContainText(name)
    await expect(target).toBeInViewport()
    // Not hidden under the sticky exit bar.
    const exitBottom = await page.locator('.quick-exit').evaluate((element) => element.getBoundingClientRect().bottom)
    const headingTop = await target.evaluate((element) => element.getBoundingClientRect().top)
    expect(headingTop).toBeGreaterThanOrEqual(exitBottom)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: '/tmp/light-contents-cy-390.png' })
  })
})
