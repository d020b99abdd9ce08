import { readFileSync } from 'node:fs'

import { validateXliff } from '../helpers/xliffSchema'

import { expect, test } from './journey'

import { adminScreenIsAxeClean, deleteOrFail, liveAdminToken, openMenu, signInToAdmin, translateInBrowser } from './helpers'

/**
 * Issue #15 for rules-of-engagement templates, as a Welsh council's editor does it: the council's
 * template was reviewed in Welsh, then its English changed. The editor opens Translations, finds
 * the template's row out of date (beside the national pages the council inherits, shown with the
 * national status, read-only), compares it side by side, exports the templates missing or out of
 * date in Welsh, the test translates the file as a CAT tool would (the browser's XML DOM; bio
 * variables and the council's name are placeholders it keeps), the editor imports it through the
 * screen, reads the summary and opens the template in Welsh.
 */
const suffix = Date.now().toString(36)
const slug = `cyngor-templedi-${suffix}`
const editor = { email: `template-translator-${suffix}@example.org`, password: 'template-translator-password-5521' }
const title = `How I use social media ${suffix}`
const welshTitle = `Sut rwy’n defnyddio’r cyfryngau cymdeithasol ${suffix}`

let adminJwt = ''
let tenantId = 0
let editorId = 0
let templateId = 0

const english = {
  title,
  intro: 'How councillors of {{tenant.name}} answer online.',
  rules: [{ text: 'I reply within five working days.' }, { text: 'I do not discuss casework in public.' }, { text: 'I block abusive accounts.' }],
  bioTemplates: [{ template: '{name}, {role}' }],
}

/** What the council's translators return for each English text node of the file. */
const memory: Record<string, string> = {
  [title]: welshTitle,
  'How councillors of ': 'Sut mae cynghorwyr ',
  ' answer online.': ' yn ateb ar-lein.',
  'I reply within five working days.': 'Rwy’n ateb o fewn pum diwrnod gwaith.',
  'I do not discuss casework in public.': 'Nid wyf yn trafod gwaith achos yn gyhoeddus.',
  'I block and report abusive accounts.': 'Rwy’n blocio ac yn adrodd cyfrifon sarhaus.',
  ', ': ', ',
}

test.describe('translating a council\'s rules-of-engagement template', () => {
  test.describe.configure({ mode: 'serial' })

  test.beforeAll(async ({ request, baseURL }) => {
    adminJwt = await liveAdminToken(baseURL ?? '')
    const headers = { Authorization: `JWT ${adminJwt}` }
    // A Welsh council of its own, so no other spec's template for the same audience is in the way.
    const tenant = await request.post('/api/tenants', {
      headers,
      data: { name: `Cyngor Templedi ${suffix}`, slug, kind: 'council', nation: 'wales', locales: ['en', 'cy'], defaultLocale: 'en', active: true },
    })
    expect(tenant.status(), await tenant.text()).toBe(201)
    tenantId = ((await tenant.json()) as { doc: { id: number } }).doc.id
    const user = await request.post('/api/users', { headers, data: { ...editor, tenants: [{ tenant: tenantId, roles: ['editor'] }] } })
    expect(user.status(), await user.text()).toBe(201)
    editorId = ((await user.json()) as { doc: { id: number } }).doc.id

    // The template in English and in Welsh, the Welsh marked reviewed (which records the English
    // it was reviewed against), all published; then one rule of the English changes.
    const created = await request.post('/api/engagement-templates?locale=en', { headers, data: { ...english, tenant: tenantId, audience: 'councillor', _status: 'published' } })
    expect(created.status(), await created.text()).toBe(201)
    templateId = ((await created.json()) as { doc: { id: number } }).doc.id
    const welsh = await request.patch(`/api/engagement-templates/${templateId}?locale=cy`, {
      headers,
      data: {
        title: `Hen deitl ${suffix}`,
        intro: 'Sut mae cynghorwyr {{tenant.name}} yn ateb.',
        rules: [{ text: 'Rwy’n ateb o fewn pum diwrnod gwaith.' }, { text: 'Nid wyf yn trafod gwaith achos yn gyhoeddus.' }, { text: 'Rwy’n blocio cyfrifon sarhaus.' }],
        bioTemplates: [{ template: '{name}, {role}' }],
        translationReview: 'reviewed',
        _status: 'published',
      },
    })
    expect(welsh.status(), await welsh.text()).toBe(200)
    const changed = await request.patch(`/api/engagement-templates/${templateId}?locale=en`, {
      headers,
      data: { rules: [english.rules[0], english.rules[1], { text: 'I block and report abusive accounts.' }], _status: 'published' },
    })
    expect(changed.status(), await changed.text()).toBe(200)
  })

  test.afterAll(async ({ request }) => {
    if (editorId) await deleteOrFail(request, `/api/users/${editorId}`, adminJwt)
    if (templateId) await deleteOrFail(request, `/api/engagement-templates/${templateId}`, adminJwt)
    if (tenantId) {
      const headers = { Authorization: `JWT ${adminJwt}` }
      await request.patch(`/api/tenants/${tenantId}`, { headers, data: { active: false } })
      await deleteOrFail(request, `/api/tenants/${tenantId}`, adminJwt)
    }
  })

  test('the editor finds the template out of date, exports it for the translators, imports their file and opens the Welsh', async ({ page }) => {
    test.setTimeout(300_000)
    await signInToAdmin(page, editor)
    await openMenu(page)
    await page.getByRole('link', { name: 'Translations', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Translations' })).toBeVisible({ timeout: 60_000 })

    const row = page.getByRole('row').filter({ hasText: title })
    await expect(row.getByRole('cell', { name: 'Template', exact: true })).toBeVisible()
    await expect(row.getByRole('link', { name: /Welsh out of date, open it in Welsh/ })).toHaveAttribute('href', new RegExp(`/admin/collections/engagement-templates/${templateId}\\?locale=cy$`))
    // The national pages the council shows as they are: the national status, read-only, with what that means.
    const inherited = page.locator('tr[data-inherited]')
    await expect(inherited.first()).toBeVisible()
    await expect(inherited.first().getByRole('checkbox')).toHaveCount(0)
    await inherited.first().getByRole('link', { name: /is the national text, translated by the national team/ }).click()
    await expect(page.locator('#translations-inherited')).toContainText('carries the national status')
    await page.screenshot({ path: '/tmp/translations-templates-dashboard.png', fullPage: true })
    await adminScreenIsAxeClean(page)

    // Side by side: the one rule whose English changed since the review is marked.
    await row.getByRole('link', { name: /^Side by side/ }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('English and Welsh side by side', { timeout: 60_000 })
    await expect(page).toHaveURL(new RegExp(`/admin/translation-review\\?template=${templateId}&language=cy$`))
    const changedRows = page.locator('tr[data-changed]')
    await expect(changedRows).toHaveCount(1)
    await expect(changedRows.locator('ins')).toContainText('and report')
    await page.screenshot({ path: '/tmp/translations-templates-side-by-side.png', fullPage: true })
    await adminScreenIsAxeClean(page)
    await page.getByRole('link', { name: /^Translations of / }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Translations' })).toBeVisible({ timeout: 60_000 })

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export templates missing or out of date in Welsh', exact: true }).click()])
    expect(download.suggestedFilename()).toBe(`${slug}-engagement-templates-missing-cy.xlf`)
    const exported = readFileSync(await download.path(), 'utf8')
    validateXliff(exported)
    // Bio variables and the council's name travel as placeholders the translator cannot delete.
    expect(exported).toMatch(/<ph id="1" [^>]*disp="\{\{tenant\.name\}\}"[^>]*canDelete="no"\/>/)
    expect(exported).toMatch(/<ph id="2" [^>]*disp="\{role\}"[^>]*canDelete="no"\/>/)

    const translated = await translateInBrowser(page, exported, memory)
    await page.getByLabel('Translated file (XLIFF)').setInputFiles({ name: `${slug}-cy.xlf`, mimeType: 'application/xliff+xml', buffer: Buffer.from(translated, 'utf8') })
    await page.getByLabel('Translated and reviewed by (optional)').fill('Siân Cyfieithydd')
    await page.getByRole('button', { name: 'Import the file' }).click()
    const summary = page.getByRole('region', { name: /texts? imported/ })
    await expect(summary.getByRole('heading', { name: '6 texts imported' })).toBeVisible({ timeout: 60_000 })
    await expect(summary).toContainText('Every text in the file went in.')
    await expect(summary).toContainText('the whole template: saved as a draft and marked reviewed in Welsh')
    await expect(page.getByRole('row').filter({ hasText: title }).getByRole('link', { name: /Welsh reviewed, open it in Welsh/ })).toBeVisible({ timeout: 30_000 })
    await page.screenshot({ path: '/tmp/translations-templates-imported.png', fullPage: true })
    await adminScreenIsAxeClean(page)

    await summary.getByRole('link', { name: title }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/engagement-templates/${templateId}\\?locale=cy`), { timeout: 60_000 })
    await expect(page.getByLabel('Title')).toHaveValue(welshTitle, { timeout: 60_000 })
    await expect(page.getByLabel('Intro')).toHaveValue('Sut mae cynghorwyr {{tenant.name}} yn ateb ar-lein.')
    await page.screenshot({ path: '/tmp/translations-templates-welsh.png', fullPage: true })
  })
})
