import type { APIRequestContext, Page } from '@playwright/test'

import { adminCredentials, deleteOrFail, loginToken, signInToAdmin, tenantIdOf } from './helpers'
import { expect, test } from './journey'

/**
 * The national toolkit in the admin, as a new editor of example-county meets it: found from the
 * admin's own navigation, tailored with one action, edited, previewed at a phone's width,
 * published, and read on the site. Each journey's clicks and time are counted and printed by the journey fixture, which also
 * fails it on any server error logged meanwhile.
 * The copies made here are deleted afterwards, so the site shows the national text again.
 */
const suffix = Date.now().toString(36)
const editor = { email: `toolkit-journey-${suffix}@example.org`, password: 'toolkit-journey-password-5521' }
let adminJwt = ''
let editorId = 0

const asAdmin = () => ({ Authorization: `JWT ${adminJwt}` })

async function logIn(page: Page) {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(editor.email)
  await page.getByLabel('Password').fill(editor.password)
  await page.getByRole('button', { name: 'Login' }).click()
  // At a 1280 px laptop width Payload starts a new user's navigation closed (the link is there
  // but inert): the editor opens the menu first.
  await page.getByRole('button', { name: 'Open Menu' }).click({ timeout: 60_000 })
  await expect(page.getByRole('link', { name: 'National toolkit' })).toBeVisible({ timeout: 60_000 })
}

async function deleteCopies(request: APIRequestContext, collection: string, where: string) {
  const found = await request.get(`/api/${collection}?${where}&depth=0&limit=10&draft=true`, { headers: asAdmin() })
  for (const doc of ((await found.json()) as { docs: { id: number }[] }).docs) await deleteOrFail(request, `/api/${collection}/${doc.id}`, adminJwt)
}

test.describe('the national toolkit, as an editor', () => {
  test.describe.configure({ mode: 'serial' })
  // Admin screens compile and hydrate slowly on a shared two-core machine.
  test.setTimeout(300_000)

  test.beforeAll(async ({ request, baseURL }) => {
    adminJwt = await loginToken(baseURL ?? '', adminCredentials())
    const county = await tenantIdOf(request, adminJwt, 'example-county')
    const response = await request.post('/api/users', { headers: asAdmin(), data: { ...editor, tenants: [{ tenant: county, roles: ['editor'] }] } })
    expect(response.status(), await response.text()).toBe(201)
    editorId = ((await response.json()) as { doc: { id: number } }).doc.id
  })

  test.afterAll(async ({ request }) => {
    const county = await tenantIdOf(request, adminJwt, 'example-county')
    await deleteCopies(request, 'pages', `where[tenant][equals]=${county}&where[slug][equals]=abuse-happening-now`)
    await deleteCopies(request, 'engagement-templates', `where[tenant][equals]=${county}&where[audience][equals]=councillor`)
    await deleteOrFail(request, `/api/users/${editorId}`, adminJwt)
  })

  test('tailor "Abuse happening now", add a local paragraph near the top, preview on a phone, publish, read it on the site', async ({ page, clicks }) => {
    const local = `Example County's out-of-hours line ${suffix}`
    await logIn(page)

    await page.getByRole('link', { name: 'National toolkit' }).click()
    await expect(page.getByRole('heading', { name: 'National toolkit', level: 1 })).toBeVisible()
    const row = page.getByRole('row', { name: /Abuse happening now/ })
    await expect(row).toContainText('National version')
    await page.screenshot({ path: test.info().outputPath('national-toolkit.png'), fullPage: true })
    await row.getByRole('button', { name: 'Tailor “Abuse happening now”' }).click()
    await page.waitForURL(/\/admin\/collections\/pages\/\d+/, { timeout: 60_000 })
    await expect(page.getByRole('textbox', { name: /Title/ })).toHaveValue('Abuse happening now')

    // Near the top: below the first block (the emergency callout), not at the end.
    // Payload's row menu button has no accessible name in 3.90; it is found by its class.
    await page.locator('#layout-row-0 .array-actions__button').first().click()
    await page.getByRole('button', { name: 'Add Below' }).click()
    await page.getByRole('button', { name: /^Text: paragraphs/ }).click()
    const paragraph = page.locator('#layout-row-1 [data-lexical-editor="true"]')
    await paragraph.click()
    await page.keyboard.type(local)

    await page.getByRole('button', { name: 'Live Preview' }).click()
    await page.locator('.live-preview-toolbar-controls__breakpoint button, .live-preview-toolbar-controls__breakpoint [role="button"]').first().click()
    await page.getByRole('button', { name: 'Phone (390 px)' }).click()
    // Payload 3.90 sizes the device frame at the breakpoint's width and draws a 1 px border around
    // the iframe, so its box is a little wider than 390: what proves a phone is the breakpoint
    // chosen and the frame's inner width (without the border) at most 390 px. The iframe keeps
    // its id only: Payload's IframeLoader replaces the class it is given with its own.
    await expect(page.locator('.live-preview-toolbar-controls__breakpoint')).toContainText('Phone (390 px)')
    await expect(page.locator('input[name="live-preview-width"]')).toHaveValue('390')
    const frame = page.locator('iframe#live-preview-iframe')
    await expect.poll(() => frame.evaluate((element) => element.clientWidth), { timeout: 30_000 }).toBeLessThanOrEqual(390)
    expect(await frame.evaluate((element) => element.clientWidth)).toBeGreaterThanOrEqual(380)
    await page.screenshot({ path: test.info().outputPath('phone-preview.png') })
    await expect(page.frameLocator('iframe#live-preview-iframe').getByText(local)).toBeVisible({ timeout: 60_000 })

    await page.getByRole('button', { name: 'Publish changes' }).click()
    const live = page.getByRole('link', { name: /View the live page/ })
    await expect(live).toBeVisible({ timeout: 60_000 })
    await expect(live).toHaveAttribute('href', '/example-county/en/abuse-happening-now')
    await page.screenshot({ path: test.info().outputPath('tailored-page-published.png') })
    console.log(`clicks to a published tailored page: ${clicks.count()}`)

    await page.goto('/example-county/en/abuse-happening-now')
    await expect(page.getByText(local)).toBeVisible()
    // Near the top: after the emergency callout, before the national steps.
    const text = await page.locator('main').innerText()
    expect(text.indexOf(local)).toBeGreaterThan(text.indexOf('In danger right now? Call 999'))
    // The police routing above the page's blocks asks "not in immediate danger?" too: the national
    // steps' own sentence is the last one on the page.
    expect(text.indexOf(local)).toBeLessThan(text.lastIndexOf('If you are not in immediate danger'))
  })

  test('tailor the councillors\' rules of engagement, change a rule in English and Welsh, publish, see it on the page and the infographic', async ({ page, clicks }) => {
    const english = `Replies within five working days ${suffix}.`
    const welsh = `Atebion o fewn pum diwrnod gwaith ${suffix}.`
    await logIn(page)

    await page.getByRole('link', { name: 'National toolkit' }).click()
    const councillors = page.getByRole('region', { name: 'Rules of engagement: councillors' })
    await councillors.getByRole('button', { name: /^Tailor/ }).click()
    await page.waitForURL(/\/admin\/collections\/engagement-templates\/\d+/, { timeout: 60_000 })

    const rule = page.locator('#field-rules__0__text')
    await rule.fill(english)
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expect(page.getByText(/saved successfully/i).first()).toBeVisible({ timeout: 60_000 })

    await page.locator('.localizer button, .localizer [role="button"]').first().click()
    await page.getByRole('button', { name: /Cymraeg/ }).click()
    await page.waitForURL(/locale=cy/)
    await expect(rule).not.toHaveValue(english)
    await rule.fill(welsh)
    await page.getByRole('button', { name: 'Publish changes' }).click()
    const live = page.getByRole('link', { name: /View the live page/ })
    await expect(live).toBeVisible({ timeout: 60_000 })
    // The councillors' rules are at the contract's address, in the language being edited.
    await expect(live).toHaveAttribute('href', '/example-county/cy/rules-of-engagement')
    console.log(`clicks to a published tailored template: ${clicks.count()}`)

    // The rule shows twice: in the list of rules and in the infographic's text description.
    await page.goto('/example-county/cy/rules-of-engagement')
    await expect(page.getByText(welsh).first()).toBeVisible()
    await page.goto('/example-county/en/rules-of-engagement')
    await expect(page.getByText(english).first()).toBeVisible()
    const svg = await page.request.get('/example-county/en/rules-of-engagement/infographic.svg')
    expect(svg.status()).toBe(200)
    expect(await svg.text()).toContain(english)
    const svgWelsh = await page.request.get('/example-county/cy/rules-of-engagement/infographic.svg')
    expect(await svgWelsh.text()).toContain(welsh)
  })
})

/**
 * Not a check: `MEASURE=1 npm test -- --only e2e tests/e2e/nationalToolkit.spec.ts` prints the
 * admin's time to open a national page and to tailor it (median of 5) for the lead's notes.
 */
test.describe('measure: opening and tailoring a national page', () => {
  test.skip(!process.env.MEASURE, 'set MEASURE=1 to measure')
  test.setTimeout(600_000)

  test('median of 5', async ({ page, request, baseURL }) => {
    adminJwt = await loginToken(baseURL ?? '', adminCredentials())
    const county = await tenantIdOf(request, adminJwt, 'example-county')
    const measurer = { email: `toolkit-measure-${suffix}@example.org`, password: editor.password }
    const created = await request.post('/api/users', { headers: asAdmin(), data: { ...measurer, tenants: [{ tenant: county, roles: ['editor'] }] } })
    const measurerId = ((await created.json()) as { doc: { id: number } }).doc.id
    const national = await request.get('/api/pages?where[slug][equals]=abuse-happening-now&where[tenant.kind][equals]=baseline&depth=0', { headers: asAdmin() })
    const nationalId = ((await national.json()) as { docs: { id: number }[] }).docs[0]?.id
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
    const open: number[] = []
    const tailor: number[] = []
    try {
      await signInToAdmin(page, measurer)
      for (let round = 0; round < 5; round++) {
        // Open: from asking for the national page to its form being usable (the Tailor action
        // is rendered by a client component, so it appearing enabled means the form has hydrated).
        let started = Date.now()
        await page.goto(`/admin/collections/pages/${nationalId}`)
        const tailorButton = page.getByRole('button', { name: 'Tailor this page' })
        await expect(tailorButton).toBeEnabled({ timeout: 60_000 })
        open.push(Date.now() - started)
        // Tailor: from the click to the council's copy open in its form. The copy has the same
        // title as the national page, so what proves the copy's form (not the national one still
        // on screen) is its own address and the tailored-only "hide" setting in its sidebar.
        started = Date.now()
        await tailorButton.click()
        await page.waitForURL((url) => {
          const id = /\/admin\/collections\/pages\/(\d+)/.exec(url.pathname)?.[1]
          return id !== undefined && Number(id) !== nationalId
        }, { timeout: 60_000 })
        await expect(page.getByRole('checkbox', { name: 'Hide the national page on our site' })).toBeVisible({ timeout: 60_000 })
        tailor.push(Date.now() - started)
        await deleteCopies(request, 'pages', `where[tenant][equals]=${county}&where[slug][equals]=abuse-happening-now`)
      }
    } finally {
      await deleteOrFail(request, `/api/users/${measurerId}`, adminJwt)
    }
    // Printed, never asserted: timings depend on the machine and what else it is running.
    console.log(`open a national page (address to usable form): median ${median(open)} ms of [${open.join(', ')}]`)
    console.log(`tailor it (click to the copy's form): median ${median(tailor)} ms of [${tailor.join(', ')}]`)
    expect(open).toHaveLength(5)
    expect(tailor).toHaveLength(5)
  })
})
