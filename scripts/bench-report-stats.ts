/**
 * `npm run bench:report-stats`
 *
 * The report statistics' query (src/admin/ReportStatistics/statistics.ts) at 10,000 reports across
 * 500 councils: rows written straight with SQL (the collection's hooks would encrypt snapshots the
 * query never reads) into a throwaway database migrated for the run. Times, per dimension, the
 * whole call a platform admin's view makes (count, then suppress), for every council and for one.
 * Median and worst of 20 runs each; for reading, never pass/fail.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createThrowawayDatabase, stopTestDatabaseServer } from './lib/testDatabase'

const root = path.resolve(import.meta.dirname, '..')
const TENANTS = 500
const REPORTS = 10_000
const RUNS = 20

function migrate(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/run.ts', 'migrate'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`migrate exited with ${code}`))))
  })
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

async function main() {
  const database = await createThrowawayDatabase('bench-report-stats')
  let quietPool: (() => Promise<void>) | undefined
  try {
    process.env.DATABASE_URL = database.url
    process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('hex')
    process.env.INCIDENT_ENCRYPTION_KEY ||= randomBytes(32).toString('base64')
    process.env.MEDIA_DIR ||= mkdtempSync(path.join(os.tmpdir(), 'portal-bench-media-'))
    process.env.EMAIL_OUTBOX_POLL = 'off'
    await migrate({ ...process.env })

    const { getPayload } = await import('payload')
    const { sql } = await import('@payloadcms/db-postgres')
    const { default: config } = await import('../payload.config')
    const { reportStatistics, statisticDimensions } = await import('../src/admin/ReportStatistics/statistics')
    const payload = await getPayload({ config })
    // Dropping the database ends the pool's connections; an unheard 'error' event would crash the run there.
    quietPool = async () => {
      payload.db.pool.on('error', () => undefined)
    }
    const db = payload.db.drizzle

    const seeded = Date.now()
    await db.execute(sql`INSERT INTO tenants (slug, kind) SELECT 'bench-' || g, 'council' FROM generate_series(1, ${TENANTS}) g`)
    await db.execute(sql`INSERT INTO tenants_locales (_locale, _parent_id, name) SELECT 'en', id, 'Bench council ' || id FROM tenants`)
    const reporter = await payload.create({ collection: 'users', overrideAccess: true, data: { email: `bench-${randomBytes(4).toString('hex')}@example.org`, password: randomBytes(12).toString('hex') } })
    // 10,000 reports over 2026, spread over the councils, each with one or two kinds.
    await db.execute(sql`
      INSERT INTO incident_reports (reference, tenant_id, reporter_id, incident, platform, status, created_at, updated_at)
      SELECT 'B-' || g, t.ids[1 + (g % ${TENANTS})], ${reporter.id}, g,
             (ARRAY['x','instagram','threads','facebook','tiktok','linkedin','bluesky','email','phone','letter','in-person','other'])[1 + (g * 7 % 12)]::enum_incident_reports_platform,
             (ARRAY['received','assessed','referred','closed'])[1 + (g * 3 % 4)]::enum_incident_reports_status,
             timestamptz '2026-01-01' + (g % 364) * interval '1 day' + (g % 24) * interval '1 hour', now()
      FROM generate_series(1, ${REPORTS}) g, (SELECT array_agg(id ORDER BY id) AS ids FROM tenants) t`)
    await db.execute(sql`
      INSERT INTO incident_reports_kinds ("order", parent_id, value)
      SELECT 1, id, (ARRAY['threat','harassment','hate','sexual','doxxing','impersonation','misinformation','other'])[1 + (id % 8)]::enum_incident_reports_kinds FROM incident_reports
      UNION ALL
      SELECT 2, id, (ARRAY['threat','harassment','hate','sexual','doxxing','impersonation','misinformation','other'])[1 + ((id + 3) % 8)]::enum_incident_reports_kinds FROM incident_reports WHERE id % 3 = 0`)
    await db.execute(sql`ANALYZE incident_reports; ANALYZE incident_reports_kinds`)
    const count = (await db.execute(sql`SELECT count(*)::int AS n, count(DISTINCT tenant_id)::int AS t FROM incident_reports`)) as unknown as { rows: { n: number; t: number }[] }
    console.log(`seeded ${count.rows[0]?.n} reports across ${count.rows[0]?.t} councils in ${Date.now() - seeded} ms`)

    const platformAdmin = { roles: ['platform-admin' as const], tenants: [] }
    const oneTenant = Number(((await db.execute(sql`SELECT min(tenant_id) AS id FROM incident_reports`)) as unknown as { rows: { id: number }[] }).rows[0]?.id)
    for (const scope of ['every council', 'one council'] as const) {
      for (const dimension of statisticDimensions) {
        const times: number[] = []
        let hidden = 0
        for (let run = 0; run < RUNS; run += 1) {
          const started = performance.now()
          const result = await reportStatistics(payload, platformAdmin, { dimension, year: 2026, tenant: scope === 'one council' ? oneTenant : null })
          times.push(performance.now() - started)
          hidden = result.table.cells.flat().filter((cell) => cell.state !== 'shown').length
        }
        console.log(`${scope.padEnd(13)} by ${dimension.padEnd(8)}: median ${median(times).toFixed(1)} ms, worst ${Math.max(...times).toFixed(1)} ms (${RUNS} runs; ${hidden} cells hidden)`)
      }
    }
  } finally {
    await quietPool?.()
    await database.drop()
    await stopTestDatabaseServer()
  }
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
