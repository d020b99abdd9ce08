import { sql } from '@payloadcms/db-postgres'
import type { Endpoint, Payload } from 'payload'

import { migrations } from '../../migrations'

export type HealthReport =
  | { status: 200; body: { db: 'ok'; migrations: 'current' } }
  | { status: 503; body: { db: 'ok' | 'unreachable'; migrations: 'current' | 'pending' | 'unknown'; reason: string } }

/** Migrations that the code ships but the database has not applied. */
export async function pendingMigrations(payload: Payload): Promise<string[]> {
  const applied = await payload.find({
    collection: 'payload-migrations',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const names = new Set(applied.docs.map((doc) => doc.name))
  return migrations.map((migration) => migration.name).filter((name) => !names.has(name))
}

/**
 * The innermost message of an error's `cause` chain: drizzle wraps the driver's error in "Failed
 * query: select 1", which says nothing; the driver's own ("connect ECONNREFUSED 10.0.0.5:5432",
 * "terminating connection due to administrator command") says what is wrong.
 */
export function rootCause(error: unknown): string {
  let current: unknown = error
  for (let depth = 0; depth < 6; depth += 1) {
    const cause = (current as { cause?: unknown } | null)?.cause
    if (!(cause instanceof Error)) break
    current = cause
  }
  return current instanceof Error ? current.message || current.name : String(current)
}

export async function checkHealth(payload: Payload): Promise<HealthReport> {
  try {
    await payload.db.drizzle.execute(sql`select 1`)
  } catch (error) {
    return { status: 503, body: { db: 'unreachable', migrations: 'unknown', reason: `The database is not answering: ${rootCause(error)}` } }
  }
  const pending = await pendingMigrations(payload)
  if (pending.length > 0) {
    return {
      status: 503,
      body: { db: 'ok', migrations: 'pending', reason: `Pending migrations: ${pending.join(', ')}` },
    }
  }
  return { status: 200, body: { db: 'ok', migrations: 'current' } }
}

/** GET /api/health — for load balancers and the test harness; says nothing secret. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const report = await checkHealth(req.payload)
    return Response.json(report.body, {
      status: report.status,
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}
