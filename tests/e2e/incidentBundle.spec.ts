import { readFile } from 'node:fs/promises'

import type { Page } from '@playwright/test'
import sharp from 'sharp'

import { checkedManifest, pdfText, readZip, sha256 } from '../helpers/zip'

import { expect, test } from './journey'

import { expectNoAxeViolations, liveAdminToken, tenantIdOf } from './helpers'

/**
 * The incident log's "done means", on a phone: a councillor of example-county records two
 * incidents from the same handle, attaches a screenshot to each (the page's own forms), sees the
 * pattern note, opens the evidence bundle page (with its warning about location data in photos),
 * downloads the bundle, and the bundle's manifest hashes match the files inside it and the files
 * uploaded; its PDF holds both incidents. The bundle page passes axe in English and Welsh.
 */
const suffix = Date.now().toString(36)
const councillor = { email: `bundle-cllr-${suffix}@example.org`, password: 'bundle-journey-password-8302' }
const handle = `@bundle_troll_${suffix}`
const phone = { width: 390, height: 844 }

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 16)
}

async function recordWithScreenshot(page: Page, what: string, when: string, screenshot: Buffer, name: string) {
  await page.getByRole('link', { name: 'Record an incident' }).click()
  await page.getByLabel('When did it happen?').fill(when)
  await page.getByLabel('Where did it happen?').selectOption('x')
  await page.getByLabel('Threat').check()
  await page.getByLabel('What happened').fill(what)
  await page.getByLabel('Who did it: account handles or names (optional)').fill(handle)
  await page.getByRole('button', { name: 'Save incident' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Incident saved' })).toBeVisible()
  const evidence = page.getByRole('region', { name: 'Evidence' })
  await evidence.getByLabel('Attach a screenshot or PDF').setInputFiles({ name, mimeType: 'image/png', buffer: screenshot })
  await evidence.getByRole('button', { name: 'Attach file' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'The file is attached.' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to your incident log' }).click()
}

test.describe('the evidence bundle', () => {
  test.beforeAll(async ({ request, baseURL }) => {
    const token = await liveAdminToken(baseURL ?? '')
    const county = await tenantIdOf(request, token, 'example-county')
    const response = await request.post('/api/users', { headers: { Authorization: `JWT ${token}` }, data: { ...councillor, tenants: [{ tenant: county, roles: ['councillor'] }] } })
    expect(response.status(), await response.text()).toBe(201)
  })

  test('a councillor records two incidents from one handle with a screenshot each, sees the pattern, and downloads a bundle that checks out', async ({ page }) => {
    const screenshots = [
      await sharp({ create: { width: 390, height: 200, channels: 3, background: '#d4351c' } }).png().toBuffer(),
      await sharp({ create: { width: 390, height: 240, channels: 3, background: '#1d4f91' } }).png().toBuffer(),
    ]
    await page.setViewportSize(phone)
    await page.goto('/example-county/en/members')
    await page.getByLabel('Email address').fill(councillor.email)
    await page.getByLabel('Password').fill(councillor.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('link', { name: 'Your private incident log' }).click()

    await recordWithScreenshot(page, `First threat ŵ ŷ ${suffix}`, daysAgo(3), screenshots[0] as Buffer, `first-${suffix}.png`)
    await recordWithScreenshot(page, `Second threat ${suffix}`, daysAgo(1), screenshots[1] as Buffer, `second-${suffix}.png`)

    await page.getByRole('link', { name: 'See patterns' }).click()
    const group = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `${handle} (2 incidents)` }) })
    await expect(group.getByText('This may be a course of conduct: see')).toBeVisible()
    await page.getByRole('link', { name: 'Back to your incident log' }).click()

    await page.getByRole('link', { name: 'Download an evidence bundle' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Evidence bundle' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Before you download: photos can show where you were' })).toContainText('EXIF and GPS')
    const choices = page.getByRole('group', { name: 'Incidents to include' }).getByRole('checkbox')
    await expect(choices).toHaveCount(2)
    for (const choice of await choices.all()) await expect(choice).toBeChecked()
    await expectNoAxeViolations(page)
    await page.screenshot({ path: '/tmp/incident-bundle.png', fullPage: true })

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the ticked incidents' }).click()])
    expect(download.suggestedFilename()).toMatch(/^incident-log-example-county-\d{4}-\d{2}-\d{2}\.zip$/)
    const zip = await readFile(await download.path())
    const entries = await readZip(zip)
    // Every file is listed with the SHA-256 of its bytes in the bundle...
    const manifest = checkedManifest(entries)
    const evidence = manifest.files.filter((file) => file.evidenceId)
    // ...and the evidence files are the ones uploaded, byte for byte.
    expect(evidence.map((file) => file.sha256)).toEqual(screenshots.map(sha256))
    expect(evidence.map((file) => file.path)).toEqual([`evidence/001-01-first-${suffix}.png`, `evidence/002-01-second-${suffix}.png`])
    expect(evidence.every((file) => file.matchesRecord)).toBe(true)
    expect(manifest.incidents.every((incident) => incident.historyIntact && /^[0-9a-f]{64}$/.test(incident.historyHead ?? ''))).toBe(true)
    const text = (await pdfText(entries.get('chronology.pdf') as Buffer)).replace(/\s+/g, ' ')
    expect(text).toContain(`First threat ŵ ŷ ${suffix}`)
    expect(text).toContain(`Second threat ${suffix}`)
    expect(text).toContain(handle)

    // The download is in each incident's history, with the bundle's own SHA-256.
    await page.goto('/example-county/en/members/incidents')
    await page.getByRole('link', { name: /^View incident of/ }).first().click()
    await expect(page.getByRole('region', { name: 'History of this record' })).toContainText(`Included in an evidence bundle`)
    await expect(page.getByRole('region', { name: 'History of this record' })).toContainText(sha256(zip).slice(0, 12))

    // Nothing ticked, without JavaScript's help: back to the page with the reason.
    await page.goto('/example-county/en/members/incidents/bundle')
    for (const choice of await choices.all()) await choice.uncheck()
    await page.getByRole('button', { name: 'Download the ticked incidents' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'Tick at least one incident, or download all of them.' })).toBeVisible()
    await expectNoAxeViolations(page)

    // The same page in Welsh, the council's other language.
    await page.goto('/example-county/cy/members/incidents/bundle')
    await expect(page.getByRole('heading', { level: 1, name: 'Bwndel tystiolaeth' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Lawrlwytho fy holl ddigwyddiadau' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.screenshot({ path: '/tmp/incident-bundle-cy.png', fullPage: true })
  })
})
