import { expect, test, type Browser, type Page } from '@playwright/test'

import { expectNoAxeViolations } from './helpers'

/**
 * 404s: an address that names no tenant gets the portal's own 404 (no tenant's branding) in the
 * address's language, or, where it has none and the page is rendered per request, the language
 * Accept-Language asks for; an unknown or disabled language or page of a known tenant gets that
 * tenant's branded 404 in one of its languages. Always 404, never a 500, never another tenant.
 *
 * Checked in the browser: a 404 raised while rendering reaches the browser as Next's error shell
 * plus the rendered 404 in its data stream, which the browser draws (see docs/architecture.md).
 */
const tenantNames = ['Example County Council', 'Cyngor Sir Enghraifft', 'Example Borough Council', 'Example Party']

const portal = {
  en: { heading: 'Page not found', name: 'Online safety for councillors and candidates' },
  cy: { heading: "Heb ddod o hyd i'r dudalen", name: 'Diogelwch ar-lein i gynghorwyr ac ymgeiswyr' },
  gd: { heading: 'Cha deach an duilleag a lorg', name: 'Sàbhailteachd air loidhne do chomhairlichean is thagraichean' },
  ga: { heading: 'Níor aimsíodh an leathanach', name: "Sábháilteacht ar líne do chomhairleoirí agus d'iarrthóirí" },
} as const

/** Chromium sends Accept-Language from the context's locale (an extra header does not override it on navigations). */
async function open(browser: Browser, url: string, locale?: string) {
  const context = await browser.newContext(locale ? { locale } : {})
  const page = await context.newPage()
  const response = await page.goto(url)
  return { context, page, status: response?.status() }
}

async function expectPortal404(page: Page, locale: keyof typeof portal) {
  await expect(page.locator('html')).toHaveAttribute('lang', locale)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(portal[locale].heading)
  await expect(page.locator('.site-header')).toHaveText(portal[locale].name)
  await expect(page.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999')
  const html = await page.content()
  for (const name of tenantNames) expect(html).not.toContain(name)
}

test.describe('the portal\'s 404', () => {
  for (const locale of ['en', 'cy', 'gd', 'ga'] as const) {
    test(`an unknown tenant, in the address's language: ${locale}, axe-clean`, async ({ browser }) => {
      // The address's language wins over the browser's: this 404 is cached per address.
      const { context, page, status } = await open(browser, `/no-such-council/${locale}`, 'fr-FR')
      try {
        expect(status).toBe(404)
        await expectPortal404(page, locale)
        await expectNoAxeViolations(page)
      } finally {
        await context.close()
      }
    })
  }

  test('an address with no language of its own: Accept-Language chooses (cy gives Welsh)', async ({ browser }) => {
    const { context, page, status } = await open(browser, '/no-such-council/xx/a/b', 'cy-GB')
    try {
      expect(status).toBe(404)
      await expectPortal404(page, 'cy')
      await expectNoAxeViolations(page)
    } finally {
      await context.close()
    }
  })

  test('an unknown custom domain', async ({ browser, baseURL }) => {
    const port = new URL(baseURL ?? 'http://localhost:3000').port
    const { context, page, status } = await open(browser, `http://unknown-council.localhost:${port}/gd/contacts`)
    try {
      expect(status).toBe(404)
      await expectPortal404(page, 'gd')
    } finally {
      await context.close()
    }
  })

  test('the proxy\'s path header cannot be forged to borrow a tenant\'s 404', async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'X-Portal-Site-Path': '/example-county/cy' } })
    try {
      const page = await context.newPage()
      const response = await page.goto('/no-such-council/en/a/b')
      expect(response?.status()).toBe(404)
      await expectPortal404(page, 'en')
    } finally {
      await context.close()
    }
  })
})

test.describe('a known tenant\'s branded 404', () => {
  test('a language the tenant has not enabled: its 404 in its own language', async ({ browser }) => {
    const { context, page, status } = await open(browser, '/example-borough/cy')
    try {
      expect(status).toBe(404)
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
      await expect(page.locator('.site-header')).toContainText('Example Borough Council')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
      await expect(page.getByRole('link', { name: 'Go to the toolkit home page' })).toHaveAttribute('href', '/example-borough/en')
      expect(await page.content()).not.toContain('Example County Council')
      await expectNoAxeViolations(page)
    } finally {
      await context.close()
    }
  })

  test('an unknown page: the tenant\'s 404 in the page\'s language, axe-clean', async ({ page }) => {
    const response = await page.goto('/example-county/cy/no-such-page')
    expect(response?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
    await expect(page.locator('.site-header')).toContainText('Cyngor Sir Enghraifft')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Heb ddod o hyd i'r dudalen")
    await expect(page.getByRole('link', { name: 'Mynd i hafan y pecyn cymorth' })).toHaveAttribute('href', '/example-county/cy')
    await expectNoAxeViolations(page)
  })

  test('a path deeper than any page: the tenant\'s 404, Accept-Language among its languages', async ({ browser }) => {
    const { context, page, status } = await open(browser, '/example-county/fr/a/b', 'cy-GB')
    try {
      expect(status).toBe(404)
      await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
      await expect(page.locator('.site-header')).toContainText('Cyngor Sir Enghraifft')
      await expect(page.getByRole('heading', { level: 1 })).toHaveText("Heb ddod o hyd i'r dudalen")
      await expectNoAxeViolations(page)
    } finally {
      await context.close()
    }
  })
})
