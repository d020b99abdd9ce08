import type { Payload } from 'payload'

import { seed, type SeedReport } from '../../src/seed'

/**
 * Runs `task` with a Payload instance built from payload.config.ts. Imported lazily so that the
 * environment (DATABASE_URL, PAYLOAD_SECRET) is in place before the config reads it.
 */
export async function withPayload<T>(task: (payload: Payload) => Promise<T>): Promise<T> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  try {
    return await task(payload)
  } finally {
    await payload.destroy()
  }
}

export async function applyMigrations(payload: Payload): Promise<void> {
  const { migrations } = await import('../../migrations')
  // The generated index types each migration's arguments precisely; migrate() takes them loosely.
  await payload.db.migrate({
    migrations: migrations.map((migration) => ({
      name: migration.name,
      up: (args: unknown) => migration.up(args as Parameters<typeof migration.up>[0]),
      down: (args: unknown) => migration.down(args as Parameters<typeof migration.down>[0]),
    })),
  })
}

export type SeedEnvironment = Partial<Record<'SEED_DEMO' | 'SEED_ADMIN_EMAIL' | 'SEED_ADMIN_PASSWORD', string>>

export async function seedFromEnvironment(payload: Payload, env: SeedEnvironment = process.env as SeedEnvironment): Promise<SeedReport> {
  return seed(payload, {
    includeDemo: env.SEED_DEMO !== 'false',
    adminEmail: env.SEED_ADMIN_EMAIL || 'admin@example.com',
    adminPassword: env.SEED_ADMIN_PASSWORD || undefined,
  })
}

/**
 * Runs the weekly stale-contacts reminder now: the function the scheduled task runs, so it still
 * sends at most once per tenant per ISO week.
 */
export async function remindStaleContactsNow(payload: Payload): Promise<string> {
  const { sendStaleContactReminders } = await import('../../src/jobs/remindStaleContacts')
  const summary = await sendStaleContactReminders(payload)
  const sent = summary.sent.length > 0 ? summary.sent.join(', ') : 'nobody'
  const skipped = summary.skipped.length > 0 ? `; skipped (already sent this week or no editors): ${summary.skipped.join(', ')}` : ''
  return `Stale-contacts reminder for ${summary.week}: sent for ${sent}${skipped}.`
}
