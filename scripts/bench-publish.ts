/**
 * `npm run bench:publish [-- --rounds 10]`: where the time of one publish goes, inside the save.
 *
 * The national wellbeing page is published `rounds` times through the Local API on a throwaway
 * database (migrated and seeded with the demo data), as the admin's Publish does over REST
 * (`depth: 0`, English). Every hook of the pages collection is timed by name, and so is every
 * database adapter call (Payload's own version writes, reads and transaction), so the table says
 * which hook or which of Payload's steps the save spends its time in. No Next here: the cache tag
 * expiry and the re-render are `npm run bench:cluster`'s rows. Timings are for reading only.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Payload, SanitizedConfig } from 'payload'

import { median, table } from './lib/loadStats'
import { createThrowawayDatabase, stopTestDatabaseServer, type ThrowawayDatabase } from './lib/testDatabase'

const root = path.resolve(import.meta.dirname, '..')
const { values: flags } = parseArgs({ options: { rounds: { type: 'string', default: '10' } } })
const ROUNDS = Math.max(1, Number(flags.rounds))

/** Milliseconds spent, and calls made, per label in the current round; reset before each publish. */
let spent = new Map<string, number>()
let calls = new Map<string, number>()

function timed<A extends unknown[], R>(label: string, run: (...args: A) => R): (...args: A) => R {
  return function (this: unknown, ...args: A): R {
    const begun = performance.now()
    calls.set(label, (calls.get(label) ?? 0) + 1)
    const add = () => spent.set(label, (spent.get(label) ?? 0) + performance.now() - begun)
    const result = run.apply(this, args)
    if (result instanceof Promise) return result.finally(add) as R
    add()
    return result
  }
}

/** Wraps every collection-level hook of `pages` so its time is counted under its name. */
function timePageHooks(config: SanitizedConfig): void {
  const pages = config.collections.find((collection) => collection.slug === 'pages')
  if (!pages) throw new Error('no pages collection')
  const hooks = pages.hooks as unknown as Record<string, ((...args: unknown[]) => unknown)[] | undefined>
  for (const [stage, list] of Object.entries(hooks)) {
    if (!Array.isArray(list)) continue
    hooks[stage] = list.map((hook, index) => timed(`hook ${stage} ${hook.name || `#${index}`}`, hook))
  }
}

/** Wraps the database adapter's calls (Payload's own reads, version writes, transaction). */
function timeDatabase(payload: Payload): void {
  const db = payload.db as unknown as Record<string, unknown>
  for (const key of Object.keys(db)) {
    const value = db[key]
    if (typeof value === 'function' && key !== 'init' && key !== 'connect') db[key] = timed(`db ${key}`, value as (...args: unknown[]) => unknown)
  }
}

async function main(): Promise<void> {
  let database: ThrowawayDatabase | undefined
  let payload: Payload | undefined
  try {
    database = await createThrowawayDatabase('bench_publish')
    process.env.DATABASE_URL = database.url
    process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
    process.env.INCIDENT_ENCRYPTION_KEY ??= randomBytes(32).toString('base64')
    process.env.PORTAL_JOBS = 'off'
    const { getPayload } = await import('payload')
    const config = await (await import('../payload.config')).default
    timePageHooks(config)
    payload = await getPayload({ config })
    const { applyMigrations, seedFromEnvironment } = await import('./lib/payloadTasks')
    await applyMigrations(payload)
    await seedFromEnvironment(payload, { SEED_ADMIN_EMAIL: 'bench-admin@example.org', SEED_ADMIN_PASSWORD: `Aa1!${randomBytes(18).toString('base64url')}` })
    timeDatabase(payload)

    const found = await payload.find({ collection: 'pages', where: { slug: { equals: 'wellbeing' }, 'tenant.kind': { equals: 'baseline' } }, depth: 0, overrideAccess: true })
    const id = found.docs[0]?.id
    if (id === undefined) throw new Error('the national wellbeing page is missing')
    const admin = await payload.find({ collection: 'users', where: { email: { equals: 'bench-admin@example.org' } }, depth: 0, overrideAccess: true })
    const user = admin.docs[0]
    if (!user) throw new Error('the seeded admin is missing')

    const rounds: { spent: Map<string, number>; calls: Map<string, number> }[] = []
    const totals: number[] = []
    for (let round = 0; round < ROUNDS + 1; round++) {
      spent = new Map()
      calls = new Map()
      const begun = performance.now()
      await payload.update({
        collection: 'pages',
        id,
        locale: 'en',
        fallbackLocale: false,
        depth: 0,
        data: { summary: `Bench ${Date.now()}-${round}`, _status: 'published' },
        user: { ...user, collection: 'users' },
        overrideAccess: false,
      })
      // The first publish warms the config's caches and the connection pool: not counted.
      if (round === 0) continue
      totals.push(performance.now() - begun)
      rounds.push({ spent, calls })
    }

    const labels = [...new Set(rounds.flatMap((round) => [...round.spent.keys()]))]
    const rows = labels
      .map((label) => ({ label, ms: median(rounds.map((round) => round.spent.get(label) ?? 0)), calls: median(rounds.map((round) => round.calls.get(label) ?? 0)) }))
      .sort((a, b) => b.ms - a.ms)
    const report = [
      `# Publish breakdown, ${new Date().toISOString()}`,
      '',
      `Load average ${os.loadavg().map((load) => load.toFixed(2)).join(', ')} (${os.cpus().length} cores).`,
      `The national wellbeing page published ${ROUNDS} times through the Local API (English, depth 0, as the admin's Publish); medians per round.`,
      `Hook rows include the database calls they make; db rows are every adapter call, from hooks or Payload itself (so the rows overlap).`,
      '',
      table(['what', 'median ms per publish', 'calls'], [['whole save (payload.update)', median(totals).toFixed(1), 1], ...rows.map((row) => [row.label, row.ms.toFixed(1), row.calls])]),
    ].join('\n')
    console.log(`\n${report}\n`)
    mkdirSync(path.join(root, 'bench-results'), { recursive: true })
    const file = path.join(root, 'bench-results', `publish-${new Date().toISOString().replace(/[:.]/g, '-')}.md`)
    writeFileSync(file, `${report}\n`)
    console.log(`Written to ${path.relative(root, file)}`)
  } finally {
    await payload?.destroy().catch(() => undefined)
    await database?.drop().catch(() => undefined)
    await stopTestDatabaseServer()
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(`✖ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exit(1)
  })
