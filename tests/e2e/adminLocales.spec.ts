import { expect, test } from '@playwright/test'

import { adminCredentials, loginToken, tenantIdOf } from './helpers'

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
    adminJwt = await loginToken(baseURL ?? '', adminCredentials())
    for (const [user, slug] of [[boroughEditor, 'example-borough'], [countyEditor, 'example-county']] as const) {
      const tenant = await tenantIdOf(request, adminJwt, slug)
      const response = await request.post('/api/users', { headers: { Authorization: `JWT ${adminJwt}` }, data: { ...user, tenants: [{ tenant, roles: ['editor'] }] } })
      expect(response.status(), await response.text()).toBe(201)
      userIds.push(((await response.json()) as { doc: { id: number } }).doc.id)
    }
  })

  test.afterAll(async ({ request }) => {
    for (const id of userIds) await request.delete(`/api/users/${id}`, { headers: { Authorization: `JWT ${adminJwt}` } })
  })

  for (const [who, user, offered, notOffered] of [
    ['an editor of English-only example-borough', boroughEditor, ['English'], ['Cymraeg', 'Gàidhlig', 'Gaeilge']],
    ['an editor of example-county', countyEditor, ['English', 'Cymraeg'], ['Gàidhlig', 'Gaeilge']],
  ] as const) {
    test(`${who} is offered only the council's languages`, async ({ page }) => {
      await page.goto('/admin/login')
      await page.getByLabel('Email').fill(user.email)
      await page.getByLabel('Password').fill(user.password)
      await page.getByRole('button', { name: 'Login' }).click()
      await expect(page).toHaveURL(/\/admin\/?$/)
      await page.getByRole('link', { name: 'Contacts', exact: true }).first().click()
      await page.getByRole('button', { name: 'Locale' }).click()
      for (const name of offered) await expect(page.getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible()
      for (const name of notOffered) await expect(page.getByRole('button', { name: new RegExp(`^${name}`) })).toHaveCount(0)
    })
  }
})
