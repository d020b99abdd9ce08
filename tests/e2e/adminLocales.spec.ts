import { expect, test } from './journey'

import { deleteOrFail, liveAdminToken, openMenu, signInToAdmin, tenantIdOf } from './helpers'

/**
 * The admin's content-language switcher offers the council's own languages: an editor of
 * English-only example-borough is offered English alone, while an editor of example-county (Welsh
 * parity) gets English and Welsh, never Gaelic or Irish.
 */
const suffix = Date.now().toString(36)
const boroughEditor = { email: `borough-lang-${suffix}@example.org`, password: 'borough-lang-password-4821' }
const countyEditor = { email: `county-lang-${suffix}@example.org`, password: 'county-lang-password-4821' }

let adminJwt = ''
const userIds: number[] = []

test.describe('the content-language switcher', () => {
  test.beforeAll(async ({ request, baseURL }) => {
    adminJwt = await liveAdminToken(baseURL ?? '')
    for (const [user, slug] of [[boroughEditor, 'example-borough'], [countyEditor, 'example-county']] as const) {
      const tenant = await tenantIdOf(request, adminJwt, slug)
      const response = await request.post('/api/users', { headers: { Authorization: `JWT ${adminJwt}` }, data: { ...user, tenants: [{ tenant, roles: ['editor'] }] } })
      expect(response.status(), await response.text()).toBe(201)
      userIds.push(((await response.json()) as { doc: { id: number } }).doc.id)
    }
  })

  test.afterAll(async ({ request }) => {
    for (const id of userIds) await deleteOrFail(request, `/api/users/${id}`, adminJwt)
  })

  for (const [who, user, offered, notOffered] of [
    ['an editor of English-only example-borough', boroughEditor, ['English'], ['Cymraeg', 'Gàidhlig', 'Gaeilge']],
    ['an editor of example-county', countyEditor, ['English', 'Cymraeg'], ['Gàidhlig', 'Gaeilge']],
  ] as const) {
    test(`${who} is offered only the council's languages`, async ({ page, clicks }) => {
      await signInToAdmin(page, user)
      await openMenu(page)
      await page.getByRole('link', { name: 'Contacts', exact: true }).first().click()
      // A click before the list view has hydrated opens nothing, and a re-render as it hydrates
      // can close the list again: open the switcher and read it until it holds still.
      const listed = page.getByText(/^English\s\(/)
      await expect(async () => {
        if (!(await listed.isVisible())) await page.getByRole('button', { name: 'Locale' }).click()
        // The current language is listed but not a button (it cannot be chosen again): match by text.
        for (const name of offered) await expect(page.getByText(new RegExp(`^${name}\\s\\(`))).toBeVisible({ timeout: 2_000 })
        for (const name of notOffered) await expect(page.getByText(new RegExp(`^${name}\\s\\(`))).toHaveCount(0)
      }).toPass({ timeout: 30_000 })
      expect(clicks.count()).toBeGreaterThan(0)
    })
  }
})
