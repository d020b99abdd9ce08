import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { adminToken } from './helpers'

/**
 * Councillors sign in on their council's site to read its members-only pages and contacts.
 * Each run makes its own users, so nothing depends on what earlier runs left behind.
 */
const stamp = Date.now()
const password = 'members-area-password-2026'
const county = { email: `councillor-county-${stamp}@example.org`, slug: 'example-county' }
const borough = { email: `councillor-borough-${stamp}@example.org`, slug: 'example-borough' }
const membersPage = '/example-county/en/members/personal-safety-support'

async function tenantId(request: APIRequestContext, token: string, slug: string): Promise<number> {
  const response = await request.get(`/api/tenants?where[slug][equals]=${slug}&limit=1`, { headers: { Authorization: `JWT ${token}` } })
  const id = ((await response.json()) as { docs: { id: number }[] }).docs[0]?.id
  if (id === undefined) throw new Error(`${slug} is not seeded`)
  return id
}

async function createUser(request: APIRequestContext, email: string, tenantSlug: string, role: 'councillor' | 'editor') {
  const token = await adminToken(request)
  const tenant = await tenantId(request, token, tenantSlug)
  const response = await request.post('/api/users', {
    headers: { Authorization: `JWT ${token}` },
    data: { email, password, tenants: [{ tenant, roles: [role] }] },
  })
  expect(response.status(), await response.text()).toBe(201)
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
}

async function signIn(page: Page, email: string, secret = password) {
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password').fill(secret)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

test.describe('the members\' area', () => {
  test.describe.configure({ mode: 'serial' })

  test.beforeAll(async ({ request }) => {
    await createUser(request, county.email, county.slug, 'councillor')
    await createUser(request, borough.email, borough.slug, 'councillor')
  })

  test('anonymous: a members-only page is absent, and the visitor is asked to sign in', async ({ page, request }) => {
    const direct = await request.get(membersPage, { maxRedirects: 0 })
    expect(direct.status()).toBe(307)
    expect(direct.headers()['location']).toContain('/example-county/en/login?next=')
    expect(await direct.text()).not.toContain('Personal safety support')
    // Nor is it anywhere on the public site, nor its members-only contact.
    for (const path of ['/example-county/en', '/example-county/en/contacts', '/example-county/en/personal-safety-support']) {
      const response = await request.get(path)
      const html = await response.text()
      expect(html, path).not.toContain('Personal safety support for members')
      expect(html, path).not.toContain('member.support@example.gov.uk')
    }
    await page.goto(membersPage)
    await expect(page).toHaveURL(/\/example-county\/en\/login\?next=/)
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in to the members\' area' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('the form says which field is wrong and keeps the email typed', async ({ page }) => {
    await page.goto('/example-county/en/login', { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: 'Sign in' }).click()
    const summary = page.getByRole('alert', { name: 'There is a problem' })
    await expect(summary).toContainText('Enter your email address')
    await expect(summary).toContainText('Enter your password')
    await expect(summary).toBeFocused()

    await signIn(page, county.email, 'not-the-password')
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('The email address or password is not right')
    await expect(page.getByLabel('Email address')).toHaveValue(county.email)
    await expect(page.getByLabel('Password')).toHaveValue('')
    await expectNoAxeViolations(page)
  })

  test('after repeated wrong passwords the form asks a councillor on a phone to wait (never a lock)', async ({ page, request }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    const harassed = `councillor-harassed-${stamp}@example.org`
    await createUser(request, harassed, county.slug, 'councillor')
    // Someone else guesses through the API until the account's wait outlasts a request (the wait
    // doubles after the fifth failure: 1 s, 2 s, 4 s, 8 s …).
    const statuses: number[] = []
    for (let attempt = 0; attempt < 12 && !statuses.includes(429); attempt++) {
      statuses.push((await request.post('/api/users/login', { data: { email: harassed, password: `wrong-${attempt}` } })).status())
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses).toContain(429)
    await page.goto('/example-county/en/login', { waitUntil: 'networkidle' })
    await signIn(page, harassed)
    const alert = page.getByRole('alert', { name: 'There is a problem' })
    await expect(alert).toContainText('Too many attempts to sign in. Try again in')
    await expect(alert).toBeInViewport()
    await expect(page).toHaveURL(/\/example-county\/en\/login/)
    await expectNoAxeViolations(page)
  })

  test('a councillor of another council is refused here, and gets a 404 for this council\'s pages', async ({ page }) => {
    await page.goto('/example-county/en/login', { waitUntil: 'networkidle' })
    await signIn(page, borough.email)
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('This account is not a member of Example County Council')

    await page.goto('/example-borough/en/login', { waitUntil: 'networkidle' })
    await signIn(page, borough.email)
    await expect(page).toHaveURL(/\/example-borough\/en\/members$/)
    await expect(page.getByText('member.support@example.gov.uk')).toBeVisible()
    const response = await page.goto(membersPage)
    expect(response?.status()).toBe(404)
    await expect(page.getByText('Personal safety support for members')).toHaveCount(0)
  })

  test('a councillor of the council reads its members-only page and contacts, in English and Welsh, then signs out', async ({ page }) => {
    await page.goto(membersPage)
    await page.waitForLoadState('networkidle')
    await signIn(page, county.email)
    // Back to the page that was asked for.
    await expect(page).toHaveURL(membersPage)
    await expect(page.getByRole('heading', { level: 1, name: 'Personal safety support for members' })).toBeVisible()
    await expect(page.getByText(`Signed in as ${county.email}`)).toBeVisible()
    // After the sign-in action's redirect the title arrives with the streamed metadata.
    await expect(page).toHaveTitle('Personal safety support for members · Example County Council')
    await expectNoAxeViolations(page)

    await page.goto('/example-county/cy/members')
    await expect(page.getByRole('heading', { level: 1, name: 'Ardal yr aelodau' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Cymorth diogelwch personol i aelodau' })).toBeVisible()
    await expect(page.getByText('member.support@example.gov.uk')).toBeVisible()
    await expectNoAxeViolations(page)

    // The cached public contacts page stays public even for a signed-in councillor.
    const contacts = await page.request.get('/example-county/en/contacts')
    expect(await contacts.text()).not.toContain('member.support@example.gov.uk')

    await page.getByRole('button', { name: 'Allgofnodi' }).click()
    await expect(page).toHaveURL(/\/example-county\/cy$/)
    await page.goto('/example-county/en/members')
    await expect(page).toHaveURL(/\/example-county\/en\/login/)
  })

  test('without JavaScript the form posts, answers with its errors, and signs in', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/example-county/en/login')
    await signIn(page, county.email, 'wrong-password')
    await expect(page.getByText('The email address or password is not right')).toBeVisible()
    await expect(page.getByLabel('Email address')).toHaveValue(county.email)
    await signIn(page, county.email)
    await expect(page).toHaveURL(/\/example-county\/en\/members$/)
    await expect(page.getByRole('link', { name: 'Personal safety support for members' })).toBeVisible()
    await context.close()
  })
})

test('posts that cannot be the sign-in form get a 4xx, never a 500', async ({ request }) => {
  const url = '/example-county/en/login'
  expect((await request.post(url, { form: { email: 'a@example.org', password: 'x' } })).status()).toBe(415)
  expect((await request.post(url, { multipart: { email: 'a@example.org', password: 'x' } })).status()).toBe(400)
  expect((await request.post(url, { multipart: { email: 'x'.repeat(40_000) } })).status()).toBe(413)
})

test.describe('an editor keeps contacts current', () => {
  test('changing the Monitoring Officer\'s number in the admin shows on the contacts page', async ({ page, request }) => {
    const editor = `editor-county-${stamp}@example.org`
    await createUser(request, editor, 'example-county', 'editor')
    const token = await adminToken(request)
    const county = await tenantId(request, token, 'example-county')
    const found = await request.get(`/api/contacts?where[tenant][equals]=${county}&where[kind][equals]=monitoring-officer&limit=1`, {
      headers: { Authorization: `JWT ${token}` },
    })
    const officer = ((await found.json()) as { docs: { id: number; phone?: string | null }[] }).docs[0]
    if (!officer) throw new Error('example-county has no Monitoring Officer')

    await page.goto('/admin/login', { waitUntil: 'networkidle' })
    await page.getByLabel('Email').fill(editor)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto(`/admin/collections/contacts/${officer.id}`, { waitUntil: 'networkidle' })
    await page.getByLabel('Phone').fill('029 2000 1234')
    const [saved] = await Promise.all([
      page.waitForResponse((response) => response.url().includes(`/api/contacts/${officer.id}`) && response.request().method() === 'PATCH'),
      page.getByRole('button', { name: 'Save' }).click(),
    ])
    expect(saved.status()).toBe(200)

    try {
      await expect(async () => {
        await page.goto('/example-county/en/contacts')
        const card = page.locator('.contact-list > li').filter({ has: page.getByRole('heading', { name: 'Monitoring Officer' }) })
        await expect(card.getByRole('link', { name: 'Call 029 2000 1234' })).toHaveAttribute('href', 'tel:+442920001234')
      }).toPass({ timeout: 10_000 })
    } finally {
      await request.patch(`/api/contacts/${officer.id}`, { headers: { Authorization: `JWT ${token}` }, data: { phone: officer.phone ?? null } })
    }
  })
})
