import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from './helpers'

const tenants = [
  { slug: 'example-county', name: { en: 'Example County Council', cy: 'Cyngor Sir Enghraifft' }, locales: ['en', 'cy'] },
  { slug: 'example-borough', name: { en: 'Example Borough Council' }, locales: ['en'] },
  { slug: 'example-party', name: { en: 'Example Party', gd: 'Am Pàrtaidh Eisimpleir' }, locales: ['en', 'gd'] },
] as const

for (const tenant of tenants) {
  for (const locale of tenant.locales) {
    const name = (tenant.name as Record<string, string>)[locale] ?? tenant.name.en
    test(`${tenant.slug}/${locale}: home and the emergency page render, branded, in ${locale}, axe-clean`, async ({ page }) => {
      await page.goto(`/${tenant.slug}/${locale}`)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
      await expect(page.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999')
      await expectNoAxeViolations(page)

      await page.goto(`/${tenant.slug}/${locale}/abuse-happening-now`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.locator('.callout-emergency')).toBeVisible()
      await expectNoAxeViolations(page)
    })
  }
}

test('every toolkit page of example-county renders in Welsh with its sources', async ({ page }) => {
  await page.goto('/example-county/cy')
  const links = await page.locator('.toolkit-list a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))
  expect(links.length).toBeGreaterThanOrEqual(11)
  for (const href of links) {
    const response = await page.goto(href)
    expect(response?.status(), href).toBe(200)
    await expect(page.locator('.sources a').first(), href).toBeVisible()
  }
})

test('a page without Gaelic text says so in Gaelic and shows English', async ({ page }) => {
  await page.goto('/example-party/gd/wellbeing')
  await expect(page.getByText('Cha deach an duilleag seo eadar-theangachadh gu Gàidhlig fhathast')).toBeVisible()
  await expect(page.locator('main')).toHaveAttribute('lang', 'en')
  await expectNoAxeViolations(page)
})

test('keyboard only: from the tenant home to the emergency page', async ({ page }) => {
  await page.goto('/example-borough/en')
  const emergency = page.getByRole('link', { name: 'Abuse happening now: what to do' })
  for (let presses = 0; presses < 10; presses++) {
    await page.keyboard.press('Tab')
    if (await emergency.evaluate((element) => element === document.activeElement)) break
  }
  await expect(emergency).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/example-borough\/en\/abuse-happening-now$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Abuse happening now' })).toBeVisible()
})

test('quick exit leaves for a neutral site and takes this page out of the history', async ({ page }) => {
  await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>neutral</p>' }))
  await page.goto('/example-county/en')
  await page.goto('/example-county/en/documenting-abuse')
  await page.getByRole('link', { name: 'Exit this page' }).click()
  await expect(page).toHaveURL(/bbc\.co\.uk\/weather/)
  await page.goBack()
  await expect(page).toHaveURL(/\/example-county\/en$/)
})

test('quick exit by keyboard: Shift three times, counted aloud; Shift used for a capital letter does not count', async ({ page }) => {
  await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<p>neutral</p>' }))
  await page.goto('/example-county/en/wellbeing')
  // The shortcut listens once the page has hydrated; keys pressed before that do nothing.
  await expect(page.locator('.quick-exit[data-shortcut="on"]')).toBeAttached()
  const spoken = page.getByTestId('quick-exit-count')
  await page.keyboard.press('Shift')
  await expect(spoken).toHaveText('Shift, press 2 more times to exit.')
  // Typing a capital letter holds Shift with another key: the count starts again and that Shift is not counted.
  await page.keyboard.press('Shift+KeyA')
  await expect(spoken).toHaveText('')
  await page.keyboard.press('Shift')
  await page.keyboard.press('Shift')
  await expect(spoken).toHaveText('Shift, press 1 more time to exit.')
  await expect(page).toHaveURL(/\/example-county\/en\/wellbeing$/)
  await page.keyboard.press('Shift')
  await expect(page).toHaveURL(/bbc\.co\.uk\/weather/)
})

test('quick exit: presses more than five seconds apart start again, and say so', async ({ page }) => {
  await page.clock.install()
  await page.goto('/example-county/cy/wellbeing')
  await expect(page.locator('.quick-exit[data-shortcut="on"]')).toBeAttached()
  const spoken = page.getByTestId('quick-exit-count')
  await page.keyboard.press('Shift')
  await page.keyboard.press('Shift')
  await expect(spoken).toHaveText('Shift, pwyswch unwaith eto i adael.')
  await page.clock.fastForward(5100)
  await expect(spoken).toHaveText("Mae'r llwybr byr i adael y dudalen wedi'i ganslo.")
  await page.keyboard.press('Shift')
  await expect(spoken).toHaveText('Shift, pwyswch 2 waith eto i adael.')
  await expect(page).toHaveURL(/\/example-county\/cy\/wellbeing$/)
})

test('hide your visit: linked beside Exit this page on every tenant page, in each language, axe-clean', async ({ page }) => {
  for (const [locale, link, heading] of [
    ['en', 'Hide your visit', 'Hide your visit to this site'],
    ['cy', 'Cuddio eich ymweliad', "Cuddio eich ymweliad â'r wefan hon"],
  ] as const) {
    await page.goto(`/example-county/${locale}/contacts`)
    await page.locator('.quick-exit').getByRole('link', { name: link }).click()
    await expect(page).toHaveURL(new RegExp(`/example-county/${locale}/hide-your-visit$`))
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Exit this page' }).or(page.getByRole('link', { name: 'Gadael y dudalen hon' }))).toBeVisible()
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    await expectNoAxeViolations(page)
  }
})

test('switching language keeps the page', async ({ page }) => {
  await page.goto('/example-county/en/wellbeing')
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Cymraeg' }).click()
  await expect(page).toHaveURL(/\/example-county\/cy\/wellbeing$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await expect(page.getByRole('navigation', { name: 'Iaith' }).getByRole('link', { name: 'English' })).toHaveAttribute('href', '/example-county/en/wellbeing')
})

test('/{tenant} picks the best enabled language from Accept-Language', async ({ request }) => {
  const welsh = await request.get('/example-county', { headers: { 'Accept-Language': 'cy-GB,cy;q=0.9,en;q=0.5' }, maxRedirects: 0 })
  expect(welsh.status()).toBe(307)
  expect(welsh.headers()['location']).toBe('/example-county/cy')
  const gaelicNotEnabled = await request.get('/example-borough', { headers: { 'Accept-Language': 'gd' }, maxRedirects: 0 })
  expect(gaelicNotEnabled.headers()['location']).toBe('/example-borough/en')
})

test.describe('404s, never a 500 and never another tenant', () => {
  for (const path of [
    '/no-such-council/en',
    '/no-such-council',
    '/example-borough/cy',
    '/example-county/fr',
    '/example-county/en/no-such-page',
    '/national/en',
    '/example-county/en/..%2F..%2Fexample-borough%2Fen',
    '/example-county/en/%2e%2e',
    '/example-county/en/Wellbeing',
    `/example-county/en/${'a'.repeat(300)}`,
    '/example-county/en/<script>',
  ]) {
    test(path.slice(0, 60), async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 })
      // A dot segment is normalised by the server into a redirect up the same tenant's tree.
      if ([307, 308].includes(response.status())) expect(response.headers()['location']).toMatch(/^\/example-county(\/|$)/)
      else expect([400, 404]).toContain(response.status())
      const body = await response.text()
      // Example Borough's own 404 (a language it has not enabled) carries its own name, rightly.
      if (!path.startsWith('/example-borough/')) expect(body).not.toContain('Example Borough Council')
    })
  }
})

test('tenant A\'s name and colours never appear on tenant B\'s pages', async ({ page }) => {
  await page.goto('/example-borough/en')
  const html = await page.content()
  expect(html).not.toContain('Example County Council')
  expect(html).not.toContain('#00594f')
  expect(html).toContain('#4b2e83')
})

for (const locale of ['en', 'cy'] as const) {
  test(`accessibility statement in ${locale}, generated from the tenant's data, axe-clean`, async ({ page }) => {
    await page.goto(`/example-county/${locale}`)
    await page.locator('footer a[href$="/accessibility"]').click()
    await expect(page).toHaveURL(new RegExp(`/example-county/${locale}/accessibility$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'en' ? 'Accessibility statement' : 'Datganiad hygyrchedd')
    await expect(page.locator('main')).toContainText(locale === 'en' ? 'Example County Council' : 'Cyngor Sir Enghraifft')
    await expect(page.locator('main')).toContainText('Cymraeg')
    await expectNoAxeViolations(page)
  })
}

test('the emergency page puts the route from the tenant\'s contacts first: 999, then 101, then the named officer', async ({ page }) => {
  await page.goto('/example-county/en/abuse-happening-now')
  const steps = page.locator('.emergency-route ol > li')
  await expect(steps.first()).toContainText('999')
  await expect(steps.first().locator('a')).toHaveAttribute('href', 'tel:999')
  await expect(steps.nth(1).locator('a')).toHaveAttribute('href', /^tel:(101|\+44)/)
  await expect(steps.nth(1)).toContainText('101')
})

test('hreflang alternates and a canonical URL on each page; a sitemap per tenant', async ({ page, request }) => {
  await page.goto('/example-county/cy/wellbeing')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/example-county\/cy\/wellbeing$/)
  await expect(page.locator('link[rel="alternate"][hreflang="en-GB"]')).toHaveAttribute('href', /\/example-county\/en\/wellbeing$/)
  await expect(page.locator('link[rel="alternate"][hreflang="cy"]')).toHaveAttribute('href', /\/example-county\/cy\/wellbeing$/)
  await expect(page.locator('link[rel="alternate"][hreflang="gd"]')).toHaveCount(0)

  const sitemap = await request.get('/example-county/sitemap.xml')
  expect(sitemap.status()).toBe(200)
  expect(sitemap.headers()['content-type']).toMatch(/^application\/xml/)
  const xml = await sitemap.text()
  expect(xml).toContain('/example-county/cy/abuse-happening-now</loc>')
  expect(xml).toContain('hreflang="en-GB"')
  expect(xml).not.toContain('example-borough')
  expect((await request.get('/no-such-council/sitemap.xml')).status()).toBe(404)
})

test('the emergency banner on every page follows the route: 999, then the police on 101', async ({ page }) => {
  await page.goto('/example-borough/en/wellbeing')
  const banner = page.locator('.emergency-banner')
  await expect(banner.locator('a').first()).toHaveAttribute('href', 'tel:999')
  await expect(banner.locator('a').nth(1)).toHaveAttribute('href', /^tel:(101|\+44)/)
  await expect(banner.locator('a').nth(2)).toHaveAttribute('href', '/example-borough/en/abuse-happening-now')
})

test.describe('every route of every demo tenant, in each of its languages', () => {
  for (const tenant of tenants) {
    for (const locale of tenant.locales) {
      test(`${tenant.slug}/${locale}: every page answers 200 in ${locale}, the login page is axe-clean`, async ({ page, request }) => {
        const home = `/${tenant.slug}/${locale}`
        const listed = await request.get(home)
        expect(listed.status()).toBe(200)
        const pages = [...(await listed.text()).matchAll(/<a href="(\/[a-z0-9-]+\/[a-z]{2}\/[a-z0-9-]+)">/g)].map((match) => match[1] ?? '')
        const paths = new Set([...pages.filter((path) => path.startsWith(home)), `${home}/contacts`, `${home}/rules-of-engagement`, `${home}/accessibility`, `${home}/login`])
        expect(paths.size).toBeGreaterThanOrEqual(15)
        for (const path of paths) {
          const response = await request.get(path)
          expect(response.status(), path).toBe(200)
          expect(await response.text(), path).toContain(`<html lang="${locale}"`)
        }
        const sitemap = await request.get(`/${tenant.slug}/sitemap.xml`)
        expect(sitemap.status()).toBe(200)
        // The members' area is never public: it sends the visitor to sign in.
        const members = await request.get(`${home}/members`, { maxRedirects: 0 })
        expect(members.status()).toBe(307)
        await page.goto(`${home}/login`)
        await expectNoAxeViolations(page)
      })
    }
  }
})
