import { expect, test } from './journey'

import { deleteOrFail, liveAdminToken, publishPage, signInToAdmin, tenantIdOf } from './helpers'

/**
 * A platform admin keeps the national toolkit current: the dashboard lists national pages past
 * their review date; they open one, check it, set "Last reviewed" to today, publish, and the
 * dashboard no longer lists it. The page is made for this journey (members-only, so the public
 * sites' page lists never show it) with a review date two years back.
 */
const suffix = Date.now().toString(36)
const reviewer = { email: `national-reviewer-${suffix}@example.org`, password: 'national-reviewer-password-3907' }
const title = `Review due ${suffix}`

let adminJwt = ''
let reviewerId = 0
let pageId = 0

test.describe('reviewing national pages', () => {
  test.beforeAll(async ({ request, baseURL }) => {
    adminJwt = await liveAdminToken(baseURL ?? '')
    const headers = { Authorization: `JWT ${adminJwt}` }
    const created = await request.post('/api/users', { headers, data: { ...reviewer, roles: ['platform-admin'] } })
    expect(created.status(), await created.text()).toBe(201)
    reviewerId = ((await created.json()) as { doc: { id: number } }).doc.id

    const national = await tenantIdOf(request, adminJwt, 'national')
    pageId = await publishPage(request, adminJwt, { tenant: national, slug: `review-due-${suffix}`, title, welsh: `Adolygu ${suffix}` })
    const dated = await request.patch(`/api/pages/${pageId}?locale=en`, { headers, data: { audience: 'members', lastReviewed: '2024-11-15T12:00:00.000Z' } })
    expect(dated.status(), await dated.text()).toBe(200)
  })

  test.afterAll(async ({ request }) => {
    await deleteOrFail(request, `/api/pages/${pageId}`, adminJwt)
    await deleteOrFail(request, `/api/users/${reviewerId}`, adminJwt)
  })

  test('a platform admin finds an overdue national page on the dashboard, marks it reviewed, and it leaves the list', async ({ page, clicks }) => {
    test.setTimeout(180_000)
    await signInToAdmin(page, reviewer)

    const panel = page.getByRole('region', { name: 'National pages to review' })
    await expect(panel).toBeVisible({ timeout: 60_000 })
    const item = panel.getByRole('listitem').filter({ hasText: title })
    await expect(item).toContainText('last reviewed 15 November 2024')
    await item.getByRole('link', { name: title }).click()

    await expect(page).toHaveURL(new RegExp(`/admin/collections/pages/${pageId}`), { timeout: 60_000 })
    const reviewed = page.getByRole('textbox', { name: 'Last reviewed' })
    // The date reads the UK way, month spelled out: 02/12/2026 would be ambiguous.
    await expect(reviewed).toHaveValue('15 November 2024', { timeout: 60_000 })
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date())
    await reviewed.fill(today)
    await reviewed.press('Enter')
    await expect(reviewed).toHaveValue(today)
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.getByText(/updated successfully|published successfully/i).first()).toBeVisible({ timeout: 30_000 })

    // Back by the logo at the start of the breadcrumb (Payload gives that link no accessible name:
    // its "Dashboard" title sits on an inner span, which Chromium does not count).
    await page.locator('a.step-nav__home').click()
    await expect(page).toHaveURL(/\/admin\/?$/)
    await expect(panel).toBeVisible({ timeout: 60_000 })
    await expect(panel.getByRole('link', { name: title })).toHaveCount(0)
    expect(clicks.count()).toBeGreaterThan(0)
  })
})
