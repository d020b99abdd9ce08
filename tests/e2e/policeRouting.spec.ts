/**
 * Police or council, by nation (issue #20 item 6): on a 390 px phone, a councillor of a Welsh, an
 * English and a Scottish council opens "abuse happening now" and the question about threats, and
 * is sent to Operation Ford (with the parish note) or to Police Scotland. No JavaScript is needed
 * (native details), and the page is axe-clean in every language each council offers.
 */
import { expectNoAxeViolations } from './helpers'
import { expect, test } from './journey'

const phone = { width: 390, height: 844 }

const councils = [
  { slug: 'example-county', nation: 'wales', locales: ['en', 'cy'], says: ['Operation Ford', 'Parish, town and community councillors are outside Operation Ford'], not: 'Police Scotland' },
  { slug: 'example-borough', nation: 'england', locales: ['en'], says: ['Call Example Borough Police on 101 and say “Operation Ford”', 'Elected Official Adviser'], not: 'Police Scotland' },
  { slug: 'example-party', nation: 'scotland', locales: ['en', 'gd'], says: ['Call Police Scotland on 101'], not: 'Operation Ford' },
] as const

test.use({ viewport: phone })

for (const council of councils) {
  test(`${council.slug} (${council.nation}): the threats question routes to its nation's police, on a phone`, async ({ page }) => {
    await page.goto(`/${council.slug}/en/abuse-happening-now`)
    const routing = page.locator('section.police-routing')
    await expect(routing).toHaveAttribute('data-nation', council.nation)
    await expect(routing.getByRole('heading', { name: 'Police or council: which to call' })).toBeVisible()
    const threats = routing.locator('details[data-route="101"]')
    await expect(threats).not.toHaveAttribute('open')
    await threats.locator('summary').click()
    await expect(threats).toHaveAttribute('open')
    for (const text of council.says) await expect(threats).toContainText(text)
    await expect(threats).not.toContainText(council.not)
    await expect(threats.getByRole('link', { name: 'Call 101' })).toHaveAttribute('href', /^tel:/)
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width)
    await page.screenshot({ path: `test-results/police-routing-${council.slug}.png`, fullPage: true })

    for (const locale of council.locales) {
      await page.goto(`/${council.slug}/${locale}/abuse-happening-now`)
      await page.locator('section.police-routing details').evaluateAll((all) => all.forEach((details) => details.setAttribute('open', '')))
      await expectNoAxeViolations(page)
    }
  })
}

test('without JavaScript the questions still open', async ({ browser }) => {
  const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/example-county/cy/abuse-happening-now')
  const officer = page.locator('section.police-routing details[data-route="officer"]')
  await officer.locator('summary').click()
  await expect(officer).toHaveAttribute('open')
  await expect(officer).toContainText('Swyddog Monitro')
  await context.close()
})
