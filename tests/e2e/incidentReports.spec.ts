import AxeBuilder from '@axe-core/playwright'
import sharp from 'sharp'

import { expect, test } from './journey'

import { expectNoAxeViolations, liveAdminToken, signInToAdmin, tenantIdOf } from './helpers'

/**
 * Reporting to the council, end to end: a councillor of example-borough on a 390 px phone
 * records an incident with a marker in its text fields, attaches one screenshot, reports it to
 * the council (seeing who receives it and the retention notice), and gets a reference. The
 * officer receives one email holding only the reference and a link (no marker), opens the report
 * in the admin, sees what was shared, and moves it to "referred to police" with a crime
 * reference. The councillor sees the new status and gets one email. axe on every new page.
 */
const suffix = Date.now().toString(36)
const MARKER = `E2EMARK${suffix}`
const councillor = { email: `report-cllr-${suffix}@example.org`, password: 'report-journey-password-7310' }
const officer = { email: `report-officer-${suffix}@example.org`, password: 'report-officer-password-7311', name: `Olwen Officer ${suffix}` }
const phone = { width: 390, height: 844 }

type Captured = { to: string[]; subject: string; html?: string; text?: string; idempotencyKey?: string }

async function emailsTo(address: string): Promise<Captured[]> {
  const captureUrl = process.env.CAPTURE_URL
  if (!captureUrl) throw new Error('CAPTURE_URL must be set (npm test starts the capture server).')
  const all = (await (await fetch(`${captureUrl}/__captured`)).json()) as Captured[]
  return all.filter((email) => email.to.includes(address))
}

let borough = 0
let token = ''

test.describe('reporting to the council', () => {
  test.beforeAll(async ({ request, baseURL }) => {
    token = await liveAdminToken(baseURL ?? '')
    borough = await tenantIdOf(request, token, 'example-borough')
    const headers = { Authorization: `JWT ${token}` }
    const made = await request.post('/api/users', { headers, data: { ...councillor, tenants: [{ tenant: borough, roles: ['councillor'] }] } })
    expect(made.status(), await made.text()).toBe(201)
    const madeOfficer = await request.post('/api/users', { headers, data: { ...officer, tenants: [{ tenant: borough, roles: ['officer'] }] } })
    expect(madeOfficer.status(), await madeOfficer.text()).toBe(201)
    const officerId = ((await madeOfficer.json()) as { doc: { id: number } }).doc.id
    const named = await request.patch(`/api/tenants/${borough}`, { headers, data: { reportOfficers: [{ officer: officerId, title: 'Monitoring Officer' }] } })
    expect(named.status(), await named.text()).toBe(200)
  })

  test.afterAll(async ({ request }) => {
    // The demo tenant goes back to naming nobody, for the specs after this one.
    await request.patch(`/api/tenants/${borough}`, { headers: { Authorization: `JWT ${token}` }, data: { reportOfficers: [] } })
  })

  test('a councillor reports an incident with a screenshot; the officer refers it to police; the councillor sees it', async ({ page, browser }) => {
    test.setTimeout(240_000)
    const screenshot = await sharp({ create: { width: 390, height: 200, channels: 3, background: '#d4351c' } }).png().toBuffer()
    await page.setViewportSize(phone)
    await page.goto('/example-borough/en/members')
    await page.getByLabel('Email address').fill(councillor.email)
    await page.getByLabel('Password').fill(councillor.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('link', { name: 'Your private incident log' }).click()
    await page.getByRole('link', { name: 'Record an incident' }).click()
    await page.getByLabel('When did it happen?').fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 16))
    await page.getByLabel('Where did it happen?').selectOption('x')
    await page.getByLabel('Threat').check()
    await page.getByLabel('What happened').fill(`${MARKER} what happened`)
    await page.getByLabel('How it affected you (optional)').fill(`${MARKER} impact`)
    await page.getByLabel('Witnesses (optional)').fill(`${MARKER} witness`)
    await page.getByLabel('Who did it: account handles or names (optional)').fill(`@${MARKER}`)
    await page.getByLabel('Links to the posts or messages (optional)').fill(`https://x.example/${MARKER}`)
    await page.getByRole('button', { name: 'Save incident' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Incident saved' })).toBeVisible()
    const evidence = page.getByRole('region', { name: 'Evidence' })
    await evidence.getByLabel('Attach a screenshot or PDF').setInputFiles({ name: `reply-${suffix}.png`, mimeType: 'image/png', buffer: screenshot })
    await evidence.getByRole('button', { name: 'Attach file' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'The file is attached.' })).toBeVisible()

    await page.getByRole('link', { name: 'Report to the council' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Report this incident to the council' })).toBeVisible()
    await expect(page.getByText(`${MARKER} what happened`)).toBeVisible()
    await expect(page.getByLabel(`${officer.name}, Monitoring Officer`)).toBeChecked()
    await expect(page.getByText(/becomes .* record and is kept under the council's retention rules/)).toBeVisible()
    await page.getByLabel(`reply-${suffix}.png`, { exact: false }).check()
    await page.getByLabel('By email, to the address you sign in with').check()
    await page.getByLabel('A note to the officer (optional)').fill(`${MARKER} note`)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: '/tmp/report-form.png', fullPage: true })
    await page.getByRole('button', { name: 'Send report' }).click()

    await expect(page.getByRole('heading', { level: 2, name: 'Report sent' })).toBeVisible()
    const heading = await page.getByRole('heading', { level: 1 }).textContent()
    const reference = /R-\d{4}-\d{6}/.exec(heading ?? '')?.[0] ?? ''
    expect(reference).not.toBe('')
    await expect(page.getByText(/Received by the portal/)).toBeVisible()
    await expect(page.locator('.report-status')).toHaveText('Received')
    await expectNoAxeViolations(page)
    await page.screenshot({ path: '/tmp/report-sent.png', fullPage: true })
    const reportUrl = page.url().replace(/\?.*$/, '')

    // The officer's one email: the reference and a link, nothing else.
    await expect.poll(async () => (await emailsTo(officer.email)).length, { timeout: 30_000 }).toBe(1)
    const [mail] = await emailsTo(officer.email)
    expect(mail?.subject).toContain(reference)
    for (const part of [mail?.subject, mail?.html, mail?.text]) {
      expect(part ?? '').not.toContain(MARKER)
      expect(part ?? '').not.toMatch(/threat|Example Borough/i)
    }
    const link = /href="([^"]*\/admin\/collections\/incident-reports\/\d+)"/.exec(mail?.html ?? '')?.[1] ?? ''
    expect(link).not.toBe('')
    // Once the email has left, the councillor's page says so.
    await expect.poll(async () => {
      await page.reload()
      return page.getByText('Received by the portal; the officers have been emailed.').isVisible()
    }, { timeout: 30_000 }).toBe(true)

    // The officer, at a desk, follows the link into the admin.
    const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const admin = await desk.newPage()
    await signInToAdmin(admin, officer)
    await admin.goto(new URL(link).pathname)
    await expect(admin.getByRole('heading', { name: 'What the councillor shared' })).toBeVisible({ timeout: 60_000 })
    await expect(admin.getByText(`${MARKER} what happened`)).toBeVisible()
    await expect(admin.getByText(`${MARKER} note`)).toBeVisible()
    await expect(admin.getByRole('link', { name: `reply-${suffix}.png` })).toBeVisible()
    // Our own part of the admin's page (Payload's widgets around it are Payload's, as on the dashboard spec).
    const snapshotAxe = await new AxeBuilder({ page: admin }).include('section[aria-labelledby="report-snapshot-heading"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    expect(snapshotAxe.violations.map((violation) => violation.id)).toEqual([])
    await admin.locator('#field-status').click()
    await admin.getByRole('option', { name: 'Referred to police' }).click()
    await admin.locator('#field-crimeReference').fill('CR/4521/26')
    await admin.locator('#field-policeOfficer').fill('PC Jones')
    await admin.getByRole('button', { name: 'Save' }).click()
    await expect(admin.getByText(/Updated successfully/i)).toBeVisible({ timeout: 30_000 })
    // The saved form shows the text typed, never the ciphertext it is stored as.
    await expect(admin.locator('#field-crimeReference')).toHaveValue('CR/4521/26')
    await admin.screenshot({ path: '/tmp/report-admin.png', fullPage: true })
    await desk.close()

    // The councillor sees the new status and gets one email, with no content.
    await page.goto(reportUrl)
    await expect(page.locator('.report-status')).toHaveText('Referred to police')
    await expect(page.getByText('CR/4521/26')).toBeVisible()
    await expectNoAxeViolations(page)
    await expect.poll(async () => (await emailsTo(councillor.email)).length, { timeout: 30_000 }).toBe(1)
    const [update] = await emailsTo(councillor.email)
    expect(update?.subject).toBe(`Your report ${reference} has been updated`)
    expect(`${update?.html}${update?.text}`).not.toContain(MARKER)
    expect(`${update?.html}`).not.toContain('CR/4521/26')

    // The incident page lists the report; the log shows it under "Your reports to the council".
    await page.goto('/example-borough/en/members/incidents')
    await expect(page.getByRole('link', { name: new RegExp(`Report ${reference}`) })).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
