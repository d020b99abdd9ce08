import AxeBuilder from '@axe-core/playwright'
import sharp from 'sharp'

import { deleteOrFail, liveAdminToken, openMenu, signInToAdmin } from './helpers'
import { expect, test } from './journey'

/**
 * A tenant admin brands their council in the admin: a primary colour too light for white text is
 * refused at the field, in full, while they type (before any save, so the server never refuses
 * one: Payload logs a refused save as an error, which this journey would count); a darker one
 * passes; they upload a logo from the logo field; and the site shows both.
 * The tenant and its admin are made for this journey and deleted afterwards.
 */
const suffix = Date.now().toString(36)
const slug = `branding-journey-${suffix}`
const name = `Branding Journey Council ${suffix}`
const tenantAdmin = { email: `branding-admin-${suffix}@example.org`, password: 'branding-admin-password-6624' }

let adminJwt = ''
let tenantId = 0
let userId = 0
const asAdmin = () => ({ Authorization: `JWT ${adminJwt}` })

test.describe('branding a council in the admin', () => {
  test.beforeAll(async ({ request, baseURL }) => {
    adminJwt = await liveAdminToken(baseURL ?? '')
    const tenant = await request.post('/api/tenants', {
      headers: asAdmin(),
      data: { name, slug, kind: 'council', nation: 'england', locales: ['en'], defaultLocale: 'en', active: true },
    })
    expect(tenant.status(), await tenant.text()).toBe(201)
    tenantId = ((await tenant.json()) as { doc: { id: number } }).doc.id
    const user = await request.post('/api/users', { headers: asAdmin(), data: { ...tenantAdmin, tenants: [{ tenant: tenantId, roles: ['tenant-admin'] }] } })
    expect(user.status(), await user.text()).toBe(201)
    userId = ((await user.json()) as { doc: { id: number } }).doc.id
  })

  test.afterAll(async ({ request }) => {
    if (userId) await deleteOrFail(request, `/api/users/${userId}`, adminJwt)
    if (tenantId) {
      // The tenant admin left the tenant open in the admin, which holds Payload's edit lock on it.
      await request.patch(`/api/tenants/${tenantId}?overrideLock=true`, { headers: asAdmin(), data: { active: false } })
      await deleteOrFail(request, `/api/tenants/${tenantId}`, adminJwt)
    }
  })

  test('a tenant admin reads the contrast refusal at the field, picks a colour that passes, uploads a logo, and sees both on the site', async ({ page, clicks }) => {
    await signInToAdmin(page, tenantAdmin)
    await openMenu(page)
    await page.getByRole('link', { name: 'Tenants', exact: true }).first().click()
    // The dashboard's council panel names the council too (its heading and View site link): wait
    // for the list, then open the council from the list's own row, or a fast click lands on the site.
    await expect(page).toHaveURL(/\/admin\/collections\/tenants(\?|$)/, { timeout: 30_000 })
    await page.getByRole('row').filter({ hasText: name }).getByRole('link', { name, exact: true }).first().click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/tenants/${tenantId}`))

    const primary = page.getByRole('textbox', { name: /Primary Colour/ })
    await expect(primary).toHaveValue('#1d4f91', { timeout: 30_000 })
    const field = page.locator('.colour-field').filter({ has: primary })
    await expect(field.getByRole('status')).toContainText(/White text on this colour: contrast \d+(\.\d+)?:1/)

    await primary.fill('#ffdd00')
    const refusal = field.getByRole('alert')
    await expect(refusal).toHaveText(/^White text on #ffdd00 has a contrast of 1\.\d+:1; it needs at least 4\.5:1\. Choose a darker colour\.$/)
    await page.screenshot({ path: test.info().outputPath('colour-refused.png'), fullPage: true })
    const axe = await new AxeBuilder({ page }).include('.colour-field').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])

    await primary.fill('#0b5c3b')
    await expect(refusal).toHaveCount(0)
    await expect(field.getByRole('status')).toContainText(/contrast \d+(\.\d+)?:1, at least the 4\.5:1 WCAG AA asks for/)

    // The logo: made new from the logo field, in this council's media.
    // White, so that it stands out on the green header in the screenshot.
    const logo = await sharp({ create: { width: 120, height: 40, channels: 3, background: '#ffffff' } }).png().toBuffer()
    const logoField = page.locator('.field-type.upload').filter({ hasText: 'Logo' })
    await logoField.getByRole('button', { name: /Create New/i }).click()
    const drawer = page.locator('.doc-drawer').filter({ hasText: 'Creating new Media' })
    await drawer.locator('input[type="file"]').setInputFiles({ name: `logo-${suffix}.png`, mimeType: 'image/png', buffer: logo })
    await drawer.locator('input#field-alt').fill(`${name} logo`)
    await drawer.getByRole('button', { name: 'Save' }).click()
    await expect(drawer).toBeHidden({ timeout: 30_000 })
    await expect(logoField).toContainText(`logo-${suffix}`)

    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText(/updated successfully/i).first()).toBeVisible({ timeout: 30_000 })
    await page.screenshot({ path: test.info().outputPath('branding-saved.png'), fullPage: true })
    console.log(`clicks to brand a council (colour and logo): ${clicks.count()}`)

    await page.goto(`/${slug}/en`)
    await expect(page.locator('.site-name img')).toHaveAttribute('src', new RegExp(`logo-${suffix}`))
    expect(await page.locator('body').getAttribute('style')).toContain('#0b5c3b')
    await page.screenshot({ path: test.info().outputPath('branded-site.png') })
  })
})
