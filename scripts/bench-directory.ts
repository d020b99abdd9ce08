/**
 * `npm run bench:directory [-- --reuse-build] [-- --tenants 10000] [-- --requests 1000] [-- --concurrency 16] [-- --skip-few]`,
 * also run at the end of `npm run bench`: the directory (issue #18) and tenant pages (issue #16)
 * at many tenants, against a production build on a throwaway database with `--tenants` synthetic
 * councils (src/seed/syntheticTenants.ts: all English, all named "Synthetic Council 0…", so one
 * nation's one letter holds them all, the worst case for the A–Z lists).
 *
 * Tenant pages, the same URLs at both sizes: first on a server with only the demo tenants (a
 * server of its own, stopped before the big one starts; `--skip-few` leaves it out), then with
 * `--tenants` more. Uncached: every page of the demo county and party from their sitemaps, each
 * read once, one at a time, on a fresh server (its cache is in memory, so nothing is cached yet),
 * after the demo borough's pages were read the same way to warm the server's code. Cached: one
 * tenant page under load. The ratios p50 at many / p50 at few are the issue's target (≤ 1.2).
 *
 * Reports each page's HTML size (uncompressed, and gzip as sent) — the landing page must stay
 * under 50 KB whatever the number of tenants — and p50/p99 of the landing page (prerendered), a
 * letter's page deep in the list (rendered once, then cached), a search answered from the data
 * cache, and searches never asked before (each a new query, so PostgreSQL answers every one).
 * Timings are for reading, never pass/fail.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { get as httpGet } from 'node:http'
import { availableParallelism, loadavg } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gunzipSync } from 'node:zlib'

import { adminToken, sitemapPaths, startBenchServer, type BenchServer } from './lib/benchServer'
import { loadSlice, summarise, table, type LoadResult } from './lib/loadStats'

const root = path.resolve(import.meta.dirname, '..')
const { values: flags } = parseArgs({
  options: {
    'reuse-build': { type: 'boolean', default: false },
    tenants: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '16' },
    'skip-few': { type: 'boolean', default: false },
  },
})
const TENANTS = Number(flags.tenants)
const REQUESTS = Number(flags.requests)
const CONCURRENCY = Number(flags.concurrency)
const HEADERS = { 'Accept-Encoding': 'gzip' }
const LIMIT_BYTES = 50 * 1024
/** The cached tenant page of `npm run bench`. */
const TENANT_PAGE = '/example-county/en/wellbeing'
/** Read first on a fresh server, so that the measured first renders are not the server's own first. */
const WARM_TENANT = 'example-borough'
/** Their pages' first renders are the uncached rows. */
const MEASURED_TENANTS = ['example-county', 'example-party']

type Size = { path: string; status: number; htmlBytes: number; gzipBytes: number; cache: string }

/** One GET through node:http, which leaves the body as sent: its gzip size and, unzipped, its HTML size. */
function size(base: string, pathname: string): Promise<Size> {
  return new Promise((resolve, reject) => {
    httpGet(`${base}${pathname}`, { headers: HEADERS }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', reject)
      response.on('end', () => {
        const wire = Buffer.concat(chunks)
        const gzipped = response.headers['content-encoding'] === 'gzip'
        resolve({
          path: pathname,
          status: response.statusCode ?? 0,
          htmlBytes: gzipped ? gunzipSync(wire).length : wire.length,
          gzipBytes: wire.length,
          cache: String(response.headers['x-nextjs-cache'] ?? '-'),
        })
      })
    }).on('error', reject)
  })
}

async function load(label: string, next: () => string, base: string): Promise<LoadResult> {
  const send = async () => {
    const response = await fetch(`${base}${next()}`, { headers: HEADERS })
    await response.arrayBuffer()
    return response.ok
  }
  await loadSlice(send, Math.max(CONCURRENCY, Math.round(REQUESTS / 10)), CONCURRENCY)
  const slice = await loadSlice(send, REQUESTS, CONCURRENCY)
  return summarise(label, slice.latencies, slice.failures, slice.seconds)
}

type TenantPages = { uncached: LoadResult; cached: LoadResult; firstAnswers: string; startSeconds?: number }

/**
 * On a server that has served nothing yet: each demo page's first render, one at a time (so the
 * latency is the render's, not a queue's), then the cached tenant page under load.
 */
async function tenantPages(base: string, label: string): Promise<TenantPages> {
  for (const pathname of await sitemapPaths(base, WARM_TENANT)) await fetch(`${base}${pathname}`, { headers: HEADERS }).then((response) => response.arrayBuffer())
  const paths = (await Promise.all(MEASURED_TENANTS.map((tenant) => sitemapPaths(base, tenant)))).flat()
  const latencies: number[] = []
  const cacheHeaders = new Map<string, number>()
  let failures = 0
  const started = performance.now()
  for (const pathname of paths) {
    const begun = performance.now()
    const response = await fetch(`${base}${pathname}`, { headers: HEADERS })
    await response.arrayBuffer()
    if (!response.ok) {
      failures += 1
      continue
    }
    latencies.push(performance.now() - begun)
    const header = response.headers.get('x-nextjs-cache') ?? '-'
    cacheHeaders.set(header, (cacheHeaders.get(header) ?? 0) + 1)
  }
  const uncached = summarise(`uncached tenant pages (first render), ${label}`, latencies, failures, (performance.now() - started) / 1000)
  const cached = await load(`cached tenant page (${TENANT_PAGE}), ${label}`, () => TENANT_PAGE, base)
  return { uncached, cached, firstAnswers: [...cacheHeaders].map(([header, count]) => `${count}× ${header}`).join(', ') }
}

async function main(): Promise<void> {
  let bench: BenchServer | undefined
  let few: TenantPages | undefined
  let reuseBuild = flags['reuse-build'] ?? false
  try {
    if (!flags['skip-few']) {
      bench = await startBenchServer({ label: 'directory-few', reuseBuild })
      few = { ...(await tenantPages(bench.base, 'demo tenants only')), startSeconds: bench.seconds.start }
      await bench.stop()
      bench = undefined
      reuseBuild = true
    }
    bench = await startBenchServer({ label: 'directory', reuseBuild, syntheticTenants: TENANTS })
    const fewStartSeconds = few?.startSeconds
    const { base } = bench
    // Measured first, before anything below expires a cache, as on the server with the demo tenants only.
    const many = await tenantPages(base, `${TENANTS} more tenants`)
    const token = await adminToken(bench)
    // One council made as an editor would (the seed writes SQL, which expires no cache): it expires
    // the `tenants` tag, as any new council does, and gives the Welsh search something to find.
    const created = await fetch(`${base}/api/tenants?locale=en`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Isle of Anglesey County Council', slug: 'bench-anglesey', kind: 'council', nation: 'wales', locales: ['en', 'cy'], defaultLocale: 'cy' }),
    }).then((response) => response.json() as Promise<{ doc: { id: number } }>)
    await fetch(`${base}/api/tenants/${created.doc.id}?locale=cy`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Cyngor Sir Ynys Môn' }),
    })

    const middle = Math.max(1, Math.ceil(TENANTS / 200))
    const pages = ['/', '/directory/england', `/directory/england/s${middle > 1 ? `/${middle}` : ''}`, '/directory/search?q=ynys+mon', '/directory/search?q=synthetic+council', '/directory/search?q=zzqqxx']
    const sizes: Size[] = []
    for (const pathname of pages) {
      await size(base, pathname)
      sizes.push(await size(base, pathname))
    }
    const landing = sizes[0]
    if (!landing || landing.status !== 200) throw new Error(`/ answered ${landing?.status}`)

    let unique = 0
    const rows = [
      await load('landing page /', () => '/', base),
      await load(`a letter's page (${pages[2]})`, () => pages[2] ?? '/', base),
      await load('search, answered from the data cache (ynys mon)', () => '/directory/search?q=ynys+mon', base),
      await load('search, each query new (synthetic council NNNNN)', () => `/directory/search?q=synthetic+council+${String(((unique += 7) % Math.max(1, TENANTS)) + 1).padStart(5, '0')}`, base),
    ]
    const tenantRows = [...(few ? [few.uncached, few.cached] : []), many.uncached, many.cached]
    const ratio = (a: LoadResult | undefined, b: LoadResult) => (a ? (b.p50 / a.p50).toFixed(2) : '-')
    const report = [
      `# Directory and tenant pages at ${TENANTS} tenants, ${new Date().toISOString()}`,
      '',
      `${TENANTS} synthetic tenants plus the demo ones; ${REQUESTS} requests per load row after ${Math.round(REQUESTS / 10)} discarded, ${CONCURRENCY} at a time, Accept-Encoding: gzip, loopback (${process.platform}, Node ${process.version}). ` +
        `Load average at the end (1, 5, 15 min): ${loadavg().map((value) => value.toFixed(2)).join(', ')} on ${availableParallelism()} cores, shared with whatever else runs.`,
      '',
      `\`seed:tenants ${TENANTS}\` (with their search rows): ${bench.seconds.syntheticTenants.toFixed(0)} s. \`start\` until /api/health answered (migrate, seed, next start): ` +
        `${bench.seconds.start.toFixed(0)} s with ${TENANTS} more tenants${fewStartSeconds === undefined ? '' : `, ${fewStartSeconds.toFixed(0)} s with the demo tenants only`} (tsx loading the scripts is several seconds of each).`,
      '',
      `Tenant pages: uncached rows are every page of ${MEASURED_TENANTS.join(' and ')} from their sitemaps, each read once, one at a time, on a fresh server (${few ? `first answers with demo tenants only: ${few.firstAnswers}; ` : ''}with ${TENANTS} more: ${many.firstAnswers}); cached rows are ${TENANT_PAGE} under load.`,
      '',
      table(
        ['what', 'requests', 'failed', 'req/s', 'p50 ms', 'p99 ms'],
        tenantRows.map((row) => [row.label, row.requests, row.failures, row.rps.toFixed(0), row.p50.toFixed(1), row.p99.toFixed(1)]),
      ),
      '',
      table(
        ['ratio', 'value', 'target'],
        [
          [`uncached tenant page p50, ${TENANTS} more tenants / demo tenants only`, ratio(few?.uncached, many.uncached), '<= 1.2'],
          [`cached tenant page p50, ${TENANTS} more tenants / demo tenants only`, ratio(few?.cached, many.cached), '<= 1.2'],
        ],
      ),
      '',
      'The directory:',
      '',
      table(
        ['page', 'status', 'HTML bytes', 'gzip bytes', 'x-nextjs-cache', 'under 50 KB'],
        sizes.map((entry) => [entry.path, entry.status, entry.htmlBytes, entry.gzipBytes, entry.cache, entry.htmlBytes < LIMIT_BYTES ? 'yes' : 'NO']),
      ),
      '',
      table(
        ['what', 'requests', 'failed', 'req/s', 'p50 ms', 'p99 ms'],
        rows.map((row) => [row.label, row.requests, row.failures, row.rps.toFixed(0), row.p50.toFixed(1), row.p99.toFixed(1)]),
      ),
      '',
    ].join('\n')
    console.log(`\n${report}`)
    const outDir = path.join(root, 'bench-results')
    mkdirSync(outDir, { recursive: true })
    const file = path.join(outDir, `bench-directory-${new Date().toISOString().replace(/[:.]/g, '-')}.md`)
    writeFileSync(file, report)
    console.log(`Written to ${path.relative(root, file)}`)
  } finally {
    await bench?.stop()
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
