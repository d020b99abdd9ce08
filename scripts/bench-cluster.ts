/**
 * `npm run bench:cluster [-- --requests 4000] [-- --concurrency 32] [-- --rounds 5]`, also run at
 * the end of `npm run bench`: the cluster (scripts/lib/cluster.ts: nginx, Redis, two app
 * processes, a worker) on a throwaway database, side by side in one run:
 *
 *   1. a cached tenant page through nginx's micro-cache (X-Cache-Status: HIT),
 *   2. the same bytes (gzip, as the cache holds them) served by nginx as a static file,
 *   3. the same page from one app process directly (Next's cache, in Redis),
 *
 * with requests/s, p50 and p99 and the ratios; publish-to-visible through nginx (median of 10);
 * and, after reading every page of every demo tenant (each tenant's sitemap, every locale), one
 * app process's resident memory and Redis's memory and key count.
 *
 * The load generator is a small Node client (node:http with keep-alive sockets): no wrk or
 * autocannon is installed here. It shares the two cores with nginx and the apps, so on the
 * nginx rows it is the limit: the cache/static ratio compares nginx with itself through the same
 * client, and absolute numbers are low. Timings are for reading, never for pass/fail.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { newTotpSecret, totpCodeForStep, totpStepAt } from '../src/lib/twoFactor'

import { sitemapPaths } from './lib/benchServer'
import { readRedisMemory, startCluster, type Cluster } from './lib/cluster'
import { loadSlice, median, rotation, summarise, table, type LoadResult } from './lib/loadStats'
import { findFreePort } from './lib/ports'
import { stopTree, treeResidentBytes } from './lib/processTree'
import { createThrowawayDatabase, stopTestDatabaseServer, type ThrowawayDatabase } from './lib/testDatabase'

const root = path.resolve(import.meta.dirname, '..')
const TENANT_PAGE = '/example-county/en/wellbeing'
const HEADERS = { 'Accept-Encoding': 'gzip' }

const { values: flags } = parseArgs({
  options: {
    requests: { type: 'string', default: '4000' },
    concurrency: { type: 'string', default: '32' },
    rounds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2000' },
  },
})
const REQUESTS = Number(flags.requests)
const CONCURRENCY = Number(flags.concurrency)
const ROUNDS = Math.max(1, Number(flags.rounds))
const WARMUP = Number(flags.warmup)

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY })

function get(url: string, headers: Record<string, string> = HEADERS): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', reject)
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

/** `count` GETs of `url`, CONCURRENCY at a time, on the keep-alive agent. */
const loadUrl = (url: string, count: number) => loadSlice(async () => (await get(url)).status === 200, count, CONCURRENCY)

/** `expect`: the header values that show the row is served as intended (nginx's cache: a hit, or stale while one request refreshes it). */
type Row = { label: string; url: string; header: string; expect: string[] }
type Measured = { result: LoadResult; roundRps: number[]; seen: string; wireBytes: number }

async function measure(rows: Row[]): Promise<Measured[]> {
  for (const row of rows) await loadUrl(row.url, WARMUP)
  const seen = await Promise.all(rows.map((row) => get(row.url)))
  rows.forEach((row, index) => {
    const reply = seen[index]
    const value = String(reply?.headers[row.header] ?? '-')
    if (reply?.status !== 200 || !row.expect.includes(value)) throw new Error(`${row.url} answered ${reply?.status} with ${row.header}: ${value} after warming`)
  })
  const totals = rows.map(() => ({ latencies: [] as number[], failures: 0, seconds: 0, roundRps: [] as number[] }))
  const perSlice = Math.max(1, Math.round(REQUESTS / ROUNDS))
  for (let round = 0; round < ROUNDS; round++) {
    for (const index of rotation(rows.map((_, i) => i), round)) {
      const row = rows[index]
      const total = totals[index]
      if (!row || !total) continue
      const slice = await loadUrl(row.url, perSlice)
      total.latencies.push(...slice.latencies)
      total.failures += slice.failures
      total.seconds += slice.seconds
      total.roundRps.push(slice.latencies.length / slice.seconds)
    }
  }
  return rows.map((row, index) => {
    const total = totals[index] ?? { latencies: [], failures: 0, seconds: 0, roundRps: [] }
    return {
      result: summarise(row.label, total.latencies, total.failures, total.seconds),
      roundRps: total.roundRps,
      seen: String(seen[index]?.headers[row.header] ?? '-'),
      wireBytes: seen[index]?.body.length ?? 0,
    }
  })
}

/** nginx serving one gzip file as the cache would: same bytes, same headers that matter. */
async function startStaticNginx(dir: string, gzipBody: Buffer): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await findFreePort(18090)
  mkdirSync(path.join(dir, 'www'), { recursive: true })
  writeFileSync(path.join(dir, 'www', 'index.html.gz'), gzipBody)
  const conf = path.join(dir, 'static.conf')
  writeFileSync(
    conf,
    [
      `user ${os.userInfo().username};`,
      `pid ${dir}/static.pid;`,
      `error_log ${dir}/static-error.log warn;`,
      'worker_processes auto;',
      'events { worker_connections 4096; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  sendfile on; tcp_nopush on; keepalive_timeout 30s; access_log off;',
      `  client_body_temp_path ${dir}/cb; proxy_temp_path ${dir}/pt; fastcgi_temp_path ${dir}/ft; uwsgi_temp_path ${dir}/ut; scgi_temp_path ${dir}/st;`,
      `  server { listen 127.0.0.1:${port}; root ${dir}/www; default_type text/html; gzip_static always; gunzip on; }`,
      '}',
    ].join('\n'),
  )
  const nginx = spawn('/usr/sbin/nginx', ['-p', dir, '-c', conf, '-g', 'daemon off;'], { stdio: 'ignore', detached: true })
  const url = `http://127.0.0.1:${port}/index.html`
  const deadline = Date.now() + 10_000
  while ((await get(url).then((reply) => reply.status).catch(() => 0)) !== 200) {
    if (Date.now() > deadline) throw new Error('the static nginx did not start')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { url, stop: async () => (nginx.pid === undefined ? undefined : stopTree(nginx.pid, 5_000)) }
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

/** Per publish: from sending the save, and from the save's answer (what the caches add). */
type Visible = { fromSave: number; afterSaved: number }

/**
 * How the publishes meet the micro-cache's one-second cycle:
 *
 * - `readers`: readers keep asking for the page (a request every 50 ms through nginx, all along)
 *   and each save is sent after a random pause of up to 1.5 s, so it lands anywhere in the cycle,
 *   as an editor's Publish does on a page people are reading. The headline row.
 * - `after-refresh`: the next save is sent the moment the last one became visible, that is just
 *   after nginx stored a fresh copy, with no readers: the loop this bench ran before, kept to
 *   compare with. The copy ends at the next whole second, mostly while the save is still running,
 *   so fromSave ≈ max(save, the rest of that second) + a render.
 * - `app`: polled from one app process directly, no nginx: the save, the tag expiry in Redis and
 *   the re-render, without the micro-cache.
 */
type Phase = 'readers' | 'after-refresh' | 'app'

async function publishToVisible(cluster: Cluster, token: string, phase: Phase, rounds = 10): Promise<Visible[]> {
  const found = await api<{ docs: { id: number }[] }>(cluster.url, token, 'GET', 'pages?where[slug][equals]=wellbeing&where[tenant.kind][equals]=baseline&depth=0')
  const id = found.docs[0]?.id
  if (id === undefined) throw new Error('the national wellbeing page is missing')
  const pageUrl = `${phase === 'app' ? (cluster.appUrls[1] ?? cluster.url) : cluster.url}${TENANT_PAGE}`
  let reading = phase === 'readers'
  const readers = (async () => {
    while (reading) {
      await fetch(`${cluster.url}${TENANT_PAGE}`).then((response) => response.arrayBuffer()).catch(() => undefined)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })()
  const times: Visible[] = []
  try {
    for (let round = 0; round < rounds; round++) {
      if (phase !== 'after-refresh') await new Promise((resolve) => setTimeout(resolve, Math.random() * 1500))
      const marker = `Bench ${Date.now()}-${round}`
      const begun = performance.now()
      // As the admin's Publish sends it (@payloadcms/ui's document form: depth 0, no fallback).
      await api(cluster.url, token, 'PATCH', `pages/${id}?locale=en&depth=0&fallback-locale=null`, { summary: marker, _status: 'published' })
      const saved = performance.now()
      for (;;) {
        const html = await fetch(pageUrl).then((response) => response.text())
        if (html.includes(marker)) break
        if (performance.now() - begun > 20_000) throw new Error(`a published change did not show (${phase}) within 20 s`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      times.push({ fromSave: performance.now() - begun, afterSaved: performance.now() - saved })
    }
  } finally {
    reading = false
    await readers
  }
  return times
}

/** Every page of every tenant, from each tenant's sitemap (every locale), read from one app process. */
async function readEveryPage(cluster: Cluster, token: string, appUrl: string): Promise<number> {
  const tenants = await api<{ docs: { slug: string }[] }>(cluster.url, token, 'GET', 'tenants?limit=1000&depth=0&where[active][equals]=true')
  let pages = 0
  for (const { slug } of tenants.docs) {
    for (const pathname of await sitemapPaths(appUrl, slug)) {
      const reply = await get(`${appUrl}${pathname}`)
      if (reply.status === 200) pages += 1
    }
  }
  return pages
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`

async function main(): Promise<void> {
  let database: ThrowawayDatabase | undefined
  let cluster: Cluster | undefined
  let staticServer: { url: string; stop(): Promise<void> } | undefined
  const runDir = path.join(root, 'bench-results', 'cluster-run')
  try {
    database = await createThrowawayDatabase('bench_cluster')
    const admin = { email: 'bench-admin@example.org', password: `Aa1!${randomBytes(18).toString('base64url')}` }
    const adminTotpSecret = newTotpSecret()
    cluster = await startCluster({
      databaseUrl: database.url,
      runDir,
      env: {
        ...process.env,
        PAYLOAD_SECRET: randomBytes(32).toString('hex'),
        INCIDENT_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        SEED_ADMIN_EMAIL: admin.email,
        SEED_ADMIN_PASSWORD: admin.password,
        SEED_ADMIN_TOTP_SECRET: adminTotpSecret,
      },
      log: (line) => console.log(`[cluster] ${line}`),
    })
    const appPid = cluster.apps[0]?.child.pid
    const appUrl = cluster.appUrls[0] ?? ''
    const { token } = (await fetch(`${cluster.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...admin, code: totpCodeForStep(adminTotpSecret, totpStepAt(Date.now())) }),
    }).then((response) => response.json())) as { token: string }

    // The bytes nginx's cache holds: the app's gzip answer for the page.
    await get(`${appUrl}${TENANT_PAGE}`)
    const cachedBody = (await get(`${appUrl}${TENANT_PAGE}`)).body
    const gzipBody = cachedBody[0] === 0x1f && cachedBody[1] === 0x8b ? cachedBody : gzipSync(cachedBody)
    staticServer = await startStaticNginx(path.join(runDir, 'static'), gzipBody)

    const rows: Row[] = [
      { label: 'cached tenant page via nginx cache', url: `${cluster.url}${TENANT_PAGE}`, header: 'x-cache-status', expect: ['HIT', 'STALE', 'UPDATING'] },
      { label: 'same bytes as a static file via nginx', url: staticServer.url, header: 'content-encoding', expect: ['gzip'] },
      { label: 'cached tenant page from one app process', url: `${appUrl}${TENANT_PAGE}`, header: 'x-nextjs-cache', expect: ['HIT'] },
    ]
    const [viaCache, viaStatic, viaApp] = await measure(rows)
    if (!viaCache || !viaStatic || !viaApp) throw new Error('a row was not measured')
    const visible = await publishToVisible(cluster, token, 'readers')
    const visibleWorst = await publishToVisible(cluster, token, 'after-refresh')
    const visibleApp = await publishToVisible(cluster, token, 'app')
    const loadAverage = os.loadavg().map((load) => load.toFixed(2)).join(', ')
    const memoryBefore = appPid === undefined ? 0 : treeResidentBytes(appPid)
    const pagesRead = await readEveryPage(cluster, token, appUrl)
    const memoryAfter = appPid === undefined ? 0 : treeResidentBytes(appPid)
    const redis = await readRedisMemory(cluster.redisUrl)

    const ratio = (a: Measured, b: Measured) => {
      const values = a.roundRps.map((rps, round) => rps / (b.roundRps[round] ?? Number.NaN))
      return `${median(values).toFixed(2)} (min ${Math.min(...values).toFixed(2)}, max ${Math.max(...values).toFixed(2)})`
    }
    const report = [
      `# Cluster benchmark, ${new Date().toISOString()}`,
      '',
      `${REQUESTS} requests per row in ${ROUNDS} interleaved rounds after ${WARMUP} discarded, ${CONCURRENCY} at a time, Accept-Encoding: gzip, ` +
        `loopback, one machine (${process.platform}, Node ${process.version}, ${os.cpus().length} cores, load average ${loadAverage} after the publishes); load from a Node keep-alive client (node:http) sharing the cores.`,
      '',
      table(
        ['what', 'requests', 'failed', 'req/s', 'p50 ms', 'p99 ms', 'wire bytes', 'header seen'],
        [viaCache, viaStatic, viaApp].map(({ result, seen, wireBytes }) => [result.label, result.requests, result.failures, result.rps.toFixed(0), result.p50.toFixed(2), result.p99.toFixed(2), wireBytes, seen]),
      ),
      '',
      table(
        ['ratio', 'value', 'target'],
        [
          ['nginx cache / nginx static file (req/s, median of rounds)', ratio(viaCache, viaStatic), '>= 0.8'],
          ['nginx cache / app process (req/s, median of rounds)', ratio(viaCache, viaApp), 'for reading'],
          ['publish-to-visible through nginx, readers reading, median of 10 (ms)', median(visible.map((time) => time.fromSave)).toFixed(0), '<= 1000'],
          ['  of which the save (PATCH sent → answered)', median(visible.map((time) => time.fromSave - time.afterSaved)).toFixed(0), 'for reading'],
          ['  of which after the save answered (tag expiry, nginx 1 s cache, re-render)', median(visible.map((time) => time.afterSaved)).toFixed(0), 'for reading'],
          ['publish-to-visible through nginx, save sent just after nginx stored a copy, no readers (the earlier loop), median of 10 (ms)', median(visibleWorst.map((time) => time.fromSave)).toFixed(0), 'for reading'],
          ['  of which after the save answered', median(visibleWorst.map((time) => time.afterSaved)).toFixed(0), 'for reading'],
          ['publish-to-visible from an app process directly (no nginx), median of 10 (ms)', median(visibleApp.map((time) => time.fromSave)).toFixed(0), 'for reading'],
          ['  of which after the save answered (tag expiry and re-render)', median(visibleApp.map((time) => time.afterSaved)).toFixed(0), 'for reading'],
        ],
      ),
      '',
      table(
        ['after reading every demo tenant page', 'value'],
        [
          ['pages read (every tenant sitemap, every locale)', pagesRead],
          ['app process resident memory, before → after', `${mib(memoryBefore)} → ${mib(memoryAfter)}`],
          ['Redis used memory', mib(redis.usedMemory)],
          ['Redis keys (cache entries + tag times)', redis.keys],
        ],
      ),
    ].join('\n')
    console.log(`\n${report}\n`)
    mkdirSync(path.join(root, 'bench-results'), { recursive: true })
    const file = path.join(root, 'bench-results', `cluster-${new Date().toISOString().replace(/[:.]/g, '-')}.md`)
    writeFileSync(file, `${report}\n`)
    console.log(`Written to ${path.relative(root, file)}`)
  } finally {
    agent.destroy()
    await staticServer?.stop()
    await cluster?.stop()
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
