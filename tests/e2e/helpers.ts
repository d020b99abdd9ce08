import { createHash } from 'node:crypto'
import { closeSync, mkdirSync, openSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import { expect, type APIRequestContext, type Page } from '@playwright/test'

import { TOTP_PERIOD_SECONDS, totpCodeForStep, totpStepAt } from '../../src/lib/twoFactor'

/** The platform admin that `npm test` seeds (SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD). */
export function adminCredentials(): { email: string; password: string } {
  const email = process.env.E2E_ADMIN_EMAIL
  const password = process.env.E2E_ADMIN_PASSWORD
  if (!email || !password) throw new Error('E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD must be set (npm test sets them).')
  return { email, password }
}

/**
 * TOTP secrets of the accounts this test process knows: the seeded admin's (E2E_ADMIN_TOTP_SECRET,
 * which `npm test` seeds it with), and those a sign-in helper read off the set-up page.
 */
const totpSecrets = new Map<string, string>()

export function rememberTotpSecret(email: string, secret: string): void {
  totpSecrets.set(email.toLowerCase(), secret.replace(/\s/g, ''))
}

export function totpSecretOf(email: string): string | undefined {
  const admin = process.env.E2E_ADMIN_TOTP_SECRET
  if (admin && email.toLowerCase() === process.env.E2E_ADMIN_EMAIL?.toLowerCase()) return admin
  return totpSecrets.get(email.toLowerCase())
}

/**
 * Claims one step of an account's codes for this test process. The server accepts each step once,
 * and several Playwright workers (separate processes) sign the same seeded admin in: without a
 * claim they would send the same code, and the loser's refusal is a server error in its journey.
 * A file created exclusively is the claim, visible to every worker.
 */
function claimCodeStep(secret: string, step: number): boolean {
  const dir = path.join(os.tmpdir(), 'portal-e2e-totp-steps')
  mkdirSync(dir, { recursive: true })
  const account = createHash('sha256').update(secret).digest('hex').slice(0, 16)
  try {
    closeSync(openSync(path.join(dir, `${account}-${step}`), 'wx'))
    return true
  } catch {
    return false
  }
}

/**
 * A code the server has not seen yet for this account, as the person's app would show it: this
 * step's, or the next one's (both are accepted), each claimed first; when both are taken it
 * waits for the next step.
 */
async function withFreshCode<T>(secret: string, attempt: (code: string) => Promise<T | 'replayed'>): Promise<T> {
  for (let tries = 0; tries < 6; tries += 1) {
    const step = totpStepAt(Date.now())
    for (const candidate of [step, step + 1]) {
      if (!claimCodeStep(secret, candidate)) continue
      const result = await attempt(totpCodeForStep(secret, candidate))
      if (result !== 'replayed') return result
    }
    await new Promise((resolve) => setTimeout(resolve, (step + 1) * TOTP_PERIOD_SECONDS * 1000 - Date.now() + 200))
  }
  throw new Error('No fresh two-step sign-in code was accepted in six steps')
}

/** REST login with the `code` two-step sign-in asks for, when the account has a known secret. */
async function restLogin(post: (data: Record<string, string>) => Promise<{ status: number; body: string }>, credentials: { email: string; password: string }): Promise<string> {
  const secret = totpSecretOf(credentials.email)
  const once = async (code?: string) => {
    const { status, body } = await post(code ? { ...credentials, code } : credentials)
    if (status === 401 && body.includes('already used')) return 'replayed' as const
    const parsed = JSON.parse(body) as { token?: string }
    if (status !== 200 || !parsed.token) throw new Error(`Login of ${credentials.email} failed: ${status} ${body}`)
    return parsed.token
  }
  return secret ? withFreshCode(secret, once) : (await once()) as string
}

/**
 * The seeded admin's REST token, signed in once per test process and reused while its session
 * lives: every sign-in of that admin needs a code of its own, and at most two steps (30 s each)
 * are usable at a time, so a sign-in per spec would make the suite wait on the clock.
 */
let adminSession: Promise<string> | undefined

async function cachedAdminToken(baseURL: string, signIn: () => Promise<string>): Promise<string> {
  const cached = adminSession ? await adminSession.catch(() => undefined) : undefined
  if (cached) {
    const me = await fetch(new URL('/api/users/me', baseURL), { headers: { Authorization: `JWT ${cached}` } })
    const body = (await me.json().catch(() => ({}))) as { user?: unknown }
    if (body.user) return cached
  }
  adminSession = (async () => {
    // Payload keeps sessions in the user's document: a sign-in of the same admin at the same moment
    // elsewhere can drop this one, so it is checked once before it is kept.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const token = await signIn()
      const me = await fetch(new URL('/api/users/me', baseURL), { headers: { Authorization: `JWT ${token}` } })
      const body = (await me.json().catch(() => ({}))) as { user?: unknown }
      if (body.user) return token
    }
    throw new Error("The admin's session was lost three times running")
  })()
  return adminSession
}

function isAdmin(email: string): boolean {
  return email.toLowerCase() === process.env.E2E_ADMIN_EMAIL?.toLowerCase()
}

/** Logs in through the REST API and returns the JWT for Authorization headers. */
export async function adminToken(request: APIRequestContext): Promise<string> {
  return cachedAdminToken(baseUrlOf(), () =>
    restLogin(async (data) => {
      const response = await request.post('/api/users/login', { data })
      return { status: response.status(), body: await response.text() }
    }, adminCredentials()),
  )
}

function baseUrlOf(): string {
  const base = process.env.E2E_BASE_URL
  if (!base) throw new Error('E2E_BASE_URL must be set (npm test sets it).')
  return base
}

type Captured = { to: string[]; subject: string; html?: string; text?: string; receivedAt: string }

/**
 * Polls the Resend capture server (CAPTURE_URL) until an email to `to` arrives, or, with
 * `subjectIncludes`, one about that: an admin who signs in for the first time is also sent the
 * "two-step sign-in is now on" notice, which must not stand in for the email a journey waits for.
 */
export async function waitForEmailTo(to: string, timeoutMs = 15_000, subjectIncludes?: string): Promise<Captured> {
  const captureUrl = process.env.CAPTURE_URL
  if (!captureUrl) throw new Error('CAPTURE_URL must be set (npm test starts the capture server).')
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const response = await fetch(`${captureUrl}/__captured`)
    const emails = (await response.json()) as Captured[]
    const match = emails.find((email) => email.to.includes(to) && (subjectIncludes === undefined || email.subject.includes(subjectIncludes)))
    if (match) return match
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`No email to ${to}${subjectIncludes ? ` about "${subjectIncludes}"` : ''} reached the capture server within ${timeoutMs} ms`)
}

/** The id of a seeded tenant, read as the admin. */
export async function tenantIdOf(request: APIRequestContext, token: string, slug: string): Promise<number> {
  const response = await request.get(`/api/tenants?where[slug][equals]=${slug}&limit=1&depth=0`, { headers: { Authorization: `JWT ${token}` } })
  const body = (await response.json()) as { docs: { id: number }[] }
  const id = body.docs[0]?.id
  if (id === undefined) throw new Error(`${slug} is not seeded`)
  return id
}

/**
 * A published page of the tenant, made through the REST API as the admin: saved as a draft in
 * English (and in Welsh when `welsh` is given, which a tenant with Welsh parity requires), then
 * published. Returns its id.
 */
export async function publishPage(
  request: APIRequestContext,
  token: string,
  page: { tenant: number; slug: string; title: string; welsh?: string },
): Promise<number> {
  const headers = { Authorization: `JWT ${token}` }
  const created = await request.post('/api/pages?locale=en&draft=true', {
    headers,
    data: { tenant: page.tenant, slug: page.slug, title: page.title, section: 'local', _status: 'draft' },
  })
  if (created.status() !== 201) throw new Error(`Creating ${page.slug}: ${created.status()} ${await created.text()}`)
  const { doc } = (await created.json()) as { doc: { id: number } }
  if (page.welsh) {
    const welsh = await request.patch(`/api/pages/${doc.id}?locale=cy&draft=true`, { headers, data: { title: page.welsh } })
    if (!welsh.ok()) throw new Error(`Welsh for ${page.slug}: ${welsh.status()} ${await welsh.text()}`)
  }
  const published = await request.patch(`/api/pages/${doc.id}?locale=en`, { headers, data: { _status: 'published' } })
  if (!published.ok()) throw new Error(`Publishing ${page.slug}: ${published.status()} ${await published.text()}`)
  return doc.id
}

/** Logs a user in through the REST API with a cookie-less fetch, so no browser or request context is logged in by it. */
export async function loginToken(baseURL: string, credentials: { email: string; password: string }): Promise<string> {
  const signIn = () =>
    restLogin(async (data) => {
      const response = await fetch(new URL('/api/users/login', baseURL), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) })
      return { status: response.status, body: await response.text() }
    }, credentials)
  return isAdmin(credentials.email) ? cachedAdminToken(baseURL, signIn) : signIn()
}

/**
 * No axe violations of WCAG 2.2 A and AA on the page as it stands, or, with `within`, in the part
 * of it that we wrote: Payload's own admin chrome (its react-select tenant selector) has known
 * violations that are not ours to fix, so admin panels and views are checked by their selector.
 */
export async function expectNoAxeViolations(page: Page, { within }: { within?: string } = {}) {
  const builder = new AxeBuilder({ page })
  const results = await (within ? builder.include(within) : builder).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
}

/** The admin's menu is closed at laptop widths: a person opens it with its toggle first. */
export async function openMenu(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Open Menu' })
  const close = page.getByRole('button', { name: 'Close Menu' })
  await expect(toggle.or(close)).toBeVisible()
  // A click before the admin has hydrated (just after a full load, as after signing in) does
  // nothing, as it would for a person: they would press again.
  await expect(async () => {
    if (await toggle.isVisible()) await toggle.click()
    await expect(close).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
}

/**
 * Signs in through the admin's login form as a person does. Waits for the form to be hydrated
 * (a click before that would post it natively) and allows a loaded machine time for the login.
 */
export async function signInToAdmin(page: Page, credentials: { email: string; password: string }): Promise<void> {
  await page.goto('/admin/login', { waitUntil: 'networkidle' })
  await page.getByLabel('Email').fill(credentials.email)
  await page.getByLabel('Password').fill(credentials.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await completeAdminSecondStep(page, credentials.email)
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 60_000 })
  // Signing in ends with a full load of the admin (src/components/twoFactor/continueTo.client.ts).
  await page.waitForLoadState('networkidle')
}

/**
 * After the password: nothing (editors), the code (computed from the known secret), or the
 * set-up of a tenant admin's or officer's first sign-in, done as a person would: the key read
 * from the page as text, the first code typed, the recovery codes acknowledged.
 */
export async function completeAdminSecondStep(page: Page, email: string): Promise<void> {
  const codeStep = page.getByRole('heading', { name: 'Enter your sign-in code' })
  const setupStep = page.getByRole('heading', { name: 'Set up two-step sign-in' })
  await expect(page.getByRole('heading', { name: 'Enter your sign-in code' }).or(setupStep).or(page.locator('.dashboard, .template-default')).first()).toBeVisible({ timeout: 60_000 })
  if (await setupStep.isVisible()) {
    rememberTotpSecret(email, (await page.getByTestId('two-factor-secret').textContent()) ?? '')
  } else if (!(await codeStep.isVisible())) {
    return
  }
  const secret = totpSecretOf(email)
  if (!secret) throw new Error(`No two-step sign-in secret is known for ${email}`)
  const wasSetup = await setupStep.isVisible()
  await withFreshCode(secret, async (code) => {
    await page.getByLabel('Code', { exact: true }).fill(code)
    await page.getByRole('button', { name: 'Continue' }).click()
    const replayed = page.getByText('That code was already used')
    await expect(replayed.or(page.getByRole('heading', { name: 'Save your recovery codes' })).or(page.locator('.dashboard, .template-default')).first()).toBeVisible({ timeout: 60_000 })
    return (await replayed.isVisible()) ? 'replayed' : undefined
  })
  if (wasSetup) {
    await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10)
    await page.getByRole('button', { name: 'I have saved them, continue' }).click()
  }
}

/**
 * The seeded admin's JWT, checked live. Payload keeps sessions in the user's document, so two
 * workers signing the same admin in at the same moment can lose one of the two sessions (its
 * token then answers 403); a lost one is replaced.
 */
export async function liveAdminToken(baseURL: string): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const token = await loginToken(baseURL, adminCredentials())
    const me = await fetch(new URL('/api/users/me', baseURL), { headers: { Authorization: `JWT ${token}` } })
    const body = (await me.json()) as { user?: unknown }
    if (body.user) return token
  }
  throw new Error('The admin\'s session was lost three times running')
}

/**
 * Deletes what a spec made, through any edit lock an admin tab left behind, and fails if it
 * stays: a leftover page shows up on the demo sites and breaks every later spec that walks them.
 * `path` is an API path such as `/api/pages/12` or `/api/pages?where[slug][equals]=x`; a document
 * already gone (404) is fine.
 */
export async function deleteOrFail(request: APIRequestContext, path: string, token: string): Promise<void> {
  const url = `${path}${path.includes('?') ? '&' : '?'}overrideLock=true`
  const response = await request.delete(url, { headers: { Authorization: `JWT ${token}` } })
  if (response.status() === 404) return
  expect(response.status(), `DELETE ${path}: ${await response.text()}`).toBe(200)
}

/**
 * Axe on an admin screen of ours, Payload's own chrome left out: its locale switcher (a grey
 * "Locale:" label below 4.5:1 on its chip), its navigation when the menu is open (group labels
 * below 4.5:1) and Payload's react-select inputs, the multi-tenant plugin's tenant selector among
 * them (an input without a label, a focusable arrow inside aria-hidden). Our screens use plain
 * HTML controls, so none of these is ours to restyle; the rest of the screen is checked.
 */
export async function adminScreenIsAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('.localizer').exclude('.nav').exclude('.react-select-container').exclude('[id^="react-select-"]').exclude('.dropdown-indicator').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
}

/**
 * The council's translators' CAT tool, in the browser's own XML DOM (never string replacement):
 * the export parsed, every `<file>` but `keepFile` (when given) left out, each segment's target
 * replaced by a copy of its source (inline codes as the source has them) with every text node
 * taken from the translation `memory`. Throws on a text the memory lacks.
 */
export async function translateInBrowser(page: Page, xml: string, memory: Record<string, string>, keepFile?: string): Promise<string> {
  return page.evaluate(
    ({ xml, keep, tm }) => {
      const ns = 'urn:oasis:names:tc:xliff:document:2.0'
      const doc = new DOMParser().parseFromString(xml, 'application/xml')
      if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('The export is not well-formed XML')
      if (keep) for (const file of Array.from(doc.getElementsByTagNameNS(ns, 'file'))) if (file.getAttribute('id') !== keep) file.remove()
      const missed: string[] = []
      for (const segment of Array.from(doc.getElementsByTagNameNS(ns, 'segment'))) {
        const source = segment.getElementsByTagNameNS(ns, 'source')[0]
        if (!source) continue
        for (const old of Array.from(segment.getElementsByTagNameNS(ns, 'target'))) old.remove()
        const target = doc.createElementNS(ns, 'target')
        for (const child of Array.from(source.childNodes)) target.appendChild(child.cloneNode(true))
        const walker = doc.createTreeWalker(target, NodeFilter.SHOW_TEXT)
        const texts: Text[] = []
        while (walker.nextNode()) texts.push(walker.currentNode as Text)
        for (const node of texts) {
          const translation = tm[node.data]
          if (translation === undefined) missed.push(node.data)
          else node.data = translation
        }
        segment.appendChild(target)
      }
      if (missed.length > 0) throw new Error(`No translation for: ${missed.join(' | ')}`)
      return new XMLSerializer().serializeToString(doc)
    },
    { xml, keep: keepFile ?? null, tm: memory },
  )
}
