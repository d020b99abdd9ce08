import { expect, test } from '@playwright/test'

import { adminCredentials, adminToken, completeAdminSecondStep, openMenu, waitForEmailTo } from './helpers'

test.describe('admin panel', () => {
  test('/admin/login loads offline and the seeded admin logs in', async ({ page }) => {
    const { email, password } = adminCredentials()
    await page.goto('/admin/login', { waitUntil: 'networkidle' })
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Login' }).click()
    await completeAdminSecondStep(page, email)
    await expect(page).toHaveURL(/\/admin\/?$/)
    await expect(page.getByRole('link', { name: 'Tenants' }).first()).toBeVisible()
    // The admin in the browser knows who signed in (it read "Locale: undefined" and hid the
    // role's links when the sign-in ended with a client-side hop): the language switcher names
    // the language, and the platform admin's own link shows.
    await expect(page.locator('.localizer')).toContainText('English')
    await openMenu(page)
    await expect(page.getByRole('link', { name: 'Report statistics' })).toBeVisible()
  })

  test('/api/health reports a current database', async ({ request }) => {
    const response = await request.get('/api/health')
    expect(response.status()).toBe(200)
    expect(await response.json()).toEqual({ db: 'ok', migrations: 'current' })
  })
})

test.describe('forgot password, end to end through Resend', () => {
  test('requests a reset, follows the emailed link, sets a new password and logs in', async ({ page, request, baseURL }) => {
    const email = `reset-${Date.now()}@example.org`
    const token = await adminToken(request)
    const created = await request.post('/api/users', {
      headers: { Authorization: `JWT ${token}` },
      data: { email, password: 'first-password-123456' },
    })
    expect(created.status()).toBe(201)

    await page.goto('/admin/forgot', { waitUntil: 'networkidle' })
    await page.getByLabel('Email').fill(email)
    await page.getByRole('button', { name: 'Submit' }).click()
    await expect(page.getByRole('heading', { name: 'Email Sent' })).toBeVisible()

    const message = await waitForEmailTo(email)
    expect(message.subject).toBe('Reset your Councillor Safety Portal password')
    const link = message.html?.match(/href="([^"]+)"/)?.[1] ?? ''
    // Built from the configured server URL, not from whatever Host the request carried.
    expect(link.startsWith(`${baseURL}/admin/reset/`)).toBe(true)

    // The admin form submits through JavaScript: wait until the page has settled (hydrated),
    // or a click can land on a form that is not listening yet.
    await page.goto(link, { waitUntil: 'networkidle' })
    await page.getByLabel('New Password').fill('second-password-654321')
    await page.getByLabel('Confirm Password').fill('second-password-654321')
    const [reset] = await Promise.all([
      page.waitForResponse((response) => response.url().includes('/api/users/reset-password') && response.request().method() === 'POST'),
      page.getByRole('button', { name: 'Reset Password' }).click(),
    ])
    expect(reset.status()).toBe(200)

    const login = await request.post('/api/users/login', { data: { email, password: 'second-password-654321' } })
    expect(login.status()).toBe(200)
  })

  test('a forged Host header does not change the link in the email', async ({ request }) => {
    const email = `host-${Date.now()}@example.org`
    const token = await adminToken(request)
    await request.post('/api/users', { headers: { Authorization: `JWT ${token}` }, data: { email, password: 'some-password-123456' } })
    const response = await request.post('/api/users/forgot-password', {
      headers: { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example' },
      data: { email },
    })
    expect(response.status()).toBe(200)
    const message = await waitForEmailTo(email)
    expect(message.html).not.toContain('evil.example')
  })
})
