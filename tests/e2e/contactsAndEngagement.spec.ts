import { expect, test } from '@playwright/test'

import { expectNoAxeViolations } from './axe'

test.describe('contacts page', () => {
  for (const [tenant, locale] of [
    ['example-county', 'en'],
    ['example-county', 'cy'],
    ['example-borough', 'en'],
    ['example-party', 'gd'],
  ] as const) {
    test(`${tenant}/${locale}: grouped contacts, one tap to call 999, axe-clean`, async ({ page }) => {
      await page.goto(`/${tenant}/${locale}/contacts`)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.locator('main a[href="tel:999"]').first()).toBeVisible()
      await expect(page.locator('main .contact-group h2').first()).toBeVisible()
      await expectNoAxeViolations(page)
    })
  }

  test('Report Fraud for a council in Wales, Police Scotland for a party in Scotland', async ({ page }) => {
    await page.goto('/example-county/en/contacts')
    await expect(page.locator('main a[href="tel:+443001232040"]')).toHaveCount(1)
    await page.goto('/example-party/en/contacts')
    await expect(page.locator('main a[href="tel:+443001232040"]')).toHaveCount(0)
  })

  test('all contacts download as a vCard', async ({ request }) => {
    const response = await request.get('/example-county/en/contacts/vcard')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^text\/vcard/)
    const body = await response.text()
    expect(body.startsWith('BEGIN:VCARD\r\n')).toBe(true)
    expect(body).toContain('TEL;')
  })
})

test.describe('rules of engagement', () => {
  for (const locale of ['en', 'cy'] as const) {
    test(`${locale}: rules, infographic with alt text and long description, axe-clean`, async ({ page }) => {
      await page.goto(`/example-county/${locale}/rules-of-engagement`)
      await expect(page.locator('ol.rules-list li').first()).toBeVisible()
      const image = page.locator('img.infographic')
      await expect(image).toHaveAttribute('alt', /.{40,}/)
      await expect(page.locator('details #infographic-description li').first()).toBeAttached()
      await expectNoAxeViolations(page)
    })
  }

  test('each audience has its own address, both served from the cache; old ?audience= links are moved there', async ({ page, request }) => {
    const councillor = '/example-county/en/rules-of-engagement'
    const candidate = `${councillor}/candidate`
    await page.goto(councillor)
    await page.getByRole('link', { name: 'For candidates' }).click()
    await expect(page).toHaveURL(candidate)
    await expect(page.locator('img.infographic')).toHaveAttribute('src', /audience=candidate/)
    await expect(page.getByText('For candidates', { exact: true })).toHaveAttribute('aria-current', 'page')
    await expectNoAxeViolations(page)
    for (const path of [councillor, candidate]) {
      await request.get(path)
      const again = await request.get(path)
      expect(again.status(), path).toBe(200)
      expect(again.headers()['x-nextjs-cache'], path).toBe('HIT')
    }
    const moved = await request.get(`${councillor}?audience=candidate`, { maxRedirects: 0 })
    expect(moved.status()).toBe(308)
    expect(moved.headers()['location']).toMatch(/\/example-county\/en\/rules-of-engagement\/candidate$/)
    expect((await request.get(`${councillor}/councillor`)).status()).toBe(404)
    expect((await request.get(`${councillor}/other`)).status()).toBe(404)
  })

  // The bio builder itself: bioBuilder.spec.ts.

  test('infographic images: PNG and SVG with the tenant\'s name; unknown audience is 404', async ({ request }) => {
    const png = await request.get('/example-county/cy/rules-of-engagement/infographic.png?audience=candidate&format=a4&utm_source=x')
    expect(png.status()).toBe(200)
    expect(png.headers()['content-type']).toBe('image/png')
    const svg = await request.get('/example-county/en/rules-of-engagement/infographic.svg')
    expect(await svg.text()).toContain('Example County Council')
    expect((await request.get('/example-county/en/rules-of-engagement/infographic.svg?audience=mayor')).status()).toBe(404)
    expect((await request.get('/example-borough/cy/rules-of-engagement/infographic.svg')).status()).toBe(404)
  })
})
