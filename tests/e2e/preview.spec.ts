import { expect, test, type APIRequestContext } from '@playwright/test'

import { adminCredentials, deleteOrFail, expectNoAxeViolations, loginToken, publishPage, tenantIdOf } from './helpers'

/**
 * Editors preview drafts on the tenant's branded page through Payload's live preview; drafts are
 * never public. The page is an example-county page made here (Welsh parity: it needs Welsh to be
 * published) and removed afterwards, with the two editors made for it.
 */
const suffix = Date.now().toString(36)
const slug = `preview-e2e-${suffix}`
const published = `Published preview ${suffix}`
const draft = `Draft preview ${suffix}`
const editor = { email: `preview-editor-${suffix}@example.org`, password: 'preview-editor-password-4821' }
const outsider = { email: `preview-outsider-${suffix}@example.org`, password: 'preview-outsider-password-4821' }

let adminJwt = ''
let pageId = 0
let userIds: number[] = []

const asAdmin = () => ({ Authorization: `JWT ${adminJwt}` })

async function createEditor(request: APIRequestContext, credentials: { email: string; password: string }, tenant: number): Promise<number> {
  const response = await request.post('/api/users', { headers: asAdmin(), data: { ...credentials, tenants: [{ tenant, roles: ['editor'] }] } })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

test.describe('live preview of drafts', () => {
  test.describe.configure({ mode: 'serial' })

  test.beforeAll(async ({ request, baseURL }) => {
    adminJwt = await loginToken(baseURL ?? '', adminCredentials())
    const county = await tenantIdOf(request, adminJwt, 'example-county')
    const borough = await tenantIdOf(request, adminJwt, 'example-borough')
    pageId = await publishPage(request, adminJwt, { tenant: county, slug, title: published, welsh: `Cyhoeddwyd ${suffix}` })
    userIds = [await createEditor(request, editor, county), await createEditor(request, outsider, borough)]
  })

  test.afterAll(async ({ request }) => {
    await deleteOrFail(request, `/api/pages/${pageId}`, adminJwt)
    for (const id of userIds) await deleteOrFail(request, `/api/users/${id}`, adminJwt)
  })

  test('a rules-of-engagement template\'s draft previews on the branded page for its editor only', async ({ playwright, request, baseURL }) => {
    const county = await tenantIdOf(request, adminJwt, 'example-county')
    const base = { audience: 'candidate', title: 'Rules of engagement', intro: `Published intro ${suffix}`, rules: [{ text: 'Be kind.' }], bioTemplates: [{ template: '{name}, {role}' }] }
    const created = await request.post('/api/engagement-templates?locale=en', { headers: asAdmin(), data: { ...base, tenant: county, _status: 'draft' } })
    expect(created.status(), await created.text()).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    const url = `/preview/example-county/en/rules-of-engagement/${id}`
    const anonymous = await playwright.request.newContext({ baseURL })
    const asOutsider = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `JWT ${await loginToken(baseURL ?? '', outsider)}` } })
    const asEditor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `JWT ${await loginToken(baseURL ?? '', editor)}` } })
    try {
      expect((await anonymous.get(url)).status()).toBe(404)
      expect((await asOutsider.get(url)).status()).toBe(404)
      const allowed = await asEditor.get(url)
      expect(allowed.status()).toBe(200)
      const html = await allowed.text()
      expect(html).toContain(`Published intro ${suffix}`)
      expect(html).toContain('Example County Council')
      expect(allowed.headers()['cache-control']).toContain('no-store')
      // The public page still shows the national template: this one was never published.
      expect(await (await anonymous.get('/example-county/en/rules-of-engagement/candidate')).text()).not.toContain(`Published intro ${suffix}`)
    } finally {
      await Promise.all([anonymous.dispose(), asOutsider.dispose(), asEditor.dispose()])
      await deleteOrFail(request, `/api/engagement-templates/${id}`, adminJwt)
    }
  })

  test('anonymous visitors and an editor of another tenant get 404; the tenant\'s editor gets the page, framable by the admin only', async ({ playwright, baseURL }) => {
    const url = `/preview/example-county/en/${pageId}`
    const anonymous = await playwright.request.newContext({ baseURL })
    const asOutsider = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `JWT ${await loginToken(baseURL ?? '', outsider)}` } })
    const asEditor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `JWT ${await loginToken(baseURL ?? '', editor)}` } })
    try {
      for (const [who, context] of [['anonymous', anonymous], ['editor of example-borough', asOutsider]] as const) {
        const response = await context.get(url)
        expect(response.status(), who).toBe(404)
        const body = await response.text()
        // The same portal 404 as for an address that names nothing: no sign the page exists.
        expect(body, who).not.toContain(published)
        expect(body, who).not.toContain('Example County Council')
      }
      // Another tenant's page id under this tenant's address is no way round it.
      expect((await asOutsider.get(`/preview/example-borough/en/${pageId}`)).status()).toBe(404)

      const allowed = await asEditor.get(url)
      expect(allowed.status()).toBe(200)
      expect(await allowed.text()).toContain(published)
      expect(allowed.headers()['x-frame-options']).toBe('SAMEORIGIN')
      // Framable by the admin (same origin) only; the rest of the policy is tests/e2e/hardening.spec.ts's.
      expect(allowed.headers()['content-security-policy']).toMatch(/(^|; )frame-ancestors 'self'(;|$)/)
      expect(allowed.headers()['cache-control']).toContain('no-store')
      expect(await allowed.text()).toMatch(/<meta name="robots" content="noindex, nofollow"/)
      // Public pages are not framable at all.
      expect((await anonymous.get('/example-county/en')).headers()['x-frame-options']).toBe('DENY')
    } finally {
      await Promise.all([anonymous.dispose(), asOutsider.dispose(), asEditor.dispose()])
    }
  })

  test('an editor saves a draft in the admin and sees it on the branded preview, while the public page keeps the published text', async ({ page, browser, request }) => {
    await page.goto('/admin/login', { waitUntil: 'networkidle' })
    await page.getByLabel('Email').fill(editor.email)
    await page.getByLabel('Password').fill(editor.password)
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)

    await page.goto(`/admin/collections/pages/${pageId}`, { waitUntil: 'networkidle' })
    const title = page.locator('#field-title')
    await expect(title).toHaveValue(published)
    // Pages autosave drafts: wait for the save that carries the new title.
    const [saved] = await Promise.all([
      page.waitForResponse((response) => response.url().includes(`/api/pages/${pageId}`) && response.url().includes('autosave=true') && response.request().method() !== 'GET'),
      title.fill(draft),
    ])
    expect(saved.ok()).toBe(true)

    await page.goto(`/preview/example-county/en/${pageId}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(draft)
    await expect(page.locator('.site-header')).toContainText('Example County Council')
    await expect(page.locator('.preview-notice')).toBeVisible()
    await expect(page.getByRole('link', { name: '999' }).first()).toHaveAttribute('href', 'tel:999')
    await expectNoAxeViolations(page)

    const reader = await browser.newContext()
    try {
      const publicPage = await reader.newPage()
      const response = await publicPage.goto(`/example-county/en/${slug}`)
      expect(response?.status()).toBe(200)
      await expect(publicPage.getByRole('heading', { level: 1 })).toHaveText(published)
      expect(await publicPage.content()).not.toContain(draft)
    } finally {
      await reader.close()
    }

    // In the admin's frame, the preview asks to be told of saves and re-renders on each one.
    await page.goto('/example-county/en')
    const ready = page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          window.addEventListener('message', (event: MessageEvent<{ type?: string; ready?: boolean }>) => {
            if (event.origin === window.location.origin && event.data.type === 'payload-live-preview' && event.data.ready) resolve(true)
          })
        }),
    )
    await page.evaluate((src) => {
      const frame = document.createElement('iframe')
      frame.id = 'live-preview'
      frame.title = 'Live preview'
      frame.src = src
      document.body.append(frame)
    }, `/preview/example-county/en/${pageId}`)
    expect(await ready).toBe(true)
    const framed = page.frameLocator('#live-preview')
    await expect(framed.getByRole('heading', { level: 1 })).toHaveText(draft)

    const second = `Second draft ${suffix}`
    const patched = await request.patch(`/api/pages/${pageId}?locale=en&draft=true`, { headers: asAdmin(), data: { title: second } })
    expect(patched.ok()).toBe(true)
    await page.evaluate(() => {
      const frame = document.getElementById('live-preview')
      if (frame instanceof HTMLIFrameElement) frame.contentWindow?.postMessage({ type: 'payload-document-event' }, window.location.origin)
    })
    await expect(framed.getByRole('heading', { level: 1 })).toHaveText(second)
  })
})
