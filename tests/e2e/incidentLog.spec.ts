import type { Page } from '@playwright/test'

import { expect, test } from './journey'

import { expectNoAxeViolations, liveAdminToken, tenantIdOf } from './helpers'

/**
 * A councillor of example-county keeps their incident log on a phone: signs in on the council's
 * site, opens the log from the members' area, records an incident (after one refused link, with
 * nothing they typed lost), sees the wellbeing prompt, records a second incident from the same
 * handle with JavaScript off (a plain form post), and finds both on the timeline and the course
 * of conduct noted in the pattern view.
 */
const suffix = Date.now().toString(36)
const councillor = { email: `incident-cllr-${suffix}@example.org`, password: 'incident-log-password-3917' }
const handle = `@troll_${suffix}`
const phone = { width: 390, height: 844 }

/** A past moment as a `datetime-local` value (the form reads it as UK time; a day either way is still the past). */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 16)
}

async function fillIncident(page: Page, what: string, when: string, links: string) {
  await page.getByLabel('When did it happen?').fill(when)
  await page.getByLabel('Where did it happen?').selectOption('x')
  await page.getByLabel('Threat').check()
  await page.getByLabel('What happened').fill(what)
  await page.getByLabel('Who did it: account handles or names (optional)').fill(handle)
  await page.getByLabel('Links to the posts or messages (optional)').fill(links)
}

test.describe('the incident log', () => {
  test.beforeAll(async ({ request, baseURL }) => {
    const token = await liveAdminToken(baseURL ?? '')
    const county = await tenantIdOf(request, token, 'example-county')
    const response = await request.post('/api/users', { headers: { Authorization: `JWT ${token}` }, data: { ...councillor, tenants: [{ tenant: county, roles: ['councillor'] }] } })
    expect(response.status(), await response.text()).toBe(201)
  })

  test('a councillor records two incidents from the same handle on a phone and sees the pattern', async ({ page, browser, clicks }) => {
    await page.setViewportSize(phone)
    await page.goto('/example-county/en/members')
    await page.getByLabel('Email address').fill(councillor.email)
    await page.getByLabel('Password').fill(councillor.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Members\' area' })).toBeVisible()

    await page.getByRole('link', { name: 'Your private incident log' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Your incident log' })).toBeVisible()
    await expect(page.getByText('You have not recorded any incidents yet.')).toBeVisible()
    await expectNoAxeViolations(page)

    // Measured, never judged: clicks and seconds from the log to a saved incident (including one refusal).
    const recordStart = { clicks: clicks.count(), at: Date.now() }
    await page.getByRole('link', { name: 'Record an incident' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Record an incident' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.screenshot({ path: '/tmp/incident-form.png', fullPage: true })
    // A link that is not a web address is refused with the field named, and nothing typed is lost.
    await fillIncident(page, `Threatening reply ${suffix}`, daysAgo(3), 'not a link')
    await page.getByRole('button', { name: 'Save incident' }).click()
    const summary = page.getByRole('alert', { name: 'There is a problem' })
    await expect(summary).toContainText('Links to the posts or messages (optional): Enter each link as a web address')
    await expect(page.getByLabel('What happened')).toHaveValue(`Threatening reply ${suffix}`)
    await expect(page.getByLabel('Who did it: account handles or names (optional)')).toHaveValue(handle)
    await expectNoAxeViolations(page)
    await page.getByLabel('Links to the posts or messages (optional)').fill(`https://x.example/${suffix}/status/1`)
    await page.getByRole('button', { name: 'Save incident' }).click()

    await expect(page.getByRole('heading', { level: 2, name: 'Incident saved' })).toBeVisible()
    console.log(`recording an incident (with one refused link): ${clicks.count() - recordStart.clicks} clicks, ${((Date.now() - recordStart.at) / 1000).toFixed(1)} s`)
    await expect(page.getByRole('link', { name: 'Looking after yourself' })).toHaveAttribute('href', '/example-county/en/wellbeing')
    await expect(page.getByText(`Threatening reply ${suffix}`)).toBeVisible()
    await expect(page.getByText('This history checks out')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.screenshot({ path: '/tmp/incident-recorded.png', fullPage: true })

    // The second incident with JavaScript off: the same form, as a plain POST, signed in the same.
    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: phone, storageState: await page.context().storageState() })
    const plain = await noScript.newPage()
    try {
      const form = await plain.goto('/example-county/en/members/incidents/new')
      expect(form?.headers()['cache-control']).toContain('no-store')
      await fillIncident(plain, `Second message ${suffix}`, daysAgo(1), `https://x.example/${suffix}/status/2`)
      await plain.getByRole('button', { name: 'Save incident' }).click()
      await expect(plain.getByRole('heading', { level: 2, name: 'Incident saved' })).toBeVisible()
    } finally {
      await noScript.close()
    }

    await page.goto('/example-county/en/members/incidents')
    const timeline = page.getByRole('list').filter({ hasText: `Threatening reply ${suffix}` })
    await expect(timeline.getByRole('listitem').filter({ hasText: suffix })).toHaveCount(2)
    // Newest first.
    await expect(timeline.getByRole('listitem').first()).toContainText(`Second message ${suffix}`)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: '/tmp/incident-timeline.png', fullPage: true })

    await page.getByRole('link', { name: 'See patterns' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Patterns in your log' })).toBeVisible()
    const group = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `${handle} (2 incidents)` }) })
    await expect(group.getByText('This may be a course of conduct: see')).toBeVisible()
    await expect(group.getByRole('link', { name: 'Reporting and escalation' })).toHaveAttribute('href', '/example-county/en/reporting-and-escalation')
    await expectNoAxeViolations(page)
    await page.screenshot({ path: '/tmp/incident-patterns.png', fullPage: true })
  })
})
