import type { Payload } from 'payload'

import type { SeedReport } from '../../src/seed'
import type { ReleaseReport } from '../../src/seed/release'

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

export type SeedEnvironment = Partial<Record<'SEED_DEMO' | 'SEED_ADMIN_EMAIL' | 'SEED_ADMIN_PASSWORD' | 'SEED_ADMIN_TOTP_SECRET', string>>

export async function seedFromEnvironment(payload: Payload, env: SeedEnvironment = process.env as SeedEnvironment): Promise<SeedReport> {
  // Imported here, after withPayload has loaded the config, never at the top: the seed's graph
  // reaches @payloadcms/db-postgres, and loading that before payload.config.ts left the config's
  // import pending forever, so \`migrate\` exited 0 having done nothing (a fresh CI database had no tables).
  const { seed } = await import('../../src/seed')
  return seed(payload, {
    includeDemo: env.SEED_DEMO !== 'false',
    adminEmail: env.SEED_ADMIN_EMAIL || 'admin@example.com',
    adminPassword: env.SEED_ADMIN_PASSWORD || undefined,
    adminTotpSecret: env.SEED_ADMIN_TOTP_SECRET || undefined,
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

/** Wraps every incident's data key under the current master key (after a rotation; see README, Privacy). */
export async function rewrapIncidentKeysNow(payload: Payload): Promise<string> {
  const { rewrapIncidentKeys } = await import('../../src/collections/Incidents/rewrapKeys')
  const { checked, rewrapped } = await rewrapIncidentKeys(payload)
  return `Incident log keys: ${rewrapped} of ${checked} incident(s) and evidence file(s) wrapped again under the current master key; the rest already were. INCIDENT_ENCRYPTION_KEY_PREVIOUS can now be removed.`
}

/** Runs the daily end of memberships now: the function the scheduled task runs. */
export async function endMembershipsNow(payload: Payload): Promise<string> {
  const { endDueMemberships } = await import('../../src/jobs/endMemberships')
  const summary = await endDueMemberships(payload)
  return `Ended memberships: ${summary.users} ${summary.users === 1 ? 'person' : 'people'} signed out, in ${summary.tenants} ${summary.tenants === 1 ? 'council' : 'councils'}; admins of ${summary.told} told.`
}

/** Runs the daily expiry of former members' incident logs now: the function the scheduled task runs. */
export async function expireFormerLogsNow(payload: Payload): Promise<string> {
  const { expireFormerLogs } = await import('../../src/jobs/expireFormerLogs')
  const summary = await expireFormerLogs(payload)
  return `Former members' incident logs: ${summary.warned} warned (30 days before deletion), ${summary.deleted} deleted (12 months after leaving).`
}

/** The content release's outcome in a few lines (printed by `content:release` and at start-up). */
export function describeRelease(report: ReleaseReport): string[] {
  const lines: string[] = []
  if (report.created.length > 0) lines.push(`National pages created: ${report.created.join(', ')}.`)
  if (report.updated.length > 0) lines.push(`National pages updated to the new text: ${report.updated.join('; ')}.`)
  if (report.heldForReview.length > 0) {
    lines.push(`Held for a platform admin's review (changed in the admin, so not overwritten): ${report.heldForReview.join('; ')}. See Platform → Content releases.`)
  }
  return lines
}

/** Applies the code's national text now: what every start-up's seed does, without the rest. */
export async function releaseContentNow(payload: Payload): Promise<string> {
  const { releaseBaselinePages } = await import('../../src/seed/release')
  const started = performance.now()
  const report = await releaseBaselinePages(payload)
  const lines = describeRelease(report)
  if (lines.length === 0) lines.push(`National pages are up to date (${report.unchanged.length} checked).`)
  lines.push(`Content release took ${Math.round(performance.now() - started)} ms.`)
  return lines.join('\n')
}
