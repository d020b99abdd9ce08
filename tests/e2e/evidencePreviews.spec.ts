import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'

import sharp from 'sharp'

import { expect, test } from './journey'

import { expectNoAxeViolations, liveAdminToken, tenantIdOf } from './helpers'

/**
 * A councillor of example-county (English and Welsh) on a 390 px phone records an incident and
 * attaches a photo taken with location on (GPS in its EXIF) and a PDF: the photo shows as a
 * thumbnail (its preview, which has no EXIF) marked as carrying location data, the PDF as a plain
 * mark; the original still downloads byte for byte as an attachment. The bundle page then warns
 * that originals may say where they were taken and names that photo. Both pages pass axe in both
 * of the council's languages, and the thumbnail and the bundle page's list are keyboard-reachable
 * in reading order.
 */
const suffix = Date.now().toString(36)
const councillor = { email: `preview-cllr-${suffix}@example.org`, password: 'preview-journey-password-7316' }
const phone = { width: 390, height: 844 }
const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

test.describe('evidence previews', () => {
  test.beforeAll(async ({ request, baseURL }) => {
    const token = await liveAdminToken(baseURL ?? '')
    const county = await tenantIdOf(request, token, 'example-county')
    const response = await request.post('/api/users', { headers: { Authorization: `JWT ${token}` }, data: { ...councillor, tenants: [{ tenant: county, roles: ['councillor'] }] } })
    expect(response.status(), await response.text()).toBe(201)
  })

  test('a councillor attaches a photo with GPS, sees its thumbnail and the location mark, and is warned on the bundle page', async ({ page }) => {
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#00703c' } })
      .composite([{ input: { create: { width: 800, height: 600, channels: 3, background: '#ffdd00' } }, left: 400, top: 300 }])
      .jpeg()
      .withExif({ IFD0: { Make: 'E2ECam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 28/1 5/1', GPSLongitudeRef: 'W', GPSLongitude: '3/1 10/1 44/1' } })
      .toBuffer()
    const photoName = `doorstep-${suffix}.jpg`
    const letter = Buffer.from('%PDF-1.4\n% a letter\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')

    await page.setViewportSize(phone)
    await page.goto('/example-county/en/members')
    await page.getByLabel('Email address').fill(councillor.email)
    await page.getByLabel('Password').fill(councillor.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('link', { name: 'Your private incident log' }).click()
    await page.getByRole('link', { name: 'Record an incident' }).click()
    await page.getByLabel('When did it happen?').fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 16))
    await page.getByLabel('Where did it happen?').selectOption('in-person')
    await page.getByLabel('Threat').check()
    await page.getByLabel('What happened').fill(`Someone waited at my door ${suffix}`)
    await page.getByRole('button', { name: 'Save incident' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Incident saved' })).toBeVisible()

    const incidentPath = new URL(page.url()).pathname
    const evidence = page.getByRole('region', { name: 'Evidence' })
    await expect(evidence.getByText('The small pictures here are previews made without any of that hidden data.')).toBeVisible()
    await evidence.getByLabel('Attach a screenshot or PDF').setInputFiles({ name: photoName, mimeType: 'image/jpeg', buffer: photo })
    await evidence.getByRole('button', { name: 'Attach file' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'The file is attached.' })).toBeVisible()
    await page.getByRole('region', { name: 'Evidence' }).getByLabel('Attach a screenshot or PDF').setInputFiles({ name: `letter-${suffix}.pdf`, mimeType: 'application/pdf', buffer: letter })
    await page.getByRole('region', { name: 'Evidence' }).getByRole('button', { name: 'Attach file' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'The file is attached.' })).toBeVisible()

    const listed = page.getByRole('list', { name: 'Files attached to this incident' }).getByRole('listitem')
    await expect(listed).toHaveCount(2)
    const photoItem = listed.filter({ hasText: photoName })
    const thumbnail = photoItem.getByRole('img', { name: `Preview of ${photoName}` })
    await expect(thumbnail).toBeVisible()
    // The browser really decoded it (a broken image has no natural width).
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1024)
    await expect(photoItem.getByText('The original carries location data (GPS)')).toBeVisible()
    const pdfItem = listed.filter({ hasText: `letter-${suffix}.pdf` })
    await expect(pdfItem.getByRole('img')).toHaveCount(0)
    await expect(pdfItem.getByText('The original carries location data (GPS)')).toHaveCount(0)

    // The preview the page shows has none of the photo's metadata; the original keeps all of it.
    const src = (await thumbnail.getAttribute('src')) ?? ''
    // As the browser sends it: Payload takes the session cookie only from a request naming an allowed origin (CSRF).
    const preview = await page.request.get(new URL(src, page.url()).toString(), { headers: { Origin: new URL(page.url()).origin, Referer: page.url() } })
    expect(preview.status()).toBe(200)
    expect(preview.headers()['cache-control']).toBe('no-store')
    const previewMeta = await sharp(await preview.body()).metadata()
    expect([previewMeta.format, previewMeta.exif, previewMeta.xmp]).toEqual(['webp', undefined, undefined])
    const [download] = await Promise.all([page.waitForEvent('download'), photoItem.getByRole('link', { name: photoName }).click()])
    expect(sha256(await readFile(await download.path()))).toBe(sha256(photo))

    await expectNoAxeViolations(page)
    await photoItem.scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/evidence-previews-incident.png', fullPage: true })

    // The bundle page: the warning, and the photo named.
    await page.getByRole('link', { name: 'Back to your incident log' }).click()
    await page.getByRole('link', { name: 'Download an evidence bundle' }).click()
    const warning = page.getByRole('region', { name: 'Before you download: photos can show where you were' })
    await expect(warning).toContainText('EXIF and GPS')
    await expect(warning.getByText('These photos you attached carry location data (GPS) in their originals:')).toBeVisible()
    const located = warning.getByRole('list', { name: 'Photos with location data' }).getByRole('listitem')
    await expect(located).toHaveCount(1)
    await expect(located.first()).toContainText(photoName)
    await expect(warning).toContainText('1 file was not checked for location data')
    await expect(page.getByRole('group', { name: 'Incidents to include' })).toContainText('1 with location data')
    await expectNoAxeViolations(page)
    await page.screenshot({ path: '/tmp/evidence-previews-bundle.png', fullPage: true })
    // Keyboard: the one incident's box, then the download button, in reading order.
    await page.getByRole('checkbox').first().focus()
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Download the ticked incidents' })).toBeFocused()

    // The same two pages in Welsh, the council's other language.
    await page.goto(page.url().replace('/example-county/en/', '/example-county/cy/').replace(/[?#].*$/, ''))
    const cyWarning = page.getByRole('region').filter({ has: page.getByRole('list', { name: 'Lluniau gyda data lleoliad' }) })
    await expect(cyWarning.getByRole('listitem')).toContainText(photoName)
    await expect(cyWarning).toContainText('Mae data lleoliad (GPS) yn ffeiliau gwreiddiol y lluniau hyn a atodwyd gennych:')
    await expectNoAxeViolations(page)
    await page.screenshot({ path: '/tmp/evidence-previews-bundle-cy.png', fullPage: true })
    await page.goto(incidentPath.replace('/example-county/en/', '/example-county/cy/'))
    await expect(page.getByRole('img', { name: `Rhagolwg o ${photoName}` })).toBeVisible()
    await expect(page.getByText('Mae data lleoliad (GPS) yn y ffeil wreiddiol')).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
