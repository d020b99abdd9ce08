import sharp from 'sharp'

import type { Page } from '@playwright/test'

import { expect, test } from './journey'

import { expectNoAxeViolations, liveAdminToken, tenantIdOf } from './helpers'

/**
 * Helpers of an incident log, on phones: a councillor of example-county (English and Welsh) names
 * a colleague as a helper (after one address that is not a member here, refused on the field);
 * the colleague signs in, opens "Logs shared with me", reads the log and adds an incident with a
 * screenshot; the councillor finds it on their timeline marked as added by the colleague, sees
 * the colleague's views in its history, and revokes them; the colleague's next request gets
 * nothing. Every new page is checked with axe in both of the council's languages.
 */
const suffix = Date.now().toString(36)
const councillor = { email: `helpers-cllr-${suffix}@example.org`, password: 'helpers-journey-password-7351' }
const colleague = { email: `helpers-colleague-${suffix}@example.org`, password: 'helpers-journey-password-7352' }
const phone = { width: 390, height: 844 }

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.setViewportSize(phone)
  await page.goto('/example-county/en/members')
  await page.getByLabel('Email address').fill(who.email)
  await page.getByLabel('Password').fill(who.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: "Members' area" })).toBeVisible()
}

/** The page in Welsh too: axe-clean in both of the council's languages. */
async function axeInBothLanguages(page: Page) {
  await expectNoAxeViolations(page)
  const english = page.url()
  await page.goto(english.replace('/example-county/en/', '/example-county/cy/').replace(/[?#].*$/, ''))
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await expectNoAxeViolations(page)
  await page.goto(english)
}

test.describe('helpers of an incident log', () => {
  test.beforeAll(async ({ request, baseURL }) => {
    const token = await liveAdminToken(baseURL ?? '')
    const county = await tenantIdOf(request, token, 'example-county')
    for (const person of [councillor, colleague]) {
      const response = await request.post('/api/users', { headers: { Authorization: `JWT ${token}` }, data: { ...person, tenants: [{ tenant: county, roles: ['councillor'] }] } })
      expect(response.status(), await response.text()).toBe(201)
    }
  })

  test('a councillor names a colleague, who reads and adds to the log, until revoked', async ({ page, browser }) => {
    await signIn(page, councillor)
    await page.getByRole('link', { name: 'Your private incident log' }).click()
    await page.getByRole('link', { name: 'Helpers of your log' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Helpers of your log' })).toBeVisible()
    await expect(page.getByText('You have not named any helpers.')).toBeVisible()

    const field = page.getByLabel('Email address of the person to add')
    await field.fill(`nobody-${suffix}@example.org`)
    await page.getByRole('button', { name: 'Add helper' }).click()
    await expect(page.locator('#helper-email-error')).toContainText('We could not add that person')
    // Nothing typed is lost.
    await expect(field).toHaveValue(`nobody-${suffix}@example.org`)
    await expectNoAxeViolations(page)
    await field.fill(colleague.email)
    await page.getByRole('button', { name: 'Add helper' }).click()
    await expect(page.getByRole('status').filter({ hasText: `${colleague.email} can now read and add to your log.` })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('button', { name: `Remove ${colleague.email}` })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Record of changes to your helpers' })).toContainText(`${colleague.email} added`)
    await page.screenshot({ path: '/tmp/helpers-owner.png', fullPage: true })
    await axeInBothLanguages(page)

    // The colleague, on their own phone.
    const theirs = await browser.newContext({ viewport: phone })
    const other = await theirs.newPage()
    await signIn(other, colleague)
    await other.getByRole('link', { name: 'Logs shared with me' }).click()
    await expect(other.getByRole('heading', { level: 1, name: 'Logs shared with me' })).toBeVisible()
    await axeInBothLanguages(other)
    await other.getByRole('link', { name: `Incident log of ${councillor.email}` }).click()
    await expect(other.getByRole('heading', { level: 1, name: `Incident log of ${councillor.email}` })).toBeVisible()
    await expect(other.getByText('You have not recorded any incidents yet.')).toBeVisible()
    await axeInBothLanguages(other)
    const sharedLog = other.url()

    await other.getByRole('link', { name: 'Add an incident to this log' }).click()
    await expect(other.getByRole('heading', { level: 1, name: `Add an incident for ${councillor.email}` })).toBeVisible()
    await axeInBothLanguages(other)
    await other.getByLabel('When did it happen?').fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 16))
    await other.getByLabel('Where did it happen?').selectOption('facebook')
    await other.getByLabel('Harassment', { exact: true }).check()
    await other.getByLabel('What happened').fill(`Abusive comments under the surgery post ${suffix}`)
    await other.getByRole('button', { name: 'Save incident' }).click()
    await expect(other.getByRole('status').filter({ hasText: 'Incident saved' })).toBeVisible()
    await expect(other.getByText(`Added by ${colleague.email}`)).toBeVisible()
    // Read only: nothing to edit, delete or report here.
    await expect(other.getByRole('link', { name: 'Change this incident' })).toHaveCount(0)
    await expect(other.getByRole('link', { name: 'Delete this incident' })).toHaveCount(0)

    const screenshot = await sharp({ create: { width: 390, height: 200, channels: 3, background: '#1d70b8' } }).png().toBuffer()
    const evidence = other.getByRole('region', { name: 'Evidence' })
    await evidence.getByLabel('Attach a screenshot or PDF').setInputFiles({ name: `comments-${suffix}.png`, mimeType: 'image/png', buffer: screenshot })
    await evidence.getByRole('button', { name: 'Attach file' }).click()
    await expect(other.getByRole('status').filter({ hasText: 'The file is attached.' })).toBeVisible()
    await expect(other.getByRole('list', { name: 'Files attached to this incident' }).getByRole('listitem')).toHaveCount(1)
    await other.screenshot({ path: '/tmp/helpers-shared-incident.png', fullPage: true })
    await axeInBothLanguages(other)

    // Back to the councillor: the incident is theirs, marked as added by the colleague.
    await page.goto('/example-county/en/members/incidents')
    const item = page.getByRole('listitem').filter({ hasText: `Abusive comments under the surgery post ${suffix}` })
    await expect(item).toContainText(`Added by ${colleague.email}`)
    await item.getByRole('link').first().click()
    const history = page.getByRole('region', { name: 'History of this record' })
    await expect(history).toContainText(`by ${colleague.email}`)
    await expect(history).toContainText('Viewed')
    await page.screenshot({ path: '/tmp/helpers-owner-incident.png', fullPage: true })
    await expectNoAxeViolations(page)

    await page.goto('/example-county/en/members/incidents/helpers')
    await page.getByRole('button', { name: `Remove ${colleague.email}` }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Removed. They can no longer see your log.' })).toBeVisible()
    await expect(page.getByText('You have not named any helpers.')).toBeVisible()

    // The colleague's next request gets nothing.
    const after = await other.goto(sharedLog)
    expect(after?.status()).toBe(404)
    await other.goto('/example-county/en/members/shared')
    await expect(other.getByText('Nobody has shared their incident log with you.')).toBeVisible()
    await theirs.close()
  })
})
