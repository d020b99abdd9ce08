import type { Locator, Page } from '@playwright/test'

import { adminCredentials, deleteOrFail, expectNoAxeViolations, liveAdminToken, signInToAdmin, tenantIdOf } from './helpers'
import { expect, test } from './journey'

/**
 * The editor's dashboard: an editor of example-county signs in and the first thing on the
 * dashboard is their council, a link to its site and what needs doing there. They follow the
 * stale-contacts item to the contact, verify it, come back, and the count has dropped.
 * The contact made for this journey is deleted afterwards.
 */
const suffix = Date.now().toString(36)
const editor = { email: `dashboard-editor-${suffix}@example.org`, password: 'dashboard-editor-password-3318' }
const label = `Dashboard journey helpline ${suffix}`

let adminJwt = ''
let editorId = 0
let contactId = 0
const asAdmin = () => ({ Authorization: `JWT ${adminJwt}` })

/** The number an open checklist item starts with; 0 when it is among the done items. */
async function countOf(item: Locator): Promise<number> {
  const link = item.getByRole('link')
  if ((await link.count()) === 0) return 0
  return Number(/^(\d+) /.exec(await link.innerText())?.[1] ?? Number.NaN)
}

const panelIsAxeClean = (page: Page) => expectNoAxeViolations(page, { within: '.council-panel' })

test.describe('the editor\'s dashboard', () => {
  test.beforeAll(async ({ request, baseURL }) => {
    adminJwt = await liveAdminToken(baseURL ?? '')
    const county = await tenantIdOf(request, adminJwt, 'example-county')
    const created = await request.post('/api/users', { headers: asAdmin(), data: { ...editor, tenants: [{ tenant: county, roles: ['editor'] }] } })
    expect(created.status(), await created.text()).toBe(201)
    editorId = ((await created.json()) as { doc: { id: number } }).doc.id
    // A contact last checked over a year ago: stale whatever the council's period.
    const contact = await request.post('/api/contacts', { headers: asAdmin(), data: { tenant: county, kind: 'other', label, phone: '0300 123 4568' } })
    expect(contact.status(), await contact.text()).toBe(201)
    contactId = ((await contact.json()) as { doc: { id: number } }).doc.id
    const aged = await request.patch(`/api/contacts/${contactId}`, { headers: asAdmin(), data: { lastVerifiedAt: new Date(Date.now() - 400 * 86_400_000).toISOString() } })
    expect(aged.status(), await aged.text()).toBe(200)
  })

  test.afterAll(async ({ request }) => {
    if (contactId) await deleteOrFail(request, `/api/contacts/${contactId}`, adminJwt)
    if (editorId) await deleteOrFail(request, `/api/users/${editorId}`, adminJwt)
  })

  test('an editor sees what needs doing, follows the stale contacts to one, verifies it, and the count drops', async ({ page, clicks }) => {
    await signInToAdmin(page, editor)

    const panel = page.getByRole('region', { name: 'Example County' })
    await expect(panel).toBeVisible({ timeout: 60_000 })
    await expect(panel.getByRole('link', { name: /^View site/ })).toHaveAttribute('href', '/example-county/en')
    const staleItem = panel.locator('[data-checklist="stale-contacts"]')
    await expect(staleItem.getByRole('link')).toHaveText(/^\d+ contacts? not verified in the last \d+ days/)
    // Example County offers Welsh: its translation item is there, Gaelic's is not.
    await expect(panel.locator('[data-checklist="translation-cy"]')).toContainText('Welsh (Cymraeg)')
    await expect(panel.locator('[data-checklist="translation-gd"]')).toHaveCount(0)
    await expect(panel.locator('[data-checklist="untailored-templates"]')).toBeVisible()
    const before = await countOf(staleItem)
    expect(before).toBeGreaterThanOrEqual(1)
    await page.screenshot({ path: test.info().outputPath('dashboard.png'), fullPage: true })
    await panelIsAxeClean(page)

    await staleItem.getByRole('link').click()
    await expect(page).toHaveURL(/\/admin\/collections\/contacts\?/)
    await page.getByRole('link', { name: label }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/contacts/${contactId}`))
    const verify = page.getByRole('button', { name: 'Verified today' })
    await expect(verify).toBeEnabled({ timeout: 30_000 })
    await verify.click()
    await expect(page.getByText(/^Last verified \d{1,2} \w+ \d{4} at \d{2}:\d{2}$/)).toBeVisible({ timeout: 30_000 })

    // Back to the dashboard by the admin's own home link, as a person would.
    await page.locator('a.step-nav__home').click()
    await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
    await expect(panel).toBeVisible({ timeout: 60_000 })
    const after = await countOf(staleItem)
    // Another test may verify a county contact meanwhile; this one's verification alone makes it fewer.
    expect(after).toBeLessThan(before)
    console.log(`stale contacts on the dashboard: ${before} before, ${after} after; clicks: ${clicks.count()}`)
  })

  test('a platform admin who has chosen no council sees the national toolkit\'s list and how to choose a council', async ({ page }) => {
    await signInToAdmin(page, adminCredentials())
    const panel = page.getByRole('region', { name: 'National toolkit' })
    await expect(panel).toBeVisible({ timeout: 60_000 })
    await expect(panel).toContainText('Choose a council in the tenant selector')
    await expect(panel.locator('[data-checklist="stale-contacts"]')).toBeVisible()
    // The baseline has no site, and tailoring is a council's business.
    await expect(panel.getByRole('link', { name: /^View site/ })).toHaveCount(0)
    await expect(panel.locator('[data-checklist="drifted-pages"], [data-checklist="untailored-templates"]')).toHaveCount(0)
    await page.screenshot({ path: test.info().outputPath('dashboard-platform-admin.png'), fullPage: true })
    await panelIsAxeClean(page)
  })
})
