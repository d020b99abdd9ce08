import { expect, test } from '@playwright/test'

import { adminCredentials, loginToken, tenantIdOf } from './helpers'

/**
 * An editor of example-county changes the police non-emergency contact's number. "Verified today"
 * verifies what is saved, so it cannot be pressed while the change is unsaved; after the save it
 * records the editor and the time, and readers see the new number and date on the contacts page.
 * The contact is put back as seeded (101) afterwards.
 */
const suffix = Date.now().toString(36)
const editor = { email: `verify-editor-${suffix}@example.org`, password: 'verify-editor-password-4821' }
const label = 'Example Constabulary (non-emergency)'

let adminJwt = ''
let editorId = 0
let contactId = 0

test.describe('verifying a contact in the admin', () => {
  test.beforeAll(async ({ request, baseURL }) => {
    adminJwt = await loginToken(baseURL ?? '', adminCredentials())
    const headers = { Authorization: `JWT ${adminJwt}` }
    const county = await tenantIdOf(request, adminJwt, 'example-county')
    const created = await request.post('/api/users', { headers, data: { ...editor, tenants: [{ tenant: county, roles: ['editor'] }] } })
    expect(created.status(), await created.text()).toBe(201)
    editorId = ((await created.json()) as { doc: { id: number } }).doc.id
    const found = await request.get(`/api/contacts?where[tenant][equals]=${county}&where[kind][equals]=police-non-emergency&depth=0&limit=1`, { headers })
    const id = ((await found.json()) as { docs: { id: number }[] }).docs[0]?.id
    if (id === undefined) throw new Error('the county\'s police contact is not seeded')
    contactId = id
  })

  test.afterAll(async ({ request }) => {
    const headers = { Authorization: `JWT ${adminJwt}` }
    await request.patch(`/api/contacts/${contactId}`, { headers, data: { phone: '101' } })
    await request.delete(`/api/users/${editorId}`, { headers })
  })

  test('an editor changes the 101 number, cannot verify it unsaved, saves, verifies, and readers see the new number and date', async ({ page, browser }) => {
    await page.goto('/admin/login')
    await page.getByLabel('Email').fill(editor.email)
    await page.getByLabel('Password').fill(editor.password)
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)

    await page.getByRole('link', { name: 'Contacts', exact: true }).first().click()
    await page.getByRole('link', { name: label }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/contacts/${contactId}`))

    const phone = page.getByLabel('Phone')
    await expect(phone).toHaveValue('101')
    const verify = page.getByRole('button', { name: 'Verified today' })
    await expect(verify).toBeEnabled()

    // A save the server refuses leaves the button unavailable (it once re-enabled, and verified
    // the old number after a reload).
    await phone.fill('0300 12')
    await expect(verify).toBeDisabled()
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText(/too short/i).first()).toBeVisible()
    await expect(verify).toBeDisabled()

    await phone.fill('0300 123 2040')
    await expect(verify).toBeDisabled()
    await expect(page.getByText(/Save your changes first|Correct the errors/)).toBeVisible()

    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByText(/updated successfully/i).first()).toBeVisible()
    // Stored as +443001232040; shown as people write it.
    await expect(phone).toHaveValue('0300 123 2040')
    await expect(verify).toBeEnabled()

    await verify.click()
    await expect(page.getByText(/^Last verified \d{1,2} \w+ \d{4} at \d{2}:\d{2}$/)).toBeVisible()
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date())
    await expect(page.getByText(`Last verified ${today}`, { exact: false })).toBeVisible()

    const reader = await browser.newContext()
    try {
      const site = await reader.newPage()
      await site.goto('/example-county/en/contacts')
      const card = site.getByRole('listitem').filter({ hasText: label })
      await expect(card.getByRole('link', { name: /0300 123 2040/ })).toHaveAttribute('href', 'tel:+443001232040')
      await expect(card.getByText(`Last checked: ${today}`)).toBeVisible()
    } finally {
      await reader.close()
    }
  })
})
