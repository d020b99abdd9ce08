import { expect, test } from './journey'

import { expectNoAxeViolations, liveAdminToken, openMenu, signInToAdmin, completeAdminSecondStep, waitForEmailTo, adminCredentials, deleteOrFail } from './helpers'

/**
 * A new council's first hour, as the people do it: a platform admin opens the council and invites
 * the person who will run it in one form (Tenants → "Open a new council"); that person accepts
 * the emailed link, lands in the admin and finds the setup list on the dashboard, each item a
 * link; the Users list shows people by role.
 */
const suffix = Date.now().toString(36)
const council = { name: `Glan Môr ${suffix}`, slug: `glan-mor-${suffix}` }
const firstAdmin = { email: `first-hour-${suffix}@example.org`, password: 'first-hour-admin-password-5523' }

test.describe('a new council\'s first hour', () => {
  test.afterAll(async ({ request, baseURL }) => {
    const token = await liveAdminToken(baseURL ?? '')
    const headers = { Authorization: `JWT ${token}` }
    const found = await request.get(`/api/tenants?where[slug][equals]=${council.slug}&depth=0`, { headers })
    const tenant = ((await found.json()) as { docs: { id: number }[] }).docs[0]
    await deleteOrFail(request, `/api/users?where[email][equals]=${encodeURIComponent(firstAdmin.email)}`, token)
    if (tenant) {
      await deleteOrFail(request, `/api/invitations?where[tenant][equals]=${tenant.id}`, token)
      await request.patch(`/api/tenants/${tenant.id}`, { headers, data: { active: false } })
      await deleteOrFail(request, `/api/tenants/${tenant.id}`, token)
    }
  })

  test('a platform admin opens a council in one step; its admin accepts and sees what to set up', async ({ page, browser }) => {
    test.setTimeout(240_000)
    await signInToAdmin(page, adminCredentials())
    await openMenu(page)
    await page.getByRole('link', { name: 'Tenants', exact: true }).first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/tenants/)
    await page.getByRole('link', { name: 'Open a new council and invite its admin' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Open a new council or party' })).toBeVisible()

    // Nothing filled in: every missing field is named, in a summary that takes focus.
    await page.getByRole('button', { name: 'Open the council and send the invitation' }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'The council was not opened' })
    await expect(summary).toBeFocused()
    await expect(summary).toContainText('Enter the council or party’s name.')
    await expect(summary).toContainText('Choose the nation')
    await expectNoAxeViolations(page)

    await page.getByLabel('Name', { exact: true }).fill(council.name)
    // The address follows the name until it is changed by hand.
    await expect(page.getByLabel('Address on the site')).toHaveValue(council.slug)
    await page.getByLabel('Nation').selectOption('wales')
    // A council in Wales offers Welsh from the start.
    await expect(page.getByRole('checkbox', { name: /Cymraeg/ })).toBeChecked()
    await page.getByLabel('Their name (optional)').fill('Nia Jones')
    await page.getByLabel('Their email address').fill('nia@')
    await page.getByRole('button', { name: 'Open the council and send the invitation' }).click()
    await expect(page.locator('#new-council-adminEmail-error')).toBeVisible()
    // Nothing typed is lost.
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(council.name)
    await page.screenshot({ path: '/tmp/first-hour-form-error.png', fullPage: true })

    await page.getByLabel('Their email address').fill(firstAdmin.email)
    await page.getByRole('button', { name: 'Open the council and send the invitation' }).click()
    await expect(page.getByRole('heading', { name: `${council.name} is open` })).toBeFocused()
    await expectNoAxeViolations(page)
    await page.screenshot({ path: '/tmp/first-hour-opened.png', fullPage: true })

    const email = await waitForEmailTo(firstAdmin.email, 30_000)
    const href = [...(email.html ?? '').matchAll(/href="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&')).find((link) => link.includes('/invitation/'))
    if (!href) throw new Error('No invitation link in the email')
    const link = new URL(href)

    const context = await browser.newContext()
    try {
      const admin = await context.newPage()
      await admin.goto(`${link.pathname}${link.search}`, { waitUntil: 'networkidle' })
      await admin.getByLabel('New password', { exact: true }).fill(firstAdmin.password)
      await admin.getByLabel('Type the password again').fill(firstAdmin.password)
      await admin.getByRole('button', { name: 'Accept and sign in' }).click()
      // A council admin sets up two-step sign-in before the admin opens.
      await expect(admin.getByRole('heading', { name: 'Set up two-step sign-in' })).toBeVisible({ timeout: 60_000 })
      await completeAdminSecondStep(admin, firstAdmin.email)
      await expect(admin).toHaveURL(/\/admin\/?$/, { timeout: 60_000 })

      const setup = admin.getByRole('region', { name: `Setting up ${council.name}` })
      await expect(setup).toBeVisible({ timeout: 30_000 })
      await expect(setup).toContainText('of 8 done')
      // Wales: Welsh is already on, so languages is done; the police contact is not.
      await expect(setup.locator('[data-setup="languages"]')).toHaveAttribute('data-done', 'true')
      await expect(setup.locator('[data-setup="police-force"]')).toHaveAttribute('data-done', 'false')
      await expect(setup.getByRole('link', { name: /Invite an officer to receive councillors’ incident reports/ })).toBeVisible()
      await expectNoAxeViolations(admin, { within: '.setup-panel' })
      await admin.screenshot({ path: '/tmp/first-hour-dashboard.png', fullPage: true })

      // Each item is a link to where it is done.
      await setup.getByRole('link', { name: /Invite your councillors/ }).click()
      await expect(admin).toHaveURL(/\/admin\/import-invitations/)

      // The Users list shows people by role.
      await admin.goto('/admin/collections/users', { waitUntil: 'networkidle' })
      const byRole = admin.getByRole('navigation', { name: 'Show people by role' })
      await byRole.getByRole('link', { name: 'Tenant admins' }).click()
      await expect(admin).toHaveURL(/tenants\.roles/)
      await expect(admin.getByRole('navigation', { name: 'Show people by role' }).getByRole('link', { name: 'Tenant admins' })).toHaveAttribute('aria-current', 'page')
      await expect(admin.getByText(firstAdmin.email).first()).toBeVisible()
      await admin.getByRole('navigation', { name: 'Show people by role' }).getByRole('link', { name: 'Councillors' }).click()
      await expect(admin.getByText(firstAdmin.email)).toHaveCount(0)
      await expectNoAxeViolations(admin, { within: '.role-filter' })
      await admin.screenshot({ path: '/tmp/first-hour-users-by-role.png', fullPage: true })
    } finally {
      await context.close()
    }
  })
})
