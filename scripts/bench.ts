/**
 * `npm run bench [-- --reuse-build] [-- --requests 2000] [-- --concurrency 16] [-- --rounds 10]
 *  [-- --encoding gzip|identity] [-- --warmup 1000]`
 *
 * Against a production build with seeded data, side by side in one run:
 *   1. a cached tenant page (/example-county/en/wellbeing),
 *   2. a plain prerendered page of the same build (/, the directory),
 *   3. the tenant page's own HTML served as a static file by a bare Node server,
 *   4. the largest cached tenant page (the emergency page), for reading: cost grows with size,
 * with requests/s, p50 and p99 for each and the ratios; then publish-to-visible (save a
 * national page through the API, poll a tenant page until it shows; median of 10); then the
 * tenant page's p50 with the 3 demo tenants and again with 500 tenants.
 * Search (issue #18): p50/p99 of `/{tenant}/{locale}/search?q=` over a fixed mix of English and
 * Welsh queries with the 3 demo tenants and again with 500 (each added tenant publishes a page of
 * its own, so the index holds every tenant's rows), and publish-to-findable (save a national
 * page's summary with a new word, poll a tenant's search until it finds it; median of 10).
 * `--search-only` measures only the search rows (no cached-page rows).
 * Then, in the same run, the cluster rows (scripts/bench-cluster.ts, `--skip-cluster` leaves them
 * out): nginx's cache against nginx serving a static file and against an app process directly,
 * publish-to-visible through nginx, and memory after reading every demo tenant's page.
 * Then the directory at 10,000 tenants (scripts/bench-directory.ts, `--skip-directory` leaves it
 * out): its pages' HTML sizes and p50/p99. Then the app process's memory and the cache's size
 * after reading every page of 1,000 tenants, in memory and in Redis (scripts/bench-memory.ts,
 * `--skip-memory` leaves it out).
 * Prints a table and writes it to bench-results/. Timings are for reading, never for pass/fail.
 *
 * Like with like: every request sends the same Accept-Encoding (Next compresses with gzip per
 * request, so the static server does too); each row is warmed with `--warmup` discarded requests
 * and must then answer `x-nextjs-cache: HIT` (Next rows); the rows are measured in `--rounds`
 * interleaved slices, each round starting with a different row, so a row never gets the cold start
 * or a quiet spell of the machine to itself. The table shows each row's body and wire bytes and the
 * cache header it saw, the server's CPU time per request (from /proc, so a load generator and
 * other work sharing the cores do not count) and the PostgreSQL transactions during the Next rows.
 *
 * Everything runs on loopback against a throwaway database (never the dev one). The load
 * generator shares the machine's two cores with the server under test, so absolute numbers
 * are low; the ratios are what compare.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer, get as httpGet, type Server } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gunzipSync, gzip } from 'node:zlib'
import { totpCodeForStep, totpStepAt } from '../src/lib/twoFactor'

import pg from 'pg'

import { startBenchServer, type BenchServer } from './lib/benchServer'
import { treeCpuMillis } from './lib/processTree'
import { withDatabase } from './lib/testDatabase'
import { loadSlice, median, rotation, summarise, table, type LoadResult } from './lib/loadStats'
import { findFreePort } from './lib/ports'

const root = path.resolve(import.meta.dirname, '..')
const TENANT_PAGE = '/example-county/en/wellbeing'
const DIRECTORY_PAGE = '/'
/** The toolkit's emergency page: the largest cached tenant page, and the one that matters most. */
const LARGEST_PAGE = '/example-county/en/abuse-happening-now'

const { values: flags } = parseArgs({
  options: {
    'reuse-build': { type: 'boolean', default: false },
    'search-only': { type: 'boolean', default: false },
    'skip-cluster': { type: 'boolean', default: false },
    'skip-directory': { type: 'boolean', default: false },
    'skip-memory': { type: 'boolean', default: false },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '16' },
    tenants: { type: 'string', default: '500' },
    rounds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '1000' },
    // What browsers send, less br and zstd, which Next's compression does not offer.
    encoding: { type: 'string', default: 'gzip' },
  },
})
const REQUESTS = Number(flags.requests)
const CONCURRENCY = Number(flags.concurrency)
const MANY_TENANTS = Number(flags.tenants)
const ROUNDS = Math.max(1, Number(flags.rounds))
const WARMUP = Number(flags.warmup)
const ACCEPT_ENCODING = flags.encoding
/** Sent with every measured request, to Next and to the static server alike. */
const LOAD_HEADERS = { 'Accept-Encoding': ACCEPT_ENCODING }

/** `count` GETs of `url`, CONCURRENCY at a time, through fetch with the load's headers. */
const loadUrl = (url: string, count: number) =>
  loadSlice(async () => {
    const response = await fetch(url, { headers: LOAD_HEADERS })
    await response.arrayBuffer()
    return response.ok
  }, count, CONCURRENCY)

/** What one response looked like: the reader's evidence that the rows compare like with like. */
type Probe = { status: number; bodyBytes: number; wireBytes: number; encoding: string; cache: string }

/** One GET with the load's headers through node:http, which leaves the body as sent (compressed). */
function probe(url: string): Promise<Probe> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: LOAD_HEADERS }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', reject)
      response.on('end', () => {
        const wire = Buffer.concat(chunks)
        const encoding = String(response.headers['content-encoding'] ?? 'identity')
        resolve({
          status: response.statusCode ?? 0,
          wireBytes: wire.length,
          bodyBytes: encoding === 'gzip' ? gunzipSync(wire).length : wire.length,
          encoding,
          cache: String(response.headers['x-nextjs-cache'] ?? '-'),
        })
      })
    }).on('error', reject)
  })
}

/** `nextPid`: the Next server's process tree, for Next's rows (cache header checked, CPU read). */
type Row = { label: string; url: string; nextPid?: number }
type Measured = { result: LoadResult; roundRps: number[]; cpuMsPerRequest?: number; probe: Probe }

/**
 * WARMUP discarded requests per row: the first renders fill Next's cache, the rest let both the
 * server's and the load generator's code reach optimised form, which took several thousand
 * requests here (a row measured first after start-up ran at half the rate of the same row later).
 */
async function warm(rows: Row[]): Promise<void> {
  for (const row of rows) await loadUrl(row.url, WARMUP)
}

/**
 * Checks that every row answers 200 and each Next row is a cache HIT, then measures REQUESTS per
 * row in ROUNDS slices, each round in a different order (see `rotation`).
 */
async function measure(rows: Row[]): Promise<Measured[]> {
  const probes = await Promise.all(rows.map((row) => probe(row.url)))
  rows.forEach((row, index) => {
    const seen = probes[index]
    if (seen?.status !== 200) throw new Error(`${row.url} answered ${seen?.status} after warming`)
    if (row.nextPid !== undefined && seen.cache !== 'HIT') throw new Error(`${row.url} is not served from the cache after warming (x-nextjs-cache: ${seen.cache})`)
  })
  const slices = rows.map(() => ({ latencies: [] as number[], failures: 0, seconds: 0, cpuMs: 0, roundRps: [] as number[] }))
  const perSlice = Math.max(1, Math.round(REQUESTS / ROUNDS))
  for (let round = 0; round < ROUNDS; round++) {
    for (const index of rotation(rows.map((_, i) => i), round)) {
      const row = rows[index]
      const total = slices[index]
      if (!row || !total) continue
      const cpuBefore = row.nextPid === undefined ? 0 : treeCpuMillis(row.nextPid)
      const slice = await loadUrl(row.url, perSlice)
      if (row.nextPid !== undefined) total.cpuMs += treeCpuMillis(row.nextPid) - cpuBefore
      total.latencies.push(...slice.latencies)
      total.failures += slice.failures
      total.seconds += slice.seconds
      total.roundRps.push(slice.latencies.length / slice.seconds)
    }
  }
  return rows.map((row, index) => {
    const total = slices[index] ?? { latencies: [], failures: 0, seconds: 0, cpuMs: 0, roundRps: [] }
    const result = summarise(row.label, total.latencies, total.failures, total.seconds)
    return {
      result,
      roundRps: total.roundRps,
      // Only where /proc gives a reading (Linux); elsewhere treeCpuMillis is 0.
      cpuMsPerRequest: row.nextPid !== undefined && total.cpuMs > 0 ? total.cpuMs / result.requests : undefined,
      probe: probes[index] ?? { status: 0, bodyBytes: 0, wireBytes: 0, encoding: '-', cache: '-' },
    }
  })
}

/** Per-round ratios of a row's req/s to another's, measured back to back in the same round. */
function roundRatios(a: Measured, b: Measured): number[] {
  return a.roundRps.map((rps, round) => rps / (b.roundRps[round] ?? Number.NaN))
}

/** PostgreSQL transactions committed or rolled back in `database` so far. */
async function transactions(url: string, database: string): Promise<number> {
  // Read through the `postgres` database so that the readings themselves are not counted.
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: string }>('SELECT xact_commit + xact_rollback AS count FROM pg_stat_database WHERE datname = $1', [database])
    return Number(rows[0]?.count ?? Number.NaN)
  } finally {
    await client.end()
  }
}

/**
 * PostgreSQL 15+ backends publish their statistics when idle, at most 10 s late
 * (PGSTAT_IDLE_INTERVAL); waiting that long makes a reading include every transaction before it.
 */
const STATS_SETTLE_MS = 11_000

/**
 * The HTML as a static file. Gzipped per request when the client accepts it, as Next's
 * compression does, so that the row measures serving, not a smaller transfer.
 */
function serveStatic(html: string, port: number): Promise<Server> {
  const body = Buffer.from(html)
  const server = createServer((request, response) => {
    const headers = { 'Content-Type': 'text/html; charset=utf-8', Vary: 'Accept-Encoding' }
    if (!/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { ...headers, 'Content-Length': body.length })
      response.end(body)
      return
    }
    gzip(body, (error, compressed) => {
      if (error) {
        response.writeHead(500)
        response.end()
        return
      }
      response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': compressed.length })
      response.end(compressed)
    })
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
    const tenant = await api<{ doc: { id: number } }>(base, token, 'POST', 'tenants', {
      name: `Bench Council ${index}`,
      slug: `bench-${stamp}-${index}`,
      kind: 'council',
      nation: 'england',
      locales: ['en'],
      defaultLocale: 'en',
    })
    // A page of its own, so the search index holds every tenant's rows, not only the national ones.
    await api(base, token, 'POST', 'pages?locale=en', {
      tenant: tenant.doc.id,
      slug: 'local-support',
      title: `Local support from Bench Council ${index}`,
      summary: 'Who to call at the council about abuse, your home address and your accounts.',
      section: 'local',
      _status: 'published',
    })
  }
}

/** A mix of what councillors type, in English and in Welsh, against the Welsh demo county. */
const SEARCH_PATHS = [
  ['en', 'doxxing'],
  ['en', 'home address'],
  ['en', 'password'],
  ['en', 'report to the police'],
  ['en', 'adress'],
  ['cy', 'cyfeiriad cartref'],
  ['cy', 'cyngor'],
  ['cy', 'cyfrinair'],
].map(([locale, query]) => `/example-county/${locale}/search?q=${encodeURIComponent(query ?? '')}`)

/** `count` searches cycling through SEARCH_PATHS, CONCURRENCY at a time, after `WARMUP / 10` discarded. */
async function searchLoad(base: string, label: string, count: number): Promise<LoadResult> {
  const run = async (total: number) => {
    const latencies: number[] = []
    let failures = 0
    let next = 0
    const started = performance.now()
    const worker = async () => {
      while (next < total) {
        const url = `${base}${SEARCH_PATHS[next % SEARCH_PATHS.length]}`
        next += 1
        const begun = performance.now()
        const response = await fetch(url, { headers: LOAD_HEADERS }).catch(() => null)
        await response?.arrayBuffer()
        if (response?.ok) latencies.push(performance.now() - begun)
        else failures += 1
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    return { latencies, failures, seconds: (performance.now() - started) / 1000 }
  }
  await run(Math.max(SEARCH_PATHS.length, Math.round(WARMUP / 10)))
  const measured = await run(count)
  return summarise(label, measured.latencies, measured.failures, measured.seconds)
}

/** Save a national page with a new word, then search a tenant's site for it until it is found. */
async function publishToFindable(base: string, token: string): Promise<number[]> {
  const found = await api<{ docs: { id: number }[] }>(base, token, 'GET', 'pages?where[slug][equals]=wellbeing&where[tenant.kind][equals]=baseline&depth=0')
  const id = found.docs[0]?.id
  if (id === undefined) throw new Error('the national wellbeing page is missing')
  const times: number[] = []
  for (let round = 0; round < 10; round++) {
    const word = `benchword${Date.now().toString(36)}x${round}`
    const begun = performance.now()
    await api(base, token, 'PATCH', `pages/${id}?locale=en`, { summary: `Looking after yourself ${word}.`, _status: 'published' })
    for (;;) {
      const html = await fetch(`${base}/example-county/en/search?q=${word}`).then((response) => response.text())
      if (html.includes('/example-county/en/wellbeing')) break
      if (performance.now() - begun > 20_000) throw new Error('a published change was not findable within 20 s')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    times.push(performance.now() - begun)
  }
  return times
}

function searchReport(few: LoadResult, many: LoadResult, findable: number[]): string {
  return [
    `Search: ${few.requests} searches per row over ${SEARCH_PATHS.length} queries (en and cy, /example-county/{locale}/search), ${CONCURRENCY} at a time; never cached.`,
    '',
    table(
      ['what', 'requests', 'failed', 'req/s', 'p50 ms', 'p99 ms'],
      [few, many].map((result) => [result.label, result.requests, result.failures, result.rps.toFixed(0), result.p50.toFixed(1), result.p99.toFixed(1)]),
    ),
    '',
    table(
      ['ratio', 'value', 'target'],
      [
        [`search p50 at ${MANY_TENANTS} tenants / at 3 tenants`, (many.p50 / few.p50).toFixed(2), 'for reading'],
        ['publish-to-findable, median of 10 (ms)', median(findable).toFixed(0), '<= 1000'],
      ],
    ),
    '',
  ].join('\n')
}

function writeReport(report: string): void {
  console.log(`\n${report}`)
  const outDir = path.join(root, 'bench-results')
  mkdirSync(outDir, { recursive: true })
  const file = path.join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.md`)
  writeFileSync(file, report)
  console.log(`Written to ${path.relative(root, file)}`)
}

async function main(): Promise<void> {
  let bench: BenchServer | undefined
  let staticServer: Server | undefined
  try {
    // Built (or, with --reuse-build, only seeded), on a throwaway database, served on loopback.
    bench = await startBenchServer({ label: 'bench', reuseBuild: flags['reuse-build'] ?? false })
    const { base, admin, server, database } = bench
    const { token } = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: admin.password, code: totpCodeForStep(admin.totpSecret, totpStepAt(Date.now())) }),
    }).then((response) => response.json() as Promise<{ token: string }>)

    const searchRequests = Math.max(SEARCH_PATHS.length, Math.round(REQUESTS / 4))
    if (flags['search-only']) {
      const few = await searchLoad(base, 'search, 3 tenants', searchRequests)
      const findable = await publishToFindable(base, token)
      await addTenants(base, token, Math.max(0, MANY_TENANTS - 3))
      const many = await searchLoad(base, `search, ${MANY_TENANTS} tenants`, searchRequests)
      writeReport(`# Search benchmark, ${new Date().toISOString()}\n\n${searchReport(few, many, findable)}`)
      return
    }
    const serverPid = server.pid
    const cached = (label: string, pathname: string): Row => ({ label, url: `${base}${pathname}`, nextPid: serverPid })
    const nextRows: Row[] = [
      cached('cached tenant page', TENANT_PAGE),
      cached('prerendered page (/)', DIRECTORY_PAGE),
      cached('largest cached tenant page (emergency)', LARGEST_PAGE),
    ]
    // Warm before copying the HTML: with --reuse-build the first answer can be a STALE page that
    // an earlier run (another database) left in .next, re-rendered in the background.
    await warm(nextRows)
    const html = await fetch(`${base}${TENANT_PAGE}`).then((response) => response.text())
    const staticPort = await findFreePort(3200, [Number(new URL(base).port)])
    staticServer = await serveStatic(html, staticPort)
    const staticRow: Row = { label: 'same HTML as a static file', url: `http://127.0.0.1:${staticPort}/` }
    await warm([staticRow])
    const rows = [nextRows[0], nextRows[1], staticRow, nextRows[2]].filter((row): row is Row => row !== undefined)
    // Let PostgreSQL's statistics settle on both sides of the measurement.
    await new Promise((resolve) => setTimeout(resolve, STATS_SETTLE_MS))
    const transactionsBefore = await transactions(database.url, database.name)
    const [tenantPage, prerendered, staticFile, largest] = await measure(rows)
    await new Promise((resolve) => setTimeout(resolve, STATS_SETTLE_MS))
    const transactionsWhileCached = (await transactions(database.url, database.name)) - transactionsBefore
    if (!tenantPage || !prerendered || !staticFile || !largest) throw new Error('a row was not measured')
    const visible = await publishToVisible(base, token)
    const searchFew = await searchLoad(base, 'search, 3 tenants', searchRequests)
    const findable = await publishToFindable(base, token)

    await addTenants(base, token, Math.max(0, MANY_TENANTS - 3))
    const manyRow = cached(`cached tenant page, ${MANY_TENANTS} tenants`, TENANT_PAGE)
    await warm([manyRow])
    const [manyTenants] = await measure([manyRow])
    if (!manyTenants) throw new Error('the many-tenants row was not measured')
    const searchMany = await searchLoad(base, `search, ${MANY_TENANTS} tenants`, searchRequests)

    const ms = (value: number) => value.toFixed(1)
    const measuredRows = [tenantPage, prerendered, staticFile, largest, manyTenants].map(({ result, probe: seen, cpuMsPerRequest }) => [
      result.label,
      result.requests,
      result.failures,
      result.rps.toFixed(0),
      ms(result.p50),
      ms(result.p99),
      cpuMsPerRequest === undefined ? '-' : cpuMsPerRequest.toFixed(2),
      seen.bodyBytes,
      `${seen.wireBytes} ${seen.encoding}`,
      seen.cache,
    ])
    const ratios = roundRatios(tenantPage, prerendered)
    const spread = (values: number[]) => `${median(values).toFixed(2)} (min ${Math.min(...values).toFixed(2)}, max ${Math.max(...values).toFixed(2)})`
    const report = [
      `# Benchmark, ${new Date().toISOString()}`,
      '',
      `${REQUESTS} requests per row in ${ROUNDS} interleaved rounds after ${WARMUP} discarded, ${CONCURRENCY} at a time, ` +
        `Accept-Encoding: ${ACCEPT_ENCODING}, loopback, one machine (${process.platform}, Node ${process.version}). ` +
        'Server CPU is what the Next process tree spent per request (user + system, all threads).',
      '',
      table(['what', 'requests', 'failed', 'req/s', 'p50 ms', 'p99 ms', 'server CPU ms/req', 'body bytes', 'wire bytes', 'x-nextjs-cache'], measuredRows),
      '',
      `PostgreSQL transactions while the cached rows ran (${tenantPage.result.requests + prerendered.result.requests + largest.result.requests} requests): ${transactionsWhileCached}`,
      '',
      table(
        ['ratio', 'value', 'target'],
        [
          ['cached tenant page / prerendered page (req/s, median of rounds)', spread(ratios), '>= 0.90'],
          [
            'prerendered page / cached tenant page (server CPU per request)',
            tenantPage.cpuMsPerRequest && prerendered.cpuMsPerRequest ? (prerendered.cpuMsPerRequest / tenantPage.cpuMsPerRequest).toFixed(2) : '-',
            'for reading',
          ],
          ['cached tenant page / static file (req/s, median of rounds)', spread(roundRatios(tenantPage, staticFile)), 'for reading'],
          [`p50 at ${MANY_TENANTS} tenants / p50 at 3 tenants`, (manyTenants.result.p50 / tenantPage.result.p50).toFixed(2), '<= 1.2'],
          ['publish-to-visible, median of 10 (ms)', median(visible).toFixed(0), '<= 1000'],
        ],
      ),
      '',
      searchReport(searchFew, searchMany, findable),
    ].join('\n')
    writeReport(report)
  } finally {
    staticServer?.close()
    await bench?.stop()
  }
}

/**
 * A bench of its own, run after this process has stopped its own server, on this run's build
 * where it can reuse one; `skip` leaves it out (as `--search-only` leaves out all of them):
 * the cluster's rows (scripts/bench-cluster.ts, `--skip-cluster`), the directory at 10,000
 * tenants (scripts/bench-directory.ts, `--skip-directory`), and memory and the cache's size after
 * reading every page of 1,000 tenants (scripts/bench-memory.ts, `--skip-memory`).
 */
function subBench(script: string, args: string[], skip: boolean | undefined): () => Promise<void> {
  return () => {
    if (flags['search-only'] || skip) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const child = spawn('npx', ['tsx', script, ...args], { cwd: root, stdio: 'inherit' })
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`))))
    })
  }
}

main()
  .then(subBench('scripts/bench-cluster.ts', [], flags['skip-cluster']))
  .then(subBench('scripts/bench-directory.ts', ['--reuse-build'], flags['skip-directory']))
  .then(subBench('scripts/bench-memory.ts', ['--reuse-build'], flags['skip-memory']))
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
