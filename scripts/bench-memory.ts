/**
 * `npm run bench:memory [-- --reuse-build] [-- --tenants 1000] [-- --concurrency 4] [-- --skip-redis] [-- --heap-mb 256]`,
 * also run at the end of `npm run bench` (unless `-- --skip-memory`): the app process's memory and
 * the cache's size after reading every public page of every tenant (issue #16), on a production
 * build with `--tenants` synthetic councils (src/seed/syntheticTenants.ts) plus the demo ones.
 *
 * Two passes, each on a throwaway database seeded the same way and a fresh `next start`:
 *
 *   1. in memory, the default for one process (no REDIS_URL): Next's cache in the process, bounded
 *      by `cacheMaxMemorySize`, with nothing written to disk at run time (cacheHandler.mjs);
 *   2. with REDIS_URL, the shared cache as `npm run cluster` runs it: a redis-server of our own,
 *      started as the cluster starts it (scripts/lib/cluster.ts, `startRedis`).
 *
 * Each pass lists every active tenant through the REST API (as the platform admin), reads each
 * tenant's sitemap (every page of its site in every locale it enables: home, contacts, rules of
 * engagement, accessibility and every toolkit page, the emergency page among them), and reads every
 * one of those pages once, `--concurrency` at a time. Every answer must be 200: the others are
 * counted and listed, never dropped. Memory is read from /proc/<pid>/status of the `next-server`
 * process itself (not npm's or tsx's wrappers): VmRSS on a fresh server that has answered only its
 * health check, VmRSS after the last page, and VmHWM, the most it was resident in between. The
 * cache's size: bytes under `.next/cache` and `.next/server` before and after (the in-memory cache
 * must write nothing there), and in the Redis pass `INFO memory` and `DBSIZE`.
 *
 * `--heap-mb` caps V8's old space in every process the bench starts (NODE_OPTIONS
 * --max-old-space-size): whether the server keeps working, and how resident it stays, with a small
 * heap tells memory it holds from garbage it has not yet been made to collect.
 *
 * Memory does not depend on the machine's load; the time taken does, so the load average is printed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { adminToken, sitemapPaths, startBenchServer, type BenchServer } from './lib/benchServer'
import { readRedisMemory, startRedis, type RedisMemory, type Service } from './lib/cluster'
import { loadSlice, summarise, table, type LoadResult } from './lib/loadStats'
import { readMemoryStatus, type MemoryStatus } from './lib/proc'
import { findInTree } from './lib/processTree'

const root = path.resolve(import.meta.dirname, '..')
const { values: flags } = parseArgs({
  options: {
    'reuse-build': { type: 'boolean', default: false },
    tenants: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '4' },
    'skip-redis': { type: 'boolean', default: false },
    'heap-mb': { type: 'string' },
  },
})
const TENANTS = Number(flags.tenants)
const CONCURRENCY = Math.max(1, Number(flags.concurrency))
const HEAP_ENV: Record<string, string> = flags['heap-mb'] ? { NODE_OPTIONS: `--max-old-space-size=${Number(flags['heap-mb'])}` } : {}
const HEADERS = { 'Accept-Encoding': 'gzip' }
/** Where Next keeps what it writes at run time (images, fetch cache) and what the build prerendered. */
const NEXT_DIRS = ['.next/cache', '.next/server'] as const
/** How often a pass says how far it got (a run at 1,000 tenants takes tens of minutes here). */
const PROGRESS_EVERY = 1000

type Failure = { path: string; status: string }
type Pass = {
  label: string
  tenants: number
  sitemapFailures: number
  read: LoadResult
  failures: Failure[]
  cacheHeaders: string
  before: MemoryStatus
  after: MemoryStatus
  diskBefore: Record<string, number>
  diskAfter: Record<string, number>
  redis?: RedisMemory
  startSeconds: number
}

/** Bytes of every file under `dir` (0 when it does not exist). */
function directoryBytes(dir: string): number {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return 0
  }
  return entries.reduce((sum, entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sum + directoryBytes(full)
    return entry.isFile() ? sum + statSync(full).size : sum
  }, 0)
}

const diskNow = () => Object.fromEntries(NEXT_DIRS.map((dir) => [dir, directoryBytes(path.join(root, dir))]))

function serverMemory(pid: number): MemoryStatus {
  const memory = readMemoryStatus(pid)
  if (!memory) throw new Error(`could not read /proc/${pid}/status (the server ended?)`)
  return memory
}

/**
 * Every active tenant's slug, demo and synthetic, through the REST API as the platform admin; not
 * the national content (kind `baseline`), which has no site of its own: its pages are read through
 * every tenant that inherits them.
 */
async function tenantSlugs(bench: BenchServer): Promise<string[]> {
  const token = await adminToken(bench)
  const query = 'pagination=false&depth=0&select[slug]=true&where[active][equals]=true&where[kind][not_equals]=baseline'
  const response = await fetch(`${bench.base}/api/tenants?${query}`, { headers: { Authorization: `JWT ${token}` } })
  if (!response.ok) throw new Error(`/api/tenants answered ${response.status}`)
  return ((await response.json()) as { docs: { slug: string }[] }).docs.map((tenant) => tenant.slug)
}

async function measurePass(label: string, env: Record<string, string>, reuseBuild: boolean, redisUrl?: string): Promise<Pass> {
  const bench = await startBenchServer({ label: `memory_${label.replace(/\W+/g, '_')}`, reuseBuild, syntheticTenants: TENANTS, env: { ...HEAP_ENV, ...env } })
  try {
    const pid = bench.server.pid === undefined ? undefined : findInTree(bench.server.pid, 'next-server')
    if (pid === undefined) throw new Error('no next-server process under the started server')
    const before = serverMemory(pid)
    const diskBefore = diskNow()

    const failures: Failure[] = []
    const slugs = await tenantSlugs(bench)
    const paths: string[] = []
    let listed = 0
    const sitemaps = await loadSlice(
      async () => {
        const slug = slugs[listed++] ?? ''
        try {
          paths.push(...(await sitemapPaths(bench.base, slug)))
          return true
        } catch (error) {
          failures.push({ path: `/${slug}/sitemap.xml`, status: error instanceof Error ? error.message : String(error) })
          return false
        }
      },
      slugs.length,
      CONCURRENCY,
    )

    const cacheHeaders = new Map<string, number>()
    let next = 0
    let answered = 0
    const slice = await loadSlice(
      async () => {
        const pathname = paths[next++] ?? '/'
        try {
          const response = await fetch(`${bench.base}${pathname}`, { headers: HEADERS })
          await response.arrayBuffer()
          const header = response.headers.get('x-nextjs-cache') ?? '-'
          cacheHeaders.set(header, (cacheHeaders.get(header) ?? 0) + 1)
          if (response.status !== 200) failures.push({ path: pathname, status: String(response.status) })
          answered += 1
          if (answered % PROGRESS_EVERY === 0) console.log(`[memory] ${label}: ${answered} of ${paths.length} pages answered`)
          return response.status === 200
        } catch (error) {
          failures.push({ path: pathname, status: error instanceof Error ? error.message : String(error) })
          return false
        }
      },
      paths.length,
      CONCURRENCY,
    )
    const after = serverMemory(pid)
    return {
      label,
      tenants: slugs.length,
      sitemapFailures: sitemaps.failures,
      read: summarise(label, slice.latencies, slice.failures, slice.seconds),
      failures,
      cacheHeaders: [...cacheHeaders].map(([header, count]) => `${count}× ${header}`).join(', '),
      before,
      after,
      diskBefore,
      diskAfter: diskNow(),
      redis: redisUrl === undefined ? undefined : await readRedisMemory(redisUrl),
      startSeconds: bench.seconds.start,
    }
  } finally {
    await bench.stop()
  }
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
const diskChange = (pass: Pass, dir: string) => `${mib(pass.diskBefore[dir] ?? 0)} → ${mib(pass.diskAfter[dir] ?? 0)}`

/** What bounds the cache, as the build running here was configured (Next writes its config there). */
function cacheSettings(): string {
  const { config } = JSON.parse(readFileSync(path.join(root, '.next', 'required-server-files.json'), 'utf8')) as {
    config: { cacheMaxMemorySize?: number; cacheHandler?: string; experimental?: { isrFlushToDisk?: boolean } }
  }
  return (
    `cacheHandler ${config.cacheHandler ?? '(Next default)'}, cacheMaxMemorySize ${mib(config.cacheMaxMemorySize ?? Number.NaN)}, ` +
    `experimental.isrFlushToDisk ${String(config.experimental?.isrFlushToDisk)}`
  )
}

function report(passes: Pass[]): string {
  const column = (format: (pass: Pass) => string | number) => passes.map(format)
  const rows: (string | number)[][] = [
    ['tenants (every active one)', ...column((pass) => pass.tenants)],
    ['pages read (every sitemap entry)', ...column((pass) => pass.read.requests)],
    ['sitemaps that failed', ...column((pass) => pass.sitemapFailures)],
    ['pages that failed (not 200)', ...column((pass) => pass.read.failures)],
    ['time taken reading (s)', ...column((pass) => pass.read.seconds.toFixed(0))],
    ['pages/s, p50 ms, p99 ms', ...column((pass) => `${pass.read.rps.toFixed(1)}, ${pass.read.p50.toFixed(0)}, ${pass.read.p99.toFixed(0)}`)],
    ['x-nextjs-cache seen', ...column((pass) => pass.cacheHeaders)],
    ['next-server RSS before (VmRSS, fresh)', ...column((pass) => mib(pass.before.residentBytes))],
    ['next-server RSS after (VmRSS)', ...column((pass) => mib(pass.after.residentBytes))],
    ['next-server RSS peak (VmHWM)', ...column((pass) => mib(pass.after.peakResidentBytes))],
    ...NEXT_DIRS.map((dir) => [`${dir} on disk, before → after`, ...column((pass) => diskChange(pass, dir))]),
    ['Redis used_memory (peak)', ...column((pass) => (pass.redis ? `${mib(pass.redis.usedMemory)} (${mib(pass.redis.usedMemoryPeak)})` : '-'))],
    ['Redis DBSIZE (entries + tag hash)', ...column((pass) => pass.redis?.keys ?? '-')],
    ['Redis maxmemory', ...column((pass) => (pass.redis ? mib(pass.redis.maxMemory) : '-'))],
    ['start until /api/health (s)', ...column((pass) => pass.startSeconds.toFixed(0))],
  ]
  const failures = passes.flatMap((pass) => pass.failures.slice(0, 20).map((failure) => `- ${pass.label}: ${failure.path} → ${failure.status}`))
  return [
    `# Memory and cache size after reading every page of ${TENANTS} synthetic tenants (plus the demo ones), ${new Date().toISOString()}`,
    '',
    `Every active tenant's sitemap (every locale it enables), each page read once, ${CONCURRENCY} at a time, Accept-Encoding: gzip, loopback (${process.platform}, Node ${process.version}); ` +
      `each pass a fresh \`next start\` on its own throwaway database. Load average at the end (1, 5, 15 min): ${loadavg().map((value) => value.toFixed(2)).join(', ')} on ${availableParallelism()} cores, shared with whatever else runs.`,
    '',
    `Cache bounds: ${cacheSettings()}; Redis as the cluster starts it (maxmemory-policy allkeys-lru, no persistence)${HEAP_ENV.NODE_OPTIONS ? `; every process run with NODE_OPTIONS=${HEAP_ENV.NODE_OPTIONS}` : ''}.`,
    '',
    table(['', ...passes.map((pass) => pass.label)], rows),
    '',
    ...(failures.length > 0 ? ['Failures (first 20 per pass):', '', ...failures, ''] : []),
  ].join('\n')
}

async function main(): Promise<void> {
  const passes: Pass[] = []
  passes.push(await measurePass('in memory (no REDIS_URL)', {}, flags['reuse-build'] ?? false))
  // Printed at once: the Redis pass takes as long again, and its failing must not lose these.
  console.log(`\n${report(passes)}`)
  if (!flags['skip-redis']) {
    const runDir = path.join(root, 'bench-results', 'memory-run')
    rmSync(runDir, { recursive: true, force: true })
    let redis: { url: string; service: Service } | undefined
    try {
      redis = await startRedis({ runDir })
      passes.push(await measurePass('REDIS_URL (shared cache)', { REDIS_URL: redis.url }, true, redis.url))
    } finally {
      await redis?.service.stop()
    }
  }
  const text = report(passes)
  console.log(`\n${text}`)
  const outDir = path.join(root, 'bench-results')
  mkdirSync(outDir, { recursive: true })
  const file = path.join(outDir, `bench-memory-${new Date().toISOString().replace(/[:.]/g, '-')}.md`)
  writeFileSync(file, text)
  console.log(`Written to ${path.relative(root, file)}`)
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
