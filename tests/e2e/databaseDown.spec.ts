import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, rmSync } from 'node:fs'
import path from 'node:path'

import { expect, test, type Page } from '@playwright/test'

import { startEmbeddedPostgres, type RunningPostgres } from '../../scripts/lib/postgres'
import { waitForHealth } from '../../scripts/lib/health'
import { findFreePort } from '../../scripts/lib/ports'
import { stopTree } from '../../scripts/lib/processTree'
import { newTotpSecret, totpCodeForStep, totpStepAt } from '../../src/lib/twoFactor'
import { expectNoAxeViolations } from './helpers'

/**
 * PostgreSQL goes down under a running portal, and comes back. This spec starts its own embedded
 * PostgreSQL (its own data folder, so stopping it touches no other test) and its own production
 * server from the same build (`run.ts start`: migrate, seed, `next start`), warms a public page,
 * stops the database, and checks what a reader, a councillor, an editor and a load balancer see;
 * then starts the database again on the same port and checks that everything comes back without
 * restarting the app.
 */

const repoRoot = process.cwd()
const dataDir = path.join(repoRoot, '.data', 'e2e-database-down-postgres')
const logFile = path.join(repoRoot, 'test-results', 'database-down-server.log')
const adminEmail = 'admin@example.test'
const adminPassword = `Aa1!${randomBytes(18).toString('base64url')}`
const adminTotpSecret = newTotpSecret()
const HOME = '/example-borough/en'
const SIGN_IN = '/example-borough/en/login'

let database: RunningPostgres
let server: ChildProcess
let baseUrl = ''
const serverLines: string[] = []

async function healthStatus(): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(10_000) })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

function serverIsRunning(): boolean {
  return server.exitCode === null && server.signalCode === null
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(repoRoot, 'test-results', 'e2e', `database-down-${name}.png`), fullPage: true })
}

test.describe('PostgreSQL down, and back', () => {
  test.describe.configure({ mode: 'serial' })

  test.beforeAll(async () => {
    // Migrating and seeding a fresh database, then starting Next, on a loaded two-core machine.
    test.setTimeout(420_000)
    rmSync(dataDir, { recursive: true, force: true })
    database = await startEmbeddedPostgres({ dataDir, log: (line) => serverLines.push(`[postgres] ${line}`) })
    await database.createDatabase('portal')
    const port = await findFreePort()
    baseUrl = `http://127.0.0.1:${port}`
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.urlFor('portal'),
      PORT: String(port),
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      INCIDENT_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      NEXT_PUBLIC_SERVER_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      TRUSTED_PROXY_HOPS: '1',
      SEED_ADMIN_EMAIL: adminEmail,
      SEED_ADMIN_PASSWORD: adminPassword,
      // A platform admin signs in with two-step sign-in: this one is seeded with a known secret.
      SEED_ADMIN_TOTP_SECRET: adminTotpSecret,
    }
    for (const name of ['TEST_DATABASE_URL', 'PORTAL_TEST_DB_READY', 'E2E_PLANT_SERVER_ERROR', 'RESEND_API_KEY', 'RESEND_BASE_URL']) delete env[name]
    const log = createWriteStream(logFile)
    server = spawn('npx', ['tsx', 'scripts/run.ts', 'start'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const keep = (chunk: Buffer) => {
      log.write(chunk)
      serverLines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
    }
    server.stdout?.on('data', keep)
    server.stderr?.on('data', keep)
    await waitForHealth(baseUrl, { child: server, timeoutMs: 400_000, pollMs: 1_000, describe: () => serverLines.slice(-30).join('\n') })
  })

  test.afterAll(async () => {
    if (server?.pid !== undefined) await stopTree(server.pid, 5_000)
    await database?.stop()
  })

  test('with the database down: cached public pages are served, health says 503 and why, sign-in and the admin say the service is unavailable; then it all comes back by itself', async ({ browser, request }) => {
    test.setTimeout(240_000)

    // A reader has been here before the outage: the home page is in the app's cache.
    const warm = await request.get(`${baseUrl}${HOME}`)
    expect(warm.status()).toBe(200)
    const warmBody = await warm.text()
    const heading = /<h1[^>]*>(.*?)<\/h1>/s.exec(warmBody)?.[1]
    expect(heading).toBeTruthy()
    const signInBefore = await request.get(`${baseUrl}${SIGN_IN}`)
    expect(signInBefore.status()).toBe(200)
    expect(await signInBefore.text()).toContain('type="password"')

    const port = database.port
    await database.stop()

    // The cached public page, whole, as before.
    const cached = await request.get(`${baseUrl}${HOME}`)
    expect(cached.status()).toBe(200)
    expect(await cached.text()).toContain(heading as string)

    // The load balancer's view: 503, with the reason.
    const health = await healthStatus()
    expect(health.status).toBe(503)
    expect(health.body).toMatchObject({ db: 'unreachable', migrations: 'unknown' })
    expect(String(health.body.reason)).toMatch(/^The database is not answering: .*(ECONNREFUSED|terminat|connect)/i)

    // The app remembers the database's last answer for a second (src/lib/databaseStatus.ts), and
    // the warm-up above may have asked less than a second before the stop: wait that out.
    await expect
      .poll(async () => (await (await request.get(`${baseUrl}${SIGN_IN}`)).text()).includes('The service is unavailable'), { timeout: 10_000, intervals: [500, 1_000] })
      .toBe(true)

    // A councillor on a phone, at the sign-in page: plain words, no form, no stack trace.
    const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const phone = await phoneContext.newPage()
    const signIn = await phone.goto(`${baseUrl}${SIGN_IN}`)
    expect(signIn?.status()).toBe(200)
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText('The service is unavailable')
    await expect(phone.getByText('Signing in is unavailable just now: the portal cannot reach its database.')).toBeVisible()
    await expect(phone.locator('input[type="password"]')).toHaveCount(0)
    await expectNoAxeViolations(phone)
    await screenshot(phone, 'sign-in')
    await phoneContext.close()

    // An editor at the admin.
    const deskContext = await browser.newContext()
    const desk = await deskContext.newPage()
    await desk.goto(`${baseUrl}/admin/login`)
    await expect(desk.getByRole('heading', { level: 1 })).toHaveText('The service is unavailable')
    await expect(desk.getByText('The admin is unavailable just now: the portal cannot reach its database.')).toBeVisible()
    await expectNoAxeViolations(desk)
    await screenshot(desk, 'admin')

    // The API a script or the admin's form would call: 503 in words, not a bare 500.
    const login = await request.post(`${baseUrl}/api/users/login`, { data: { email: adminEmail, password: adminPassword } })
    expect(login.status()).toBe(503)
    expect(await login.text()).toMatch(/database is not answering/)
    expect(serverIsRunning()).toBe(true)

    // The database returns, on the same port; nobody restarts the app.
    database = await startEmbeddedPostgres({ dataDir, preferredPort: port, log: (line) => serverLines.push(`[postgres] ${line}`) })
    expect(database.port).toBe(port)
    await expect.poll(async () => (await healthStatus()).status, { timeout: 30_000, intervals: [500, 1_000] }).toBe(200)
    await desk.goto(`${baseUrl}/admin/login`)
    await expect(desk.getByLabel('Email')).toBeVisible()
    await screenshot(desk, 'admin-back')
    await deskContext.close()
    const again = await request.get(`${baseUrl}${SIGN_IN}`)
    expect(await again.text()).toContain('type="password"')
    const code = totpCodeForStep(adminTotpSecret, totpStepAt(Date.now()))
    const loggedIn = await request.post(`${baseUrl}/api/users/login`, { data: { email: adminEmail, password: adminPassword, code } })
    expect(loggedIn.status()).toBe(200)
    expect(serverIsRunning()).toBe(true)
  })
})
