import { expect, test, type Page } from '@playwright/test'

import { expectNoAxeViolations } from './axe'

const PAGE = '/example-county/en/rules-of-engagement'

/** The builder's words in the two languages example-county serves (src/messages). */
const ui = {
  en: {
    name: 'Your name',
    role: 'Your role',
    email: 'Email for casework',
    submit: 'Show my bio',
    characters: (limit: number) => new RegExp(`\\d+ / ${limit} characters`),
    copy: 'Copy the X bio',
    copied: 'X bio copied.',
  },
  cy: {
    name: 'Eich enw',
    role: 'Eich rôl',
    email: 'E-bost ar gyfer gwaith achos',
    submit: 'Dangos fy mywgraffiad',
    characters: (limit: number) => new RegExp(`\\d+ / ${limit} nod`),
    copy: 'Copïo’r bywgraffiad X',
    copied: 'Wedi copïo’r bywgraffiad X.',
  },
} as const

const otherPlatforms = ['Instagram', 'Threads', 'Facebook', 'LinkedIn', 'Bluesky'] as const

/**
 * Typing before React has hydrated the form builds nothing (the input events are not replayed),
 * so wait until React owns the form.
 */
async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    const form = document.getElementById('bio-builder-form')
    return form !== null && Object.keys(form).some((key) => key.startsWith('__react'))
  })
}

function result(page: Page, platform: string) {
  return page.locator('.bio-result').filter({ has: page.getByRole('heading', { name: platform, exact: true }) })
}

test.describe('the bio builder with JavaScript', () => {
  for (const locale of ['en', 'cy'] as const) {
    const t = ui[locale]
    test(`${locale}: fill in, see counts, copy; the confirmation is announced and nothing is sent`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      const sent: string[] = []
      page.on('request', (request) => {
        if (request.method() !== 'GET') sent.push(`${request.method()} ${request.url()}`)
      })
      await page.goto(`/example-county/${locale}/rules-of-engagement`)
      await waitForHydration(page)
      await page.getByLabel(t.name, { exact: true }).fill('Cllr Zebedee Quartermain')
      await page.getByLabel(t.role, { exact: true }).fill('Councillor for Riverside')
      await page.getByLabel(t.email).fill('zebedee@example.org')

      const x = result(page, 'X')
      await expect(x.getByText(t.characters(160))).toBeVisible()
      await expect(result(page, 'TikTok').getByText(t.characters(80))).toBeVisible()
      const bio = await x.locator('.bio-result__text').textContent()
      expect(bio).toContain('Cllr Zebedee Quartermain')

      await x.getByRole('button', { name: t.copy }).click()
      // The confirmation in the page's language, in a polite status region a screen reader announces.
      const status = page.locator('#bio-builder').getByRole('status')
      await expect(status).toHaveText(t.copied)
      await expect(status).toHaveAttribute('aria-live', 'polite')
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bio)

      await page.getByRole('button', { name: t.submit }).click()
      await expect(page.getByRole('heading', { level: 3 }).first()).toBeFocused()
      expect(sent).toEqual([])
      expect(page.url()).not.toContain('Zebedee')
    })
  }

  test('a website without https:// is named at the field on leaving it, before asking for the bio', async ({ page }) => {
    await page.goto(PAGE)
    await waitForHydration(page)
    const website = page.getByLabel('Web page with your rules of engagement')
    // Tabbing past an empty field names nothing.
    await website.focus()
    await page.keyboard.press('Tab')
    await expect(page.locator('#bio-website-error')).toHaveCount(0)
    await website.fill('www.example.org')
    await page.keyboard.press('Tab')
    await expect(page.locator('#bio-website-error')).toContainText('Enter a web address that starts with https://')
    await expect(website).toHaveAttribute('aria-invalid', 'true')
    // In place only: the summary (an alert) is for asking for the bio.
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toHaveCount(0)
    await website.fill('https://www.example.org')
    await page.keyboard.press('Tab')
    await expect(page.locator('#bio-website-error')).toHaveCount(0)
    await expect(website).not.toHaveAttribute('aria-invalid', 'true')
  })

  test('only the ticked platforms get a bio; none ticked is a field error', async ({ page }) => {
    await page.goto(PAGE)
    await waitForHydration(page)
    await page.getByLabel('Your name', { exact: true }).fill('Cllr Zebedee Quartermain')
    await page.getByLabel('Your role', { exact: true }).fill('Councillor for Riverside')
    const platforms = page.getByRole('group', { name: 'Platforms to write a bio for' })
    for (const name of otherPlatforms) await platforms.getByRole('checkbox', { name, exact: true }).uncheck()
    await expect(page.locator('.bio-result h4')).toHaveText(['X', 'TikTok'])

    await platforms.getByRole('checkbox', { name: 'X', exact: true }).uncheck()
    await platforms.getByRole('checkbox', { name: 'TikTok', exact: true }).uncheck()
    await expect(page.locator('.bio-result')).toHaveCount(0)
    await page.getByRole('button', { name: 'Show my bio' }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await expect(summary).toBeFocused()
    await expect(summary.getByRole('link', { name: 'Select at least one platform' })).toHaveAttribute('href', '#bio-platform-x')
    await expect(platforms).toHaveAttribute('aria-describedby', 'bio-platforms-hint bio-platforms-error')
    await expect(platforms.locator('#bio-platforms-error')).toContainText('Select at least one platform')
    // From the top: axe counts a link scrolled under the sticky "Exit this page" bar as overlapped.
    await page.evaluate(() => window.scrollTo(0, 0))
    await expectNoAxeViolations(page)
  })
})

test.describe('the bio builder without JavaScript', () => {
  test('the form is posted, answered in the page, and nothing typed reaches a URL or the cached page', async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const requests: { method: string; url: string }[] = []
    page.on('request', (sent) => requests.push({ method: sent.method(), url: sent.url() }))
    await page.goto(PAGE)

    const name = '<script>alert(1)</script> Zebedee'
    await page.getByLabel('Your name', { exact: true }).fill(name)
    await page.getByLabel('Your role', { exact: true }).fill('Councillor for Riverside')
    await page.getByLabel('Email for casework').fill('not-an-email')
    const platforms = page.getByRole('group', { name: 'Platforms to write a bio for' })
    for (const platform of ['X', 'TikTok', ...otherPlatforms]) await platforms.getByRole('checkbox', { name: platform, exact: true }).uncheck()
    await page.getByRole('button', { name: 'Show my bio' }).click()

    // Every problem named, in the summary and at the field; nothing typed is lost.
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await expect(summary.getByRole('link', { name: /Enter an email address in the correct format/ })).toBeVisible()
    await expect(summary.getByRole('link', { name: 'Select at least one platform' })).toBeVisible()
    await expect(page.getByLabel('Your name', { exact: true })).toHaveValue(name)
    await expect(page.getByLabel('Email for casework')).toHaveValue('not-an-email')
    await expect(platforms.getByRole('checkbox', { name: 'X', exact: true })).not.toBeChecked()
    await expect(page.getByLabel('Email for casework')).toHaveAttribute('aria-invalid', 'true')
    expect(await page.locator('script:not([src])').evaluateAll((scripts) => scripts.some((s) => s.textContent?.includes('alert(1)') && !s.textContent.includes('self.__next')))).toBe(false)

    await page.getByLabel('Email for casework').fill('zebedee@example.org')
    await platforms.getByRole('checkbox', { name: 'X', exact: true }).check()
    await platforms.getByRole('checkbox', { name: 'TikTok', exact: true }).check()
    const answer = page.waitForResponse((response) => response.request().method() === 'POST')
    await page.getByRole('button', { name: 'Show my bio' }).click()
    const posted = await answer

    await expect(page.locator('.bio-result h4')).toHaveText(['X', 'TikTok'])
    await expect(result(page, 'X').getByText(/\d+ \/ 160 characters/)).toBeVisible()
    await expect(result(page, 'TikTok').getByText(/\d+ \/ 80 characters/)).toBeVisible()
    // Markup typed into a field comes back as text.
    await expect(result(page, 'X').locator('.bio-result__text')).toContainText(name)
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect(platforms.getByRole('checkbox', { name: 'Bluesky', exact: true })).not.toBeChecked()

    // Both answers came from POSTs to the page itself; no URL carried a typed value.
    expect(requests.filter((sent) => sent.method === 'POST').map((sent) => new URL(sent.url).pathname)).toEqual([PAGE, PAGE])
    for (const { url } of requests) {
      const decoded = decodeURIComponent(url)
      for (const typed of ['Zebedee', 'zebedee@example.org', 'not-an-email', 'Riverside', 'alert(1)']) expect(decoded).not.toContain(typed)
    }
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(PAGE)
    // The answer is for this person only: not cacheable, and the public page stays as it was.
    expect(posted.headers()['cache-control']).toContain('no-store')
    const fresh = await request.get(PAGE)
    expect(fresh.status()).toBe(200)
    expect(await fresh.text()).not.toContain('Zebedee')
    await context.close()
  })

  test('the answer to a posted form, errors and bios, is axe-clean', async ({ page }) => {
    // axe needs script in the page, which a context without JavaScript refuses; blocking the
    // app's bundles instead leaves the form unhydrated, so the browser posts it as it would
    // without JavaScript.
    await page.route('**/_next/static/**/*.js', (route) => route.abort())
    await page.goto(PAGE)
    await page.getByLabel('Your name', { exact: true }).fill('Cllr Zebedee Quartermain')
    await page.getByLabel('Your role', { exact: true }).fill('Councillor for Riverside')
    await page.getByLabel('Email for casework').fill('not-an-email')
    const answer = page.waitForResponse((response) => response.request().method() === 'POST')
    await page.getByRole('button', { name: 'Show my bio' }).click()
    expect((await answer).status()).toBe(200)
    await expect(page.getByRole('alert').getByRole('link', { name: /Enter an email address in the correct format/ })).toBeVisible()
    await expect(result(page, 'X').getByText(/\d+ \/ 160 characters/)).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a POST that is not the form gets a 4xx, never a 500', async ({ request }) => {
    const answers: Record<string, number> = {}
    const post = async (label: string, options: Parameters<typeof request.post>[1]) => {
      answers[label] = (await request.post(PAGE, { ...options, maxRedirects: 0 })).status()
    }
    await post('no body', {})
    await post('text/plain', { headers: { 'content-type': 'text/plain' }, data: 'name=x&role=y' })
    await post('JSON', { data: { name: 'x' } })
    await post('url-encoded', { form: { name: 'x', role: 'y', platform: 'x' } })
    await post('multipart without an action', { multipart: { name: 'x', role: 'y' } })
    await post('broken multipart', { headers: { 'content-type': 'multipart/form-data; boundary=zzz' }, data: '--zzz\r\nnonsense' })
    await post('3 MB body', { multipart: { name: 'x'.repeat(3 * 1024 * 1024) } })
    expect(answers).toEqual({
      'no body': 415,
      'text/plain': 415,
      JSON: 415,
      'url-encoded': 415,
      'multipart without an action': 400,
      'broken multipart': 400,
      '3 MB body': 413,
    })
    // The page itself is untouched by all that.
    expect((await request.get(PAGE)).status()).toBe(200)
  })
})
