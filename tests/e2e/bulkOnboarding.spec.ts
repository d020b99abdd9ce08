import { expect, test } from './journey'

import { liveAdminToken, openMenu, signInToAdmin, tenantIdOf, waitForEmailTo } from './helpers'

/**
 * A council's people in bulk: a tenant admin invites three councillors from one CSV in the admin
 * (a fourth row with a bad address is named in the preview and skipped), and the three
 * invitations go out; after an election the tenant admin ends a councillor's membership, the day
 * passes, the daily job runs, and the councillor's old session lands on the sign-in page. The
 * emails are read from the Resend capture server, which the real Resend SDK sent them to.
 */
const suffix = Date.now().toString(36)
const tenantAdmin = { email: `bulk-admin-${suffix}@example.org`, password: 'bulk-admin-password-6612' }
const leaving = { email: `bulk-leaving-${suffix}@example.org`, password: 'bulk-leaving-password-8841' }
const invitees = ['one', 'two', 'three'].map((n) => `bulk-${n}-${suffix}@example.org`)

let adminJwt = ''
let county = 0
const created: number[] = []

test.describe('a council\'s people in bulk', () => {
  test.describe.configure({ mode: 'serial' })

  test.beforeAll(async ({ request, baseURL }) => {
    adminJwt = await liveAdminToken(baseURL ?? '')
    county = await tenantIdOf(request, adminJwt, 'example-county')
    for (const [user, role] of [
      [tenantAdmin, 'tenant-admin'],
      [leaving, 'councillor'],
    ] as const) {
      const response = await request.post('/api/users', { headers: { Authorization: `JWT ${adminJwt}` }, data: { ...user, tenants: [{ tenant: county, roles: [role] }] } })
      expect(response.status(), await response.text()).toBe(201)
      created.push(((await response.json()) as { doc: { id: number } }).doc.id)
    }
  })

  test.afterAll(async ({ request }) => {
    const headers = { Authorization: `JWT ${adminJwt}` }
    for (const email of invitees) await request.delete(`/api/invitations?where[email][equals]=${encodeURIComponent(email)}`, { headers })
    for (const id of created) await request.delete(`/api/users/${id}`, { headers })
  })

  test('a tenant admin invites three councillors from a CSV, after a preview that names the bad row', async ({ page }) => {
    test.setTimeout(240_000)
    await signInToAdmin(page, tenantAdmin)
    await openMenu(page)
    await page.getByRole('link', { name: 'Invitations', exact: true }).first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/invitations/)
    await page.getByRole('link', { name: 'Import from a spreadsheet (CSV)' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Import invitations from a spreadsheet' })).toBeVisible()
    // The only council this admin runs is already chosen.
    await expect(page.getByLabel('Council or party')).toHaveValue(String(county))

    const csv = [
      '\uFEFFname;email;role;ward',
      `Ann One;${invitees[0]};Councillor;North`,
      `Ben Two;${invitees[1]};councillor;South`,
      `Cat Three;${invitees[2]};;"East; Upper"`,
      'Dan Typo;dan.example.org;councillor;West',
    ].join('\r\n')
    await page.getByLabel('CSV file').setInputFiles({ name: 'councillors.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
    await page.getByRole('button', { name: 'Check the file' }).click()

    const preview = page.getByRole('region', { name: /Preview for Example County/ })
    await expect(preview).toBeVisible({ timeout: 30_000 })
    await expect(preview).toContainText('3 people will be invited.')
    await expect(preview.getByRole('row').filter({ hasText: 'Dan Typo' })).toContainText('The email address needs an @')
    await expect(preview.getByRole('row').filter({ hasText: 'Cat Three' })).toContainText('Will be invited')
    await page.screenshot({ path: '/tmp/bulk-import-preview.png', fullPage: true })

    await preview.getByRole('button', { name: 'Invite 3 people' }).click()
    await expect(page.getByRole('heading', { name: '3 people invited' })).toBeVisible({ timeout: 60_000 })
    await page.screenshot({ path: '/tmp/bulk-import-done.png', fullPage: true })

    for (const email of invitees) {
      const sent = await waitForEmailTo(email)
      expect(sent.subject).toContain('Example County')
      expect(sent.html).toMatch(/\/example-county\/(en|cy)\/invitation\/[A-Za-z0-9_-]{43}/)
    }

    await page.getByRole('link', { name: 'See the invitations' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/invitations/)
    for (const email of invitees) await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Pending')
  })

  test('after an election the admin ends a membership; once the job has run, the councillor\'s old session lands on sign-in', async ({ page, browser, request }) => {
    test.setTimeout(240_000)
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    try {
      const councillor = await context.newPage()
      await councillor.goto('/example-county/en/login', { waitUntil: 'networkidle' })
      await councillor.getByLabel('Email address').fill(leaving.email)
      await councillor.getByLabel('Password').fill(leaving.password)
      await councillor.getByRole('button', { name: 'Sign in' }).click()
      await expect(councillor).toHaveURL(/\/example-county\/en\/members$/, { timeout: 30_000 })

      await signInToAdmin(page, tenantAdmin)
      await page.goto('/admin/collections/users', { waitUntil: 'networkidle' })
      await page.getByRole('link', { name: 'End memberships (after an election)' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'End memberships' })).toBeVisible()
      await page.getByRole('checkbox', { name: new RegExp(leaving.email) }).check()
      // The count is the day after the poll: access ends tomorrow, so nothing happens yet.
      const tomorrow = new Date(Date.now() + 24 * 3600 * 1000)
      const day = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`
      await page.getByLabel('Memberships end on').fill(day)
      await page.getByRole('button', { name: 'End 1 membership' }).click()
      await expect(page.getByRole('status').filter({ hasText: 'membership' })).toContainText('1 membership ends on')
      await page.screenshot({ path: '/tmp/bulk-end-memberships.png', fullPage: true })

      await councillor.reload()
      await expect(councillor).toHaveURL(/\/example-county\/en\/members$/)

      // The day passes: the end date moves into the past (as the clock would), then the daily job runs.
      const headers = { Authorization: `JWT ${adminJwt}` }
      const id = created[1]
      const user = (await (await request.get(`/api/users/${id}?depth=0`, { headers })).json()) as { tenants: { id: string; tenant: number; roles: string[]; endsAt?: string | null }[] }
      const row = user.tenants.find((m) => m.tenant === county)
      expect(row?.endsAt).toBeTruthy()
      const tenants = user.tenants.map((m) => (m.tenant === county ? { ...m, endsAt: new Date(Date.now() - 60_000).toISOString() } : m))
      expect((await request.patch(`/api/users/${id}`, { headers, data: { tenants } })).status()).toBe(200)
      const run = await request.post('/api/users/end-memberships/run', { headers })
      expect(run.status()).toBe(200)
      expect(((await run.json()) as { users: number }).users).toBeGreaterThanOrEqual(1)

      const told = await waitForEmailTo(tenantAdmin.email, 15_000, 'ended in Example County')
      expect(told.html).toContain(leaving.email)

      await councillor.goto('/example-county/en/members')
      await expect(councillor).toHaveURL(/\/example-county\/en\/login\?next=/)
      await expect(councillor.getByRole('heading', { level: 1, name: "Sign in to the members' area" })).toBeVisible()
    } finally {
      await context.close()
    }
  })
})
