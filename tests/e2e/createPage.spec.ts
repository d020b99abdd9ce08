import { expect, test } from './journey'

import { deleteOrFail, liveAdminToken, openMenu, signInToAdmin, tenantIdOf } from './helpers'

/**
 * An editor of example-county makes a new page the way the admin offers it: Pages → Create New,
 * a title and an address, the draft autosaved, the Welsh title that the county's Welsh parity asks for,
 * Publish; then a reader finds it on the county's site. Create New used to show a blank screen:
 * the new document is autosaved while the admin renders it, and the page hook expired cache tags
 * inside that render.
 */
const suffix = Date.now().toString(36)
const editor = { email: `create-editor-${suffix}@example.org`, password: 'create-editor-password-4821' }
const slug = `new-page-${suffix}`
const title = `Our local help ${suffix}`
const welsh = `Ein cymorth lleol ${suffix}`

let adminJwt = ''
let editorId = 0

test.describe('creating a page in the admin', () => {
  test.beforeAll(async ({ request, baseURL }) => {
    adminJwt = await liveAdminToken(baseURL ?? '')
    const county = await tenantIdOf(request, adminJwt, 'example-county')
    // Another worker signing the admin in at the same moment can void this token's session
    // (Payload keeps sessions in the user's document): sign in again and retry once.
    const create = () => request.post('/api/users', { headers: { Authorization: `JWT ${adminJwt}` }, data: { ...editor, tenants: [{ tenant: county, roles: ['editor'] }] } })
    let response = await create()
    if (response.status() === 403) {
      adminJwt = await liveAdminToken(baseURL ?? '')
      response = await create()
    }
    expect(response.status(), await response.text()).toBe(201)
    editorId = ((await response.json()) as { doc: { id: number } }).doc.id
  })

  test.afterAll(async ({ request }) => {
    // The editor's closed tab still holds the page's edit lock: without overriding it the page
    // stayed on the county's site, and site.spec's walk of the county's pages met it.
    await deleteOrFail(request, `/api/pages?where[slug][equals]=${slug}`, adminJwt)
    await deleteOrFail(request, `/api/users/${editorId}`, adminJwt)
  })

  test('an editor creates a page from Pages → Create New, saves a draft, publishes, and a reader sees it', async ({ page, browser, clicks }) => {
    // The admin's first renders are slow on a loaded two-core machine; no timing is asserted.
    test.setTimeout(180_000)
    await signInToAdmin(page, editor)

    await openMenu(page)
    await page.getByRole('link', { name: 'Pages', exact: true }).first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/pages/)
    await page.getByRole('link', { name: 'Create New' }).first().click()

    // The autosaved new document opens at its own address, with its form.
    await expect(page).toHaveURL(/\/admin\/collections\/pages\/\d+/, { timeout: 30_000 })
    const titleField = page.getByLabel('Title')
    await expect(titleField).toBeVisible()
    await titleField.fill(title)
    // Pages autosave their drafts (there is no Save Draft button): the draft is saved once the
    // autosave carrying the address has been answered.
    const [saved] = await Promise.all([
      page.waitForResponse(
        (response) => response.url().includes('/api/pages/') && response.url().includes('autosave=true') && (response.request().postData() ?? '').includes(slug),
      ),
      page.getByLabel('Slug').fill(slug),
    ])
    expect(saved.ok()).toBe(true)

    // Welsh parity: the Welsh title first, then Publish.
    await page.getByRole('button', { name: /Locale/ }).click()
    await page.getByRole('button', { name: /Cymraeg/ }).click()
    await expect(page).toHaveURL(/locale=cy/)
    await page.getByLabel('Title').fill(welsh)
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.getByText(/updated successfully|published successfully/i).first()).toBeVisible({ timeout: 30_000 })

    const reader = await browser.newContext()
    try {
      const site = await reader.newPage()
      const response = await site.goto(`/example-county/en/${slug}`)
      expect(response?.status()).toBe(200)
      await expect(site.getByRole('heading', { level: 1 })).toHaveText(title)
      await site.goto(`/example-county/cy/${slug}`)
      await expect(site.getByRole('heading', { level: 1 })).toHaveText(welsh)
    } finally {
      await reader.close()
    }
    // Login, Pages, Create New, the title and the slug, Locale, Cymraeg, the Welsh title, Publish.
    expect(clicks.count()).toBeGreaterThan(0)
  })
})
