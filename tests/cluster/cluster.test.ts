/**
 * The portal as several processes (issue #16), through `npm run cluster` itself (scripts/cluster.ts)
 * on a throwaway database: two app processes sharing Redis and PostgreSQL, one worker, nginx with
 * deploy/nginx.conf in front. Run by the `cluster` layer of `npm test`, which provides
 * CLUSTER_DATABASE_URL; the Resend capture server runs in this process, so every send request is
 * counted, not only the emails it keeps.
 *
 * The tests run in order and share the cluster; the last two stop parts of it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { newTotpSecret, totpCodeForStep, totpStepAt } from '../../src/lib/twoFactor'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isAlive } from '../../scripts/lib/proc'
import { processTree, stopTree } from '../../scripts/lib/processTree'
import { startResendCapture, type ResendCapture } from '../../scripts/lib/resendCapture'

const root = path.resolve(import.meta.dirname, '../..')
const TENANT_PAGE = '/example-county/en/wellbeing'
const MEMBERS_PAGE = '/example-county/en/members'
const POLL_LIMIT_MS = 10_000
const LOGIN_LIMIT = 20

type Running = { cli: ChildProcess; output: () => string; site: string; apps: string[]; appPids: number[] }

const admin = { email: 'cluster-admin@example.org', password: `Aa1!${randomBytes(18).toString('base64url')}` }
// Platform admins sign in with two-step sign-in: seeded with a known secret, the code computed at login.
const adminTotpSecret = newTotpSecret()
const secrets = {
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  INCIDENT_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
}
let capture: ResendCapture
let running: Running
let adminToken: string

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** `npm run cluster` as a reader runs it, until it prints its addresses. */
async function startClusterCli(databaseUrl: string): Promise<Running> {
  let text = ''
  const cli = spawn('npx', ['tsx', 'scripts/cluster.ts', '--port', '0'], {
    cwd: root,
    env: {
      ...process.env,
      ...secrets,
      DATABASE_URL: databaseUrl,
      SEED_ADMIN_EMAIL: admin.email,
      LOGIN_RATE_LIMIT: String(LOGIN_LIMIT),
      SEED_ADMIN_PASSWORD: admin.password,
      SEED_ADMIN_TOTP_SECRET: adminTotpSecret,
      RESEND_API_KEY: 're_test_capture',
      RESEND_BASE_URL: capture.url,
      // Not the dev tree: the cluster's logs go beside the other test reports.
      CLUSTER_RUN_DIR: path.join(root, 'test-results', 'cluster'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, as in a terminal, where Ctrl-C signals the whole foreground group.
    detached: true,
  })
  cli.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
  cli.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
  const deadline = Date.now() + 15 * 60_000
  while (!text.includes('Ctrl-C stops everything')) {
    if (cli.exitCode !== null) throw new Error(`npm run cluster exited (${cli.exitCode}) before it was ready:\n${text}`)
    if (Date.now() > deadline) throw new Error(`npm run cluster was not ready within 15 minutes:\n${text}`)
    await sleep(250)
  }
  const site = /Site:\s+(http:\/\/\S+?)\/?\s/.exec(text)?.[1]
  const apps = [...text.matchAll(/^App \d+\s+(http:\/\/\S+) \(pid (\d+)/gm)]
  if (!site || apps.length < 2) throw new Error(`could not read the addresses from:\n${text}`)
  return { cli, output: () => text, site, apps: apps.map((match) => match[1] ?? ''), appPids: apps.map((match) => Number(match[2])) }
}

async function api<T>(base: string, method: string, pathname: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}/api/${pathname}`, {
    method,
    headers: { Authorization: `JWT ${adminToken}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} /api/${pathname}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

async function login(base: string, email: string, password: string, address?: string): Promise<Response> {
  const code = email === admin.email ? totpCodeForStep(adminTotpSecret, totpStepAt(Date.now())) : undefined
  return fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(address ? { 'X-Forwarded-For': address } : {}) },
    body: JSON.stringify({ email, password, ...(code ? { code } : {}) }),
  })
}

/** Polls `url` until its HTML contains `text`; the milliseconds it took, or a failure after 10 s. */
async function pollUntilShown(url: string, text: string): Promise<number> {
  const begun = Date.now()
  while (Date.now() - begun < POLL_LIMIT_MS) {
    const html = await fetch(url).then((response) => response.text())
    if (html.includes(text)) return Date.now() - begun
    await sleep(100)
  }
  throw new Error(`${url} did not show "${text}" within ${POLL_LIMIT_MS / 1000} s`)
}

/** `npm run worker` beside the cluster's own, on the same database and secrets. */
function startExtraWorker(): { ready: Promise<void>; stop(): Promise<void> } {
  const worker = spawn('npx', ['tsx', 'scripts/run.ts', 'worker'], {
    cwd: root,
    env: {
      ...process.env,
      ...secrets,
      DATABASE_URL: process.env.CLUSTER_DATABASE_URL,
      TRUSTED_PROXY_HOPS: '1',
      RESEND_API_KEY: 're_test_capture',
      RESEND_BASE_URL: capture.url,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  worker.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  worker.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  const ready = (async () => {
    const deadline = Date.now() + 180_000
    while (!output.includes('Worker running jobs')) {
      if (worker.exitCode !== null || Date.now() > deadline) throw new Error(`a worker did not start:\n${output}`)
      await sleep(200)
    }
  })()
  return { ready, stop: async () => (worker.pid === undefined ? undefined : stopTree(worker.pid, 10_000)) }
}

beforeAll(async () => {
  const databaseUrl = process.env.CLUSTER_DATABASE_URL
  if (!databaseUrl) throw new Error('CLUSTER_DATABASE_URL is not set: run this file through `npm test -- --only cluster`.')
  capture = await startResendCapture()
  running = await startClusterCli(databaseUrl)
  const response = await login(running.apps[0] ?? '', admin.email, admin.password)
  adminToken = ((await response.json()) as { token: string }).token
}, 16 * 60_000)

afterAll(async () => {
  if (running?.cli.pid !== undefined && running.cli.exitCode === null) await stopTree(running.cli.pid, 20_000)
  await capture?.close()
})

describe('several app processes behind nginx', () => {
  it('shows a publish through one process on the other process and through nginx', async () => {
    const [one, two] = running.apps
    if (!one || !two) throw new Error('two app processes expected')
    // Cached on the second process first, so it must hear of the change, not just render it.
    await fetch(`${two}${TENANT_PAGE}`).then((response) => response.text())
    const cached = await fetch(`${two}${TENANT_PAGE}`)
    await cached.text()
    expect(cached.headers.get('x-nextjs-cache')).toBe('HIT')

    const found = await api<{ docs: { id: number }[] }>(one, 'GET', 'pages?where[slug][equals]=wellbeing&where[tenant.kind][equals]=baseline&depth=0')
    const id = found.docs[0]?.id
    expect(id).toBeDefined()
    const marker = `Cluster ${Date.now()}`
    await api(one, 'PATCH', `pages/${id}?locale=en`, { summary: marker, _status: 'published' })
    await pollUntilShown(`${two}${TENANT_PAGE}`, marker)
    await pollUntilShown(`${running.site}${TENANT_PAGE}`, marker)
  })

  it('serves a public page from nginx\'s cache, with or without a cookie, except to a signed-in reader, and a members\' page never', async () => {
    const url = `${running.site}${TENANT_PAGE}`
    await fetch(url).then((response) => response.text())
    const statuses: string[] = []
    for (let attempt = 0; attempt < 20 && !statuses.includes('HIT'); attempt++) {
      const response = await fetch(url)
      await response.text()
      statuses.push(response.headers.get('x-cache-status') ?? '-')
    }
    expect(statuses).toContain('HIT')
    // A reader with other cookies gets the same shared copy: public pages never read cookies.
    const withCookie = await fetch(url, { headers: { Cookie: 'consent=yes; other-token=1; xpayload-token=2' } })
    await withCookie.text()
    expect(['HIT', 'STALE', 'UPDATING']).toContain(withCookie.headers.get('x-cache-status'))
    expect(withCookie.headers.get('set-cookie')).toBeNull()
    // A signed-in reader (the session cookie, first or among others) is sent to the app, which
    // answers private, so their service worker keeps nothing read while signed in.
    for (const cookie of ['payload-token=not-a-session', 'consent=yes; payload-token=not-a-session']) {
      const signedIn = await fetch(url, { headers: { Cookie: cookie } })
      await signedIn.text()
      expect(signedIn.status).toBe(200)
      expect(signedIn.headers.get('x-cache-status')).toBe('BYPASS')
      expect(signedIn.headers.get('cache-control')).toBe('private, no-store')
    }
    // And what the app told them was not kept for the next anonymous reader.
    const after = await fetch(url)
    await after.text()
    expect(after.headers.get('cache-control')).toContain('public')

    for (let attempt = 0; attempt < 5; attempt++) {
      const members = await fetch(`${running.site}${MEMBERS_PAGE}`, { redirect: 'manual' })
      await members.text()
      expect(members.headers.get('x-cache-status')).not.toBe('HIT')
      const search = await fetch(`${running.site}/example-county/en/search?q=abuse`)
      await search.text()
      expect(search.headers.get('x-cache-status')).not.toBe('HIT')
    }
  })

  it('drops requests for a host that is neither the portal\'s nor a tenant\'s', async () => {
    const { request } = await import('node:http')
    const outcome = await new Promise<string>((resolve) => {
      const req = request(`${running.site}/`, { headers: { Host: 'unknown.example' } }, (response) => resolve(`answered ${response.statusCode}`))
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
      req.end()
    })
    expect(outcome).toBe('ECONNRESET')
  })

  it('keeps a councillor signed in through one process signed in on the other', async () => {
    const [one, two] = running.apps
    if (!one || !two) throw new Error('two app processes expected')
    const tenants = await api<{ docs: { id: number }[] }>(one, 'GET', 'tenants?where[slug][equals]=example-county&depth=0')
    const tenant = tenants.docs[0]?.id
    const email = `cluster-cllr-${Date.now()}@example.org`
    const password = `Aa1!${randomBytes(12).toString('base64url')}`
    await api(one, 'POST', 'users', { email, password, tenants: [{ tenant, roles: ['councillor'] }] })
    const signedIn = await login(one, email, password)
    expect(signedIn.status).toBe(200)
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    expect(cookie).toMatch(/-token=/)

    // Without the cookie the other process sends the reader to sign in (a redirect, or streamed).
    const anonymous = await fetch(`${two}${MEMBERS_PAGE}`, { redirect: 'manual' })
    const anonymousHtml = await anonymous.text()
    expect((anonymous.status >= 300 && anonymous.status < 400) || anonymousHtml.includes('/login?next=')).toBe(true)
    expect(anonymousHtml).not.toContain(email)
    // As a browser sends it on a navigation: Payload takes the session cookie only from the portal's
    // own pages (Origin in its CSRF list, or Sec-Fetch-Site same-origin or none).
    const browser = { Cookie: cookie, 'Sec-Fetch-Site': 'none' }
    const member = await fetch(`${two}${MEMBERS_PAGE}`, { redirect: 'manual', headers: browser })
    const html = await member.text()
    expect(member.status, `${member.headers.get('location')} (cookie ${cookie.slice(0, 20)}…; same process: ${(await fetch(`${one}${MEMBERS_PAGE}`, { redirect: 'manual', headers: browser })).status})`).toBe(200)
    expect(html).toContain(email)
    const me = await fetch(`${two}/api/users/me`, { headers: { ...browser, 'Sec-Fetch-Site': 'same-origin' } }).then((response) => response.json() as Promise<{ user: { email: string } | null }>)
    expect(me.user?.email).toBe(email)
  })

  it('counts a sign-in limit on one process and holds it on the other', async () => {
    const [one, two] = running.apps
    if (!one || !two) throw new Error('two app processes expected')
    // TRUSTED_PROXY_HOPS=1: called directly, the last X-Forwarded-For entry is the client.
    const address = `198.51.100.${1 + Math.floor(Math.random() * 250)}`
    const statuses: number[] = []
    // LOGIN_RATE_LIMIT attempts per address in ten minutes, all on the first process.
    for (let attempt = 0; attempt < LOGIN_LIMIT; attempt++) {
      const response = await login(one, `nobody-${attempt}@example.org`, 'wrong-password-1', address)
      await response.text()
      statuses.push(response.status)
    }
    expect(statuses).not.toContain(429)
    const onOther = await login(two, 'nobody-else@example.org', 'wrong-password-1', address)
    await onOther.text()
    expect(onOther.status).toBe(429)
    // Another address still may.
    const fresh = await login(two, 'nobody-else@example.org', 'wrong-password-1', '198.51.100.251')
    await fresh.text()
    expect(fresh.status).not.toBe(429)
  })

  it('limits sign-in attempts at nginx too, before they reach an app process', async () => {
    // deploy/nginx.conf: 2 a second per address with a burst of 10, answered 429 by nginx itself.
    const replies = await Promise.all(
      Array.from({ length: 14 }, async (_, attempt) => {
        const response = await login(running.site, `burst-${attempt}@example.org`, 'wrong-password-1')
        return { status: response.status, body: await response.text() }
      }),
    )
    const fromNginx = replies.filter((reply) => reply.status === 429 && reply.body.includes('<center>nginx</center>'))
    expect(fromNginx.length).toBeGreaterThan(0)
  })

  it('sends queued email from a worker only, and once even with two workers overlapping', async () => {
    const email = admin.email
    const sentTo = () => capture.emails().filter((message) => message.to.includes(email)).length
    const askReset = async () => {
      const asked = await fetch(`${running.site}/api/users/forgot-password`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email }),
      })
      await asked.text()
      expect(asked.status).toBe(200)
    }
    const waitForSends = async (count: number) => {
      const begun = Date.now()
      while (sentTo() < count && Date.now() - begun < 60_000) await sleep(200)
      // Several more outbox ticks (every 3 s in each worker) to give a second send every chance.
      await sleep(9_000)
    }
    const start = { mine: sentTo(), requests: capture.stats().requests }

    // Without the worker, the two web processes (PORTAL_JOBS=off) send nothing.
    const workerPid = Number(/Worker\s+pid (\d+)/.exec(running.output())?.[1])
    expect(workerPid).toBeGreaterThan(0)
    await stopTree(workerPid, 10_000)
    await askReset()
    await sleep(9_000)
    expect(sentTo()).toBe(start.mine)

    // Two workers, as during a restart or by mistake: the queued email goes once, and so does the next.
    const workers = [startExtraWorker(), startExtraWorker()]
    try {
      await Promise.all(workers.map((worker) => worker.ready))
      await waitForSends(start.mine + 1)
      expect(sentTo() - start.mine).toBe(1)
      await askReset()
      await waitForSends(start.mine + 2)
      expect(sentTo() - start.mine).toBe(2)
      // Send requests, not just kept emails: the capture server, like Resend, would fold a repeat
      // with the same idempotency key into one email.
      expect(capture.stats().requests - start.requests).toBe(2)
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()))
    }
  })

  it('loses no request nginx can retry while one app process stops', async () => {
    const victim = running.appPids[1]
    if (victim === undefined) throw new Error('no second app process')
    const statuses: number[] = []
    let stopping: Promise<void> | undefined
    let stoppedAt: number | undefined
    const load = async () => {
      // Before, during and for 100 requests after the stop.
      while (stoppedAt === undefined || statuses.length < stoppedAt + 100) {
        // Uncached: every one reaches an app process.
        const response = await fetch(`${running.site}/api/health`).catch(() => undefined)
        await response?.text()
        statuses.push(response?.status ?? 0)
        if (statuses.length === 100 && !stopping) {
          stopping = stopTree(victim, 10_000).then(() => {
            stoppedAt = statuses.length
          })
        }
      }
    }
    await Promise.all([load(), load(), load(), load()])
    await stopping
    expect(isAlive(victim)).toBe(false)
    expect(statuses.length).toBeGreaterThan(200)
    expect(statuses.filter((status) => status !== 200)).toEqual([])
  })

  it('stops everything on Ctrl-C, leaving no process behind', async () => {
    const pid = running.cli.pid
    if (pid === undefined) throw new Error('no cluster process')
    // Ending one app process above made the cluster stop itself (a supervisor's rule); if it is
    // still up, Ctrl-C stops it here.
    const tree = processTree(pid).map((entry) => entry.pid)
    expect(tree.length).toBeGreaterThan(1)
    // What Ctrl-C in a terminal does: SIGINT to every process of the foreground group (npx, npm,
    // tsx, node); the services run in groups of their own and are stopped by scripts/cluster.ts.
    process.kill(-pid, 'SIGINT')
    // npx may return at once; the cluster's own process goes on stopping the services, then exits.
    const deadline = Date.now() + 60_000
    while (tree.some(isAlive) && Date.now() < deadline) await sleep(200)
    expect(tree.filter(isAlive)).toEqual([])
    expect(running.output()).toContain('Stopped; nothing left running.')
  })
})
