import AxeBuilder from '@axe-core/playwright'

import { expect, test } from './journey'

import { liveAdminToken, openMenu, signInToAdmin, tenantIdOf, waitForEmailTo } from './helpers'

/**
 * Resend's webhook, end to end on the built server: a tenant admin invites someone at an address
 * that bounces (Resend's test address bounced@resend.dev); the capture server, playing Resend,
 * posts the signed `email.bounced` event to POST /api/resend/webhook; the tenant admin's dashboard
 * then names the address, their notice email does not, and the platform admin's outbox shows the
 * invitation as bounced.
 */
const suffix = Date.now().toString(36)
const tenantAdmin = { email: `bounce-admin-${suffix}@example.org`, password: 'bounce-admin-password-5821' }
const bouncing = 'bounced@resend.dev'

let adminJwt = ''
const created: number[] = []

test.describe('a bounced email', () => {
  test.describe.configure({ mode: 'serial' })

  test.beforeAll(async ({ request, baseURL }) => {
    adminJwt = await liveAdminToken(baseURL ?? '')
    const county = await tenantIdOf(request, adminJwt, 'example-county')
    const headers = { Authorization: `JWT ${adminJwt}` }
    // A run before this one may have left its invitation (the address is fixed: it is Resend's).
    await request.delete(`/api/invitations?where[email][equals]=${encodeURIComponent(bouncing)}`, { headers })
    const response = await request.post('/api/users', { headers, data: { ...tenantAdmin, tenants: [{ tenant: county, roles: ['tenant-admin'] }] } })
    expect(response.status(), await response.text()).toBe(201)
    created.push(((await response.json()) as { doc: { id: number } }).doc.id)
  })

  test.afterAll(async ({ request }) => {
    const headers = { Authorization: `JWT ${adminJwt}` }
    await request.delete(`/api/invitations?where[email][equals]=${encodeURIComponent(bouncing)}`, { headers })
    for (const id of created) await request.delete(`/api/users/${id}`, { headers })
  })

  test('reaches the tenant admin\'s dashboard and the platform admin\'s outbox', async ({ page, browser, baseURL }) => {
    test.setTimeout(240_000)
    await signInToAdmin(page, tenantAdmin)
    await openMenu(page)
    await page.getByRole('link', { name: 'Invitations', exact: true }).first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/invitations/)
    await page.getByRole('link', { name: 'Create New' }).first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/invitations\/create/)
    await page.getByLabel('Email').fill(bouncing)
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/invitations\/\d+/, { timeout: 30_000 })

    // Sent by the outbox's poller; the capture server then posts email.sent and email.bounced.
    await waitForEmailTo(bouncing, 30_000)
    const notice = await waitForEmailTo(tenantAdmin.email, 30_000, 'could not be delivered')
    for (const part of [notice.subject, notice.html ?? '', notice.text ?? '']) expect(part).not.toContain(bouncing)

    await page.goto('/admin')
    const panel = page.getByRole('region', { name: 'Emails that were not delivered' })
    await expect(panel).toBeVisible()
    await expect(panel).toContainText(bouncing)
    await expect(panel).toContainText('invitation, returned')
    await page.screenshot({ path: 'test-results/bounced-emails-panel.png', fullPage: true })
    // Axe on the new panel: Payload's own header (its locale picker) has findings that are not this feature's.
    const axe = await new AxeBuilder({ page }).include('[data-testid="bounced-emails"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(axe.violations.map((violation) => violation.id)).toEqual([])

    // The platform admin's outbox: the invitation's row says bounced.
    const context = await browser.newContext()
    const platform = await context.newPage()
    const token = await liveAdminToken(baseURL ?? '')
    await context.addCookies([{ name: 'payload-token', value: token, url: baseURL ?? '' }])
    await platform.goto(`/admin/collections/email-outbox?where[to][equals]=${encodeURIComponent(bouncing)}`)
    const row = platform.locator('tbody tr').filter({ hasText: bouncing }).first()
    await expect(row).toContainText('bounced')
    await expect(row).toContainText('invitation')
    await context.close()
  })
})
