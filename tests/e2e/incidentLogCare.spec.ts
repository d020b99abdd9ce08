import type { Page } from '@playwright/test'

import { expect, test } from './journey'

import { expectNoAxeViolations, liveAdminToken, tenantIdOf } from './helpers'

/**
 * A councillor of example-county looks after their log on a phone: starts an incident and leaves
 * it (the form saved a draft to the server as they typed), finds the draft in their log and
 * finishes it, changes the incident and sees the change in its history, deletes it after the
 * confirmation, and sees what deleting the whole log would remove. Every new page is checked with
 * axe in both of the tenant's languages (en, cy); deleting also works without JavaScript.
 */
const suffix = Date.now().toString(36)
const councillor = { email: `logcare-cllr-${suffix}@example.org`, password: 'logcare-password-5821' }
const phone = { width: 390, height: 844 }

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 16)
}

async function signIn(page: Page) {
  await page.goto('/example-county/en/members')
  await page.getByLabel('Email address').fill(councillor.email)
  await page.getByLabel('Password').fill(councillor.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  // Exact: the sign-in page's own heading ("Sign in to the members' area") contains these words.
  await expect(page.getByRole('heading', { level: 1, name: "Members' area", exact: true })).toBeVisible()
}

test.describe('looking after the incident log', () => {
  test.beforeAll(async ({ request, baseURL }) => {
    const token = await liveAdminToken(baseURL ?? '')
    const county = await tenantIdOf(request, token, 'example-county')
    const response = await request.post('/api/users', { headers: { Authorization: `JWT ${token}` }, data: { ...councillor, tenants: [{ tenant: county, roles: ['councillor'] }] } })
    expect(response.status(), await response.text()).toBe(201)
  })

  test('a councillor drafts, finishes, edits and deletes an incident on a phone', async ({ page, browser }) => {
    await page.setViewportSize(phone)
    await signIn(page)

    // Typing is saved to the server as a draft; leaving the page loses nothing.
    await page.goto('/example-county/en/members/incidents/new')
    await page.getByLabel('What happened').fill(`Draft reply ${suffix}`)
    await page.getByLabel('Who did it: account handles or names (optional)').click()
    await expect(page.getByRole('status').filter({ hasText: 'Draft saved at' })).toBeVisible({ timeout: 15_000 })
    await page.goto('/example-county/en/members/incidents')
    const drafts = page.getByRole('region', { name: 'Drafts' })
    await expect(drafts).toContainText(`Draft reply ${suffix}`)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: '/tmp/logcare-drafts.png', fullPage: true })

    await drafts.getByRole('link', { name: /Continue the draft of/ }).click()
    await expect(page.getByLabel('What happened')).toHaveValue(`Draft reply ${suffix}`)
    await expectNoAxeViolations(page)
    await page.getByLabel('When did it happen?').fill(daysAgo(2))
    await page.getByLabel('Where did it happen?').selectOption('x')
    await page.getByLabel('Harassment', { exact: true }).check()
    await page.getByRole('button', { name: 'Save incident' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Incident saved' })).toBeVisible()
    const incidentUrl = new URL(page.url())
    incidentUrl.search = ''
    const incidentPath = incidentUrl.pathname

    // Finishing the draft ended it.
    await page.goto('/example-county/en/members/incidents')
    await expect(page.getByRole('region', { name: 'Drafts' })).toHaveCount(0)

    // A change is kept in the history, with the field that changed.
    await page.goto(incidentPath)
    await page.getByRole('link', { name: 'Change this incident' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Change an incident' })).toBeVisible()
    await expect(page.getByLabel('What happened')).toHaveValue(`Draft reply ${suffix}`)
    await expectNoAxeViolations(page)
    // A refused change keeps what was typed and names the field.
    await page.getByLabel('How it affected you (optional)').fill(`Could not sleep ${suffix}`)
    await page.getByLabel('Links to the posts or messages (optional)').fill('not a link')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Links to the posts or messages (optional)')
    await expect(page.getByLabel('How it affected you (optional)')).toHaveValue(`Could not sleep ${suffix}`)
    await page.getByLabel('Links to the posts or messages (optional)').fill('')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Changes saved' })).toBeVisible()
    await expect(page.getByText(`Could not sleep ${suffix}`)).toBeVisible()
    const history = page.getByRole('region', { name: 'History of this record' })
    await expect(history.getByRole('listitem')).toHaveCount(2)
    await expect(history.getByRole('listitem').nth(1)).toContainText('How it affected you (optional)')
    await expect(history).toContainText('This history checks out')
    await page.screenshot({ path: '/tmp/logcare-edited.png', fullPage: true })

    // The pages new here, in Welsh too (the tenant's other language).
    for (const path of [`${incidentPath}/edit`, `${incidentPath}/delete`, '/example-county/en/members/incidents/delete-log']) {
      for (const locale of ['en', 'cy']) {
        const response = await page.goto(path.replace('/example-county/en/', `/example-county/${locale}/`))
        expect(response?.status()).toBe(200)
        expect(response?.headers()['cache-control']).toContain('no-store')
        await expectNoAxeViolations(page)
      }
    }
    await page.goto('/example-county/en/members/incidents/delete-log')
    await expect(page.getByRole('listitem').filter({ hasText: '1 incident' })).toBeVisible()
    await page.screenshot({ path: '/tmp/logcare-delete-log.png', fullPage: true })

    // Deleting, with JavaScript off: the confirmation is a plain form post.
    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: phone, storageState: await page.context().storageState() })
    const plain = await noScript.newPage()
    try {
      await plain.goto(incidentPath)
      await plain.getByRole('link', { name: 'Delete this incident' }).click()
      await expect(plain.getByRole('heading', { level: 1, name: 'Delete this incident?' })).toBeVisible()
      await plain.screenshot({ path: '/tmp/logcare-delete.png', fullPage: true })
      await plain.getByRole('button', { name: 'Yes, delete this incident' }).click()
      await expect(plain.getByText('The incident was deleted, with its evidence files and history.')).toBeVisible()
      await expect(plain.getByText('You have not recorded any incidents yet.')).toBeVisible()
    } finally {
      await noScript.close()
    }
    expect((await page.goto(incidentPath))?.status()).toBe(404)
  })
})
