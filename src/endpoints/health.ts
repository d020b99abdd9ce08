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

export async function checkHealth(payload: Payload): Promise<HealthReport> {
  try {
    await payload.db.drizzle.execute(sql`select 1`)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { status: 503, body: { db: 'unreachable', migrations: 'unknown', reason } }
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
