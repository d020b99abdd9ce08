import { readFileSync } from 'node:fs'

import { expect, test } from './journey'

import { adminScreenIsAxeClean, deleteOrFail, expectNoAxeViolations, liveAdminToken, openMenu, signInToAdmin, tenantIdOf, translateInBrowser } from './helpers'

/**
 * Issue #15's "done means", as a new editor of the Welsh council does it: a page whose Welsh was
 * reviewed, then the English changed. Its readers keep the reviewed Welsh with a notice linking
 * to the English. The editor opens Translations from the admin's navigation, finds the page out
 * of date, compares it side by side, exports everything missing or out of date in Welsh with the
 * button, the test translates the file as a CAT tool would (through the XML DOM, never string
 * replacement), the editor imports it through the dashboard's form, reads the summary, publishes
 * the page, and the Welsh page on the site shows the new text with the council's name filled in.
 */
const suffix = Date.now().toString(36)
const editor = { email: `translate-editor-${suffix}@example.org`, password: 'translate-editor-password-3391' }
const slug = `translate-${suffix}`
const title = `When abuse starts ${suffix}`
const welshTitle = `Pan fydd camdriniaeth yn dechrau ${suffix}`
const newWelshTitle = `Pan fydd camdriniaeth ar-lein yn dechrau ${suffix}`

let adminJwt = ''
let editorId = 0
let pageId = 0

const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' })
const tenantName = { type: 'inlineBlock', version: 1, fields: { id: `tv${suffix}`, blockType: 'tenantValue', value: 'tenant-name' } }
const paragraph = (children: unknown[]) => ({ type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '', children })
const lexical = (children: unknown[]) => ({ root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children } })

/** What the council's translators return for each English text: a CAT tool's translation memory. */
const memory: Record<string, string> = {
  [`When online abuse starts ${suffix}`]: newWelshTitle,
  'What to do first, and who to tell.': 'Beth i’w wneud yn gyntaf, a phwy i’w hysbysu.',
  'First steps': 'Camau cyntaf',
  'Tell the Monitoring Officer at ': 'Dywedwch wrth y Swyddog Monitro yn ',
  '.': '.',
}

test.describe('translating with the council\'s translators', () => {
  test.describe.configure({ mode: 'serial' })

  test.beforeAll(async ({ request, baseURL }) => {
    adminJwt = await liveAdminToken(baseURL ?? '')
    const headers = { Authorization: `JWT ${adminJwt}` }
    const county = await tenantIdOf(request, adminJwt, 'example-county')
    const user = await request.post('/api/users', { headers, data: { ...editor, tenants: [{ tenant: county, roles: ['editor'] }] } })
    expect(user.status(), await user.text()).toBe(201)
    editorId = ((await user.json()) as { doc: { id: number } }).doc.id

    // The page in English, its Welsh marked reviewed (which records the English it was reviewed
    // against), published; then the English changes and is published again.
    const created = await request.post('/api/pages?locale=en&draft=true', {
      headers,
      data: {
        tenant: county,
        slug,
        title,
        summary: 'What to do first.',
        section: 'local',
        layout: [{ blockType: 'richText', heading: 'First steps', body: lexical([paragraph([text('Tell the Monitoring Officer at '), tenantName, text('.')])]) }],
        _status: 'draft',
      },
    })
    expect(created.status(), await created.text()).toBe(201)
    const doc = ((await created.json()) as { doc: { id: number; layout: { id: string }[] } }).doc
    pageId = doc.id
    const welsh = await request.patch(`/api/pages/${pageId}?locale=cy&draft=true`, {
      headers,
      data: {
        title: welshTitle,
        summary: 'Beth i’w wneud yn gyntaf.',
        layout: [{ id: doc.layout[0]?.id, blockType: 'richText', heading: 'Camau cyntaf', body: lexical([paragraph([text('Dywedwch wrth y Swyddog yn '), tenantName, text('.')])]) }],
        translationStatus: 'reviewed',
      },
    })
    expect(welsh.status(), await welsh.text()).toBe(200)
    const published = await request.patch(`/api/pages/${pageId}?locale=en`, { headers, data: { _status: 'published' } })
    expect(published.status(), await published.text()).toBe(200)
    const changed = await request.patch(`/api/pages/${pageId}?locale=en`, { headers, data: { title: `When online abuse starts ${suffix}`, summary: 'What to do first, and who to tell.', _status: 'published' } })
    expect(changed.status(), await changed.text()).toBe(200)
  })

  test.afterAll(async ({ request }) => {
    if (pageId) await deleteOrFail(request, `/api/pages/${pageId}`, adminJwt)
    if (editorId) await deleteOrFail(request, `/api/users/${editorId}`, adminJwt)
  })

  test('a reader of the out-of-date Welsh page sees it, told that the English changed, with a link to it', async ({ browser }) => {
    const reader = await browser.newContext({ viewport: { width: 390, height: 844 } })
    try {
      const site = await reader.newPage()
      const response = await site.goto(`/example-county/cy/${slug}`)
      expect(response?.status()).toBe(200)
      await expect(site.getByRole('heading', { level: 1 })).toHaveText(welshTitle)
      const notice = site.locator('main .notice').filter({ hasText: "Mae'r fersiwn Saesneg" })
      await expect(notice).toBeVisible()
      await expect(notice.getByRole('link', { name: 'Darllenwch y dudalen Saesneg' })).toHaveAttribute('href', `/example-county/en/${slug}`)
      await site.screenshot({ path: '/tmp/translations-outdated-notice.png', fullPage: true })
      await expectNoAxeViolations(site)
    } finally {
      await reader.close()
    }
  })

  test('an editor exports what is out of date in Welsh, imports the translation, publishes, and readers see it', async ({ page, browser }) => {
    test.setTimeout(300_000)
    await signInToAdmin(page, editor)
    await openMenu(page)
    await page.getByRole('link', { name: 'Translations', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Translations' })).toBeVisible({ timeout: 60_000 })

    // Only this page's row: the Welsh that is out of date.
    await page.getByLabel('Language', { exact: true }).selectOption('cy')
    await page.getByLabel('Status').selectOption('outdated')
    await page.getByRole('button', { name: 'Filter' }).click()
    await expect(page).toHaveURL(/status=outdated/)
    const row = page.getByRole('row').filter({ hasText: `When online abuse starts ${suffix}` })
    await expect(row.getByRole('link', { name: /Welsh out of date, open it in Welsh/ })).toHaveAttribute('href', new RegExp(`/admin/collections/pages/${pageId}\\?locale=cy$`))
    await page.screenshot({ path: '/tmp/translations-dashboard.png', fullPage: true })
    await adminScreenIsAxeClean(page)

    // Side by side: the title and the summary changed since the review, and say how.
    await row.getByRole('link', { name: /^Side by side/ }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('English and Welsh side by side', { timeout: 60_000 })
    await expect(page).toHaveURL(new RegExp(`/admin/translation-review\\?page=${pageId}&language=cy$`))
    const changedRows = page.locator('tr[data-changed]')
    await expect(changedRows).toHaveCount(2)
    await expect(changedRows.filter({ hasText: 'Summary' }).locator('ins')).toContainText('and who to tell.')
    await page.screenshot({ path: '/tmp/translations-side-by-side.png', fullPage: true })
    await adminScreenIsAxeClean(page)
    await page.getByRole('link', { name: /^Translations of / }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Translations' })).toBeVisible({ timeout: 60_000 })

    // The export button: a download of everything missing or out of date in Welsh.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export pages missing or out of date in Welsh', exact: true }).click()])
    expect(download.suggestedFilename()).toBe('example-county-pages-missing-cy.xlf')
    const exported = readFileSync(await download.path(), 'utf8')

    // The translators' CAT tool: the XML parsed into a DOM, every target replaced from its
    // translation memory (inline codes kept as the source has them), the other pages' files left out.
    const translated = await translateInBrowser(page, exported, memory, `pages-${pageId}`)

    await page.getByLabel('Translated file (XLIFF)').setInputFiles({ name: 'example-county-cy.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(translated, 'utf8') })
    await page.getByLabel('Translated and reviewed by (optional)').fill('Siân Cyfieithydd')
    await page.getByRole('button', { name: 'Import the file' }).click()
    const summary = page.getByRole('region', { name: /texts? imported/ })
    await expect(summary.getByRole('heading', { name: '4 texts imported' })).toBeVisible({ timeout: 60_000 })
    await expect(summary).toContainText('Every text in the file went in.')
    await expect(summary).toContainText('marked reviewed in Welsh')
    // The table is read again: the page's Welsh (its draft) is now reviewed.
    await expect(page.getByRole('row').filter({ hasText: `When online abuse starts ${suffix}` }).getByRole('link', { name: /Welsh reviewed, open it in Welsh/ })).toBeVisible({ timeout: 30_000 })
    await page.screenshot({ path: '/tmp/translations-imported.png', fullPage: true })
    await adminScreenIsAxeClean(page)

    // The import wrote a Welsh draft: the editor publishes it as any change.
    await summary.getByRole('link', { name: `When online abuse starts ${suffix}` }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/pages/${pageId}\\?locale=cy`), { timeout: 60_000 })
    await expect(page.getByLabel('Title')).toHaveValue(newWelshTitle, { timeout: 60_000 })
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.getByText(/updated successfully|published successfully/i).first()).toBeVisible({ timeout: 30_000 })

    const reader = await browser.newContext({ viewport: { width: 390, height: 844 } })
    try {
      const site = await reader.newPage()
      await site.goto(`/example-county/cy/${slug}`)
      await expect(site.getByRole('heading', { level: 1 })).toHaveText(newWelshTitle)
      const main = site.getByRole('main')
      await expect(main).toContainText('Beth i’w wneud yn gyntaf, a phwy i’w hysbysu.')
      await expect(main).toContainText('Dywedwch wrth y Swyddog Monitro yn Cyngor Sir Enghraifft.')
      await expect(main.locator('.notice')).toHaveCount(0)
    } finally {
      await reader.close()
    }
  })
})
