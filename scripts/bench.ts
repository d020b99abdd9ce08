/**
 * `npm run bench [-- --reuse-build] [-- --requests 2000] [-- --concurrency 16]`
 *
 * Against a production build with seeded data, side by side in one run:
 *   1. a cached tenant page (/example-county/en/wellbeing),
 *   2. a plain prerendered page of the same build (/, the directory),
 *   3. the tenant page's own HTML served as a static file by a bare Node server,
 * with requests/s, p50 and p99 for each and the ratios; then publish-to-visible (save a
 * national page through the API, poll a tenant page until it shows; median of 10); then the
 * tenant page's p50 with the 3 demo tenants and again with 500 tenants.
 * Prints a table and writes it to bench-results/. Timings are for reading, never for pass/fail.
 *
 * Everything runs on loopback against a throwaway database (never the dev one). The load
 * generator shares the machine's two cores with the server under test, so absolute numbers
 * are low; the ratios are what compare.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { stopTree } from '../tests/helpers/processTree'
import { createThrowawayDatabase, stopTestDatabaseServer, type ThrowawayDatabase } from '../tests/helpers/testDatabase'
import { median, summarise, table, type LoadResult } from './lib/loadStats'
import { findFreePort } from './lib/ports'

const root = path.resolve(import.meta.dirname, '..')
const TENANT_PAGE = '/example-county/en/wellbeing'
const DIRECTORY_PAGE = '/'

const { values: flags } = parseArgs({
  options: {
    'reuse-build': { type: 'boolean', default: false },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '16' },
    tenants: { type: 'string', default: '500' },
  },
})
const REQUESTS = Number(flags.requests)
const CONCURRENCY = Number(flags.concurrency)
const MANY_TENANTS = Number(flags.tenants)

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/run.ts', ...args], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`scripts/run.ts ${args.join(' ')} exited with ${code}`))))
  })
}

async function waitForHealth(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error('the server exited before it was healthy')
    const ok = await fetch(`${base}/api/health`).then((response) => response.ok).catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('the server did not become healthy within 120 s')
}

/** REQUESTS GETs of `url`, CONCURRENCY at a time; latency of each, failures counted apart. */
async function load(label: string, url: string): Promise<LoadResult> {
  const latencies: number[] = []
  let failures = 0
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < REQUESTS) {
      next += 1
      const begun = performance.now()
      try {
        const response = await fetch(url)
        await response.arrayBuffer()
        if (response.ok) latencies.push(performance.now() - begun)
        else failures += 1
      } catch {
        failures += 1
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return summarise(label, latencies, failures, (performance.now() - started) / 1000)
}

function serveStatic(html: string, port: number): Promise<Server> {
  const body = Buffer.from(html)
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length })
    response.end(body)
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}

async function api<T>(base: string, token: string, method: string, pathname: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}/api/${pathname}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} /api/${pathname}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

async function publishToVisible(base: string, token: string): Promise<number[]> {
  const found = await api<{ docs: { id: number }[] }>(base, token, 'GET', 'pages?where[slug][equals]=wellbeing&where[tenant.kind][equals]=baseline&depth=0')
  const id = found.docs[0]?.id
  if (id === undefined) throw new Error('the national wellbeing page is missing')
  const times: number[] = []
  for (let round = 0; round < 10; round++) {
    const marker = `Bench ${Date.now()}-${round}`
    const begun = performance.now()
    await api(base, token, 'PATCH', `pages/${id}?locale=en`, { summary: marker, _status: 'published' })
    for (;;) {
      const html = await fetch(`${base}${TENANT_PAGE}`).then((response) => response.text())
      if (html.includes(marker)) break
      if (performance.now() - begun > 20_000) throw new Error('a published change did not show within 20 s')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    times.push(performance.now() - begun)
  }
  return times
}

async function addTenants(base: string, token: string, count: number): Promise<void> {
  const stamp = Date.now().toString(36)
  for (let index = 0; index < count; index++) {
    await api(base, token, 'POST', 'tenants', {
      name: `Bench Council ${index}`,
      slug: `bench-${stamp}-${index}`,
      kind: 'council',
      nation: 'england',
      locales: ['en'],
      defaultLocale: 'en',
    })
  }
}

async function main(): Promise<void> {
  let database: ThrowawayDatabase | undefined
  let server: ChildProcess | undefined
  let staticServer: Server | undefined
  try {
    database = await createThrowawayDatabase('bench')
    const port = await findFreePort(3100)
    const base = `http://127.0.0.1:${port}`
    const admin = { email: 'bench-admin@example.org', password: randomBytes(18).toString('base64url') }
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      NEXT_PUBLIC_SERVER_URL: base,
      PORT: String(port),
      SEED_ADMIN_EMAIL: admin.email,
      SEED_ADMIN_PASSWORD: admin.password,
      NEXT_TELEMETRY_DISABLED: '1',
    }
    if (flags['reuse-build'] && existsSync(path.join(root, '.next', 'BUILD_ID'))) await run(['seed'], env)
    else await run(['build'], env)

    server = spawn('npx', ['tsx', 'scripts/run.ts', 'start'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'], detached: true })
    await waitForHealth(base, server)
    const { token } = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(admin),
    }).then((response) => response.json() as Promise<{ token: string }>)

    // Warm both pages so that every measured request is served from the cache.
    for (let warm = 0; warm < 3; warm++) await Promise.all([fetch(`${base}${TENANT_PAGE}`), fetch(`${base}${DIRECTORY_PAGE}`)])
    const html = await fetch(`${base}${TENANT_PAGE}`).then((response) => response.text())
    const staticPort = await findFreePort(3200, [port])
    staticServer = await serveStatic(html, staticPort)

    const tenantPage = await load('cached tenant page', `${base}${TENANT_PAGE}`)
    const prerendered = await load('prerendered page (/)', `${base}${DIRECTORY_PAGE}`)
    const staticFile = await load('same HTML as a static file', `http://127.0.0.1:${staticPort}/`)
    const visible = await publishToVisible(base, token)

    await addTenants(base, token, Math.max(0, MANY_TENANTS - 3))
    for (let warm = 0; warm < 3; warm++) await fetch(`${base}${TENANT_PAGE}`)
    const manyTenants = await load(`cached tenant page, ${MANY_TENANTS} tenants`, `${base}${TENANT_PAGE}`)

    const ms = (value: number) => value.toFixed(1)
    const rows = [tenantPage, prerendered, staticFile, manyTenants].map((result) => [
      result.label,
      result.requests,
      result.failures,
      result.rps.toFixed(0),
      ms(result.p50),
      ms(result.p99),
    ])
    const report = [
      `# Benchmark, ${new Date().toISOString()}`,
      '',
      `${REQUESTS} requests per row, ${CONCURRENCY} at a time, loopback, one machine (${process.platform}, Node ${process.version}).`,
      '',
      table(['what', 'requests', 'failed', 'req/s', 'p50 ms', 'p99 ms'], rows),
      '',
      table(
        ['ratio', 'value', 'target'],
        [
          ['cached tenant page / prerendered page (req/s)', (tenantPage.rps / prerendered.rps).toFixed(2), '>= 0.90'],
          ['cached tenant page / static file (req/s)', (tenantPage.rps / staticFile.rps).toFixed(2), 'for reading'],
          [`p50 at ${MANY_TENANTS} tenants / p50 at 3 tenants`, (manyTenants.p50 / tenantPage.p50).toFixed(2), '<= 1.2'],
          ['publish-to-visible, median of 10 (ms)', median(visible).toFixed(0), '<= 1000'],
        ],
      ),
      '',
    ].join('\n')
    console.log(`\n${report}`)
    const outDir = path.join(root, 'bench-results')
    mkdirSync(outDir, { recursive: true })
    const file = path.join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.md`)
    writeFileSync(file, report)
    console.log(`Written to ${path.relative(root, file)}`)
  } finally {
    staticServer?.close()
    if (server?.pid !== undefined) await stopTree(server.pid, 10_000)
    await database?.drop().catch(() => undefined)
    await stopTestDatabaseServer()
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
