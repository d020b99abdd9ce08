import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'

import type { Payload } from 'payload'

import { formatTombstones, parseTombstones, TombstoneFileError, type Tombstone } from '../../src/collections/Incidents/tombstoneFile'
import { SetupError } from './setup'

import type { SeedReport } from '../../src/seed'
import type { ReleaseReport } from '../../src/seed/release'

/**
 * Runs `task` with a Payload instance built from payload.config.ts. Imported lazily so that the
 * environment (DATABASE_URL, PAYLOAD_SECRET) is in place before the config reads it.
 */
export async function withPayload<T>(task: (payload: Payload) => Promise<T>): Promise<T> {
  const { getPayload, config } = await importPayloadAndConfig()
  const payload = await getPayload({ config })
  try {
    return await task(payload)
  } finally {
    await payload.destroy()
  }
}

const IMPORT_LIMIT_MS = 5 * 60_000

/**
 * `payload` and payload.config.ts. Under load their import sometimes never settles (see
 * runAgainIfStalled in scripts/run.ts, which runs the command again when that leaves nothing to
 * wait on). With the embedded PostgreSQL running there is always something to wait on, so a
 * stalled import would hang instead: after five minutes (it takes 5–50 s) the process exits as a
 * stalled one, and run.ts runs the command again. The timer is unref'd, so it never keeps a
 * stalled process waiting by itself.
 */
export async function importPayloadAndConfig(): Promise<{ getPayload: typeof import('payload').getPayload; config: Awaited<typeof import('../../payload.config')>['default'] }> {
  const watchdog = setTimeout(() => {
    console.error(`⚠ Loading Payload and payload.config.ts did not finish within ${IMPORT_LIMIT_MS / 60_000} minutes.`)
    process.exit(0)
  }, IMPORT_LIMIT_MS).unref()
  try {
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../payload.config')
    return { getPayload, config }
  } finally {
    clearTimeout(watchdog)
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

export type DeletionArgs = { file: string; since?: Date; tombstones?: Tombstone[] }

/**
 * `export-deletions FILE [--since ISO]` and `replay-deletions FILE`: the arguments checked, and the
 * replay's file read and checked, before anything touches the database.
 */
export function parseDeletionArgs(command: 'export-deletions' | 'replay-deletions', rest: string[]): DeletionArgs {
  const [file, ...options] = rest
  const usage =
    command === 'export-deletions'
      ? 'Say where to write the tombstones: `npm run incidents:export-deletions -- deletions.jsonl [--since 2026-12-01T00:00:00Z]`.'
      : 'Say which tombstones to replay: `npm run incidents:replay-deletions -- deletions.jsonl` (a file written by incidents:export-deletions).'
  if (!file || file.startsWith('--')) throw new SetupError(usage)
  if (command === 'replay-deletions') {
    if (options.length > 0) throw new SetupError(`Unexpected ${options.join(' ')}. ${usage}`)
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch {
      throw new SetupError(`Cannot read ${file}. ${usage}`)
    }
    try {
      return { file, tombstones: parseTombstones(text) }
    } catch (error) {
      if (error instanceof TombstoneFileError) throw new SetupError(`${file}: ${error.message} Nothing was deleted.`)
      throw error
    }
  }
  if (options.length === 0) return { file }
  const [flag, value, ...extra] = options
  if (flag !== '--since' || value === undefined || extra.length > 0 || Number.isNaN(Date.parse(value))) {
    throw new SetupError(`--since needs a date and time (ISO 8601, e.g. 2026-12-01T00:00:00Z). ${usage}`)
  }
  return { file, since: new Date(value) }
}

/** Writes this database's tombstones of deleted incidents to a file (ids and times only: no content). */
export async function exportDeletionsNow(payload: Payload, args: DeletionArgs): Promise<string> {
  const { exportTombstones } = await import('../../src/collections/Incidents/tombstones')
  const tombstones = await exportTombstones(payload, args.since)
  // A new file beside it, renamed over it: `mode` applies only when a file is created, so writing
  // over an hourly export that was readable by everyone would keep it so; and a reader (the copy
  // to a second place) never sees half a file.
  const fresh = `${args.file}.${process.pid}.tmp`
  try {
    writeFileSync(fresh, formatTombstones(tombstones), { mode: 0o600, flag: 'wx' })
    renameSync(fresh, args.file)
  } finally {
    rmSync(fresh, { force: true })
  }
  return `Deleted incidents: ${tombstones.length} tombstone(s)${args.since ? ` since ${args.since.toISOString()}` : ''} written to ${args.file}.`
}

/** Deletes again, in a restored database, every incident the file's tombstones name. */
export async function replayDeletionsNow(payload: Payload, args: DeletionArgs): Promise<string> {
  const { replayDeletions } = await import('../../src/collections/Incidents/tombstones')
  const tombstones = args.tombstones ?? []
  const summary = await replayDeletions(payload, tombstones)
  return [
    `Replayed ${tombstones.length} tombstone(s) from ${args.file}: ${summary.deleted} restored incident(s) deleted again (with their evidence and history), ${summary.draftsDeleted} draft(s) of deleted logs removed;`,
    `${summary.alreadyGone} already gone; ${summary.kept} kept because the incident with that id is not the one deleted (another owner, or recorded after the deletion).`,
  ].join(' ')
}
