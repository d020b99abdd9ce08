/**
 * The one entry point behind `npm run dev|build|start|seed|migrate|payload`.
 *
 *   dev      database → migrate → seed → `next dev`
 *   build    database → migrate → seed → `next build`
 *   start    database → migrate → seed → `next start`
 *   seed     database → migrate → seed
 *   migrate  database → migrate
 *   payload  database → the Payload CLI with the remaining arguments (e.g. migrate:create)
 *   remind-contacts  database → migrate → the weekly stale-contacts reminder, now (still once a week)
 *   end-memberships  database → migrate → the daily end of memberships past their date, now
 *   expire-former-logs  database → migrate → warn, then delete, incident logs 12 months after leaving, now
 *   content-release  database → migrate → bring the national pages up to the code's text, now
 *   rewrap-incident-keys  database → migrate → wrap every incident's data key under the current master key
 *   export-deletions FILE [--since ISO]  database → migrate → write the deleted incidents' tombstones to FILE
 *   replay-deletions FILE  database → migrate → delete again every incident FILE's tombstones name (after a restore)
 *   worker   database → migrate → schedule and run the jobs (email outbox, reminders, end of
 *            memberships) until stopped; the web processes then run with PORTAL_JOBS=off
 *   seed-tenants N  database → migrate → seed → N synthetic tenants for benchmarks (src/seed/syntheticTenants.ts)
 *
 * "database" is DATABASE_URL when set, else the embedded PostgreSQL under .data/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import path from 'node:path'

import nextEnv from '@next/env'

import { waitForHealth } from './lib/health'
import { findFreePort } from './lib/ports'
import { applyMigrations, describeRelease, endMembershipsNow, expireFormerLogsNow, exportDeletionsNow, importPayloadAndConfig, parseDeletionArgs, releaseContentNow, remindStaleContactsNow, replayDeletionsNow, rewrapIncidentKeysNow, seedFromEnvironment, withPayload } from './lib/payloadTasks'
import { fail, repoRoot, resolveDatabase, resolveIncidentKey, resolveSecret, SetupError } from './lib/setup'
import type { SeedReport } from '../src/seed'

const commands = ['dev', 'build', 'start', 'seed', 'migrate', 'payload', 'remind-contacts', 'end-memberships', 'expire-former-logs', 'content-release', 'rewrap-incident-keys', 'export-deletions', 'replay-deletions', 'worker', 'seed-tenants'] as const
type Command = (typeof commands)[number]

const log = (line: string) => console.log(line)
const SYNTHETIC_HINT = 'synthetic-00001 … at /synthetic-00001/en; each with two contacts and one tailored page'
const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name)

function parseCommand(argv: string[]): { command: Command; rest: string[] } {
  const [first, ...rest] = argv
  if (!commands.includes(first as Command)) {
    throw new SetupError(`Unknown command "${first ?? ''}". Use one of: ${commands.join(', ')}.`)
  }
  return { command: first as Command, rest }
}

async function choosePort(): Promise<number> {
  const requested = process.env.PORT
  if (requested) {
    const port = Number(requested)
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new SetupError(`PORT must be a whole number from 1 to 65535 (it is "${requested}").`)
    }
    const free = await findFreePort(port)
    if (free !== port) throw new SetupError(`Port ${port} (from PORT) is already in use. Set PORT to a free port, e.g. PORT=${free}.`)
    return port
  }
  const port = await findFreePort(3000)
  if (port !== 3000) log(`Port 3000 is in use, so the portal uses ${port} (set PORT to choose another).`)
  return port
}

function printBanner(serverUrl: string, report: SeedReport): void {
  const { admin } = report
  const password = admin.generatedPassword
    ? `${admin.generatedPassword}   (generated now and shown only this once: keep it)`
    : process.env.SEED_ADMIN_PASSWORD
      ? '(the value of SEED_ADMIN_PASSWORD)'
      : '(shown at first start; to set a new one use "Forgot password" — emails land in the outbox)'
  console.log(
    [
      '',
      '  Councillor Safety Portal',
      `  Site:      ${serverUrl}/`,
      `  Admin:     ${serverUrl}/admin`,
      `  Email:     ${admin.email}`,
      `  Password:  ${password}`,
      report.createdTenants.length > 0 ? `  Seeded:    ${report.createdTenants.join(', ')}` : '  Seeded:    nothing new',
      process.env.RESEND_API_KEY ? '  Email out: Resend' : '  Email out: kept in the outbox (/admin/collections/email-outbox)',
      '',
    ].join('\n'),
  )
}

/** True once the server answers /api/health (the shared wait, scripts/lib/health.ts); false if it ends or 3 minutes pass. */
function becameHealthy(serverUrl: string, child: ChildProcess): Promise<boolean> {
  return waitForHealth(serverUrl, { child, timeoutMs: 180_000, pollMs: 500 }).then(
    () => true,
    () => false,
  )
}

function runChild(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: 'inherit' })
  const forward = (signal: NodeJS.Signals) => {
    if (child.exitCode === null) child.kill(signal)
  }
  process.on('SIGINT', () => forward('SIGINT'))
  process.on('SIGTERM', () => forward('SIGTERM'))
  return child
}

function exitCodeOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1)))
  })
}

/**
 * The one process of a deployment that schedules and runs jobs: Payload's crons (payload.config.ts,
 * `jobs.autoRun`) started outside Next, until SIGINT or SIGTERM. Two workers overlapping (a
 * restart, a mistake) still send each email once: the outbox claims rows with SKIP LOCKED and
 * Resend de-duplicates by idempotency key (src/collections/EmailOutbox/deliver.ts).
 */
async function runWorker(): Promise<void> {
  if (process.env.PORTAL_JOBS === 'off') throw new SetupError('PORTAL_JOBS=off is for web processes; `npm run worker` is the process that runs jobs. Unset it here.')
  const { getPayload, config } = await importPayloadAndConfig()
  // Migrated before the crons start (a second getPayload on the cached instance starts them).
  await applyMigrations(await getPayload({ config }))
  const payload = await getPayload({ config, cron: true })
  log(`Worker running jobs (pid ${process.pid}); Ctrl-C stops it.`)
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  log('Worker stopping.')
  // destroy() stops the crons and closes the pool. An email whose send was cut short stays
  // claimed for two minutes and is then retried, with the same Resend idempotency key.
  await payload.destroy()
}

async function main(): Promise<void> {
  const { command, rest } = parseCommand(process.argv.slice(2))
  nextEnv.loadEnvConfig(repoRoot, command === 'dev')
  // The server itself refuses too (src/env.ts), but only at its first request, so say it before anything starts..
  if (command === 'start' && !process.env.TRUSTED_PROXY_HOPS) {
    console.error('TRUSTED_PROXY_HOPS must be set for `npm start`: the number of proxies in front of the app that append to X-Forwarded-For (see README, Security).')
    process.exitCode = 1
    return
  }
  if (command === 'start' && process.env.NODE_ENV === 'production' && !process.env.INCIDENT_ENCRYPTION_KEY) {
    console.error('INCIDENT_ENCRYPTION_KEY must be set for `npm start` in production: the incident log\'s master key (see README, Privacy).')
    process.exitCode = 1
    return
  }
  process.env.NEXT_TELEMETRY_DISABLED = '1'
  process.env.PAYLOAD_SECRET = resolveSecret()
  const incidentKey = resolveIncidentKey()
  if (incidentKey) process.env.INCIDENT_ENCRYPTION_KEY = incidentKey

  const database = await resolveDatabase({ log })
  process.env.DATABASE_URL = database.url
  process.on('exit', runAgainIfStalled)

  const port = command === 'dev' || command === 'start' ? await choosePort() : undefined
  if (port !== undefined) {
    process.env.PORT = String(port)
    process.env.NEXT_PUBLIC_SERVER_URL ||= `http://localhost:${port}`
  }

  if (command === 'payload') {
    const child = runChild(bin('payload'), rest, process.env)
    process.exitCode = await exitCodeOf(child)
    return
  }

  if (command === 'remind-contacts') {
    const summary = await withPayload(async (payload) => {
      await applyMigrations(payload)
      return remindStaleContactsNow(payload)
    })
    return log(summary)
  }

  if (command === 'rewrap-incident-keys') {
    const summary = await withPayload(async (payload) => {
      await applyMigrations(payload)
      return rewrapIncidentKeysNow(payload)
    })
    return log(summary)
  }

  if (command === 'export-deletions' || command === 'replay-deletions') {
    // Checked, and the file read, before Payload starts: a mistake in a restore runbook costs nothing.
    const args = parseDeletionArgs(command, rest)
    const summary = await withPayload(async (payload) => {
      await applyMigrations(payload)
      return command === 'export-deletions' ? exportDeletionsNow(payload, args) : replayDeletionsNow(payload, args)
    })
    return log(summary)
  }

  if (command === 'seed-tenants') {
    const count = Number(rest[0])
    if (!/^\d+$/.test(rest[0] ?? '') || count < 1 || count > 99_999) {
      throw new SetupError('Say how many tenants to seed, from 1 to 99999: `npm run seed:tenants -- 1000`.')
    }
    const summary = await withPayload(async (payload) => {
      await applyMigrations(payload)
      await seedFromEnvironment(payload)
      const { seedSyntheticTenants } = await import('../src/seed/syntheticTenants')
      return seedSyntheticTenants(payload, count)
    })
    return log(`Synthetic tenants: ${summary.created} created, ${summary.existing} already there, in ${summary.seconds.toFixed(1)} s (${SYNTHETIC_HINT}).`)
  }

  if (command === 'end-memberships') {
    const summary = await withPayload(async (payload) => {
      await applyMigrations(payload)
      return endMembershipsNow(payload)
    })
    return log(summary)
  }

  if (command === 'worker') return runWorker()
  if (command === 'expire-former-logs') {
    const summary = await withPayload(async (payload) => {
      await applyMigrations(payload)
      return expireFormerLogsNow(payload)
    })
    return log(summary)
  }

  if (command === 'content-release') {
    const summary = await withPayload(async (payload) => {
      await applyMigrations(payload)
      return releaseContentNow(payload)
    })
    return log(summary)
  }

  const report = await withPayload(async (payload) => {
    await applyMigrations(payload)
    if (command === 'migrate') return undefined
    return seedFromEnvironment(payload)
  })
  if (command === 'migrate') return log('Migrations are up to date.')
  if (!report) return
  for (const line of describeRelease(report.release)) log(line)
  if (command === 'seed') {
    log(report.createdTenants.length > 0 ? `Seeded: ${report.createdTenants.join(', ')}` : 'Seed: no new tenants.')
    if (report.createdContacts.length > 0) log(`Seeded ${report.createdContacts.length} contact(s).`)
    if (report.admin.generatedPassword) log(`Platform admin ${report.admin.email}, password ${report.admin.generatedPassword} (shown only this once)`)
    return
  }
  if (command === 'build') {
    const child = runChild(bin('next'), ['build', ...rest], process.env)
    process.exitCode = await exitCodeOf(child)
    return
  }

  const serverUrl = process.env.NEXT_PUBLIC_SERVER_URL ?? `http://localhost:${port}`
  const nextArgs = command === 'dev' ? ['dev', '-p', String(port)] : ['start', '-p', String(port)]
  const child = runChild(bin('next'), [...nextArgs, ...rest], process.env)
  if (await becameHealthy(`http://127.0.0.1:${port}`, child)) printBanner(serverUrl, report)
  process.exitCode = await exitCodeOf(child)
}

// Payload keeps timers and pool handles alive after destroy(), so a finished command exits
// explicitly; the embedded PostgreSQL is stopped by its exit hook on the way out.
// A command that never finishes but leaves nothing to wait on (a promise that can never settle,
// e.g. an ES module import that deadlocked) would end with code 0 having done nothing: a
// "migrated" database without tables. Such an ending is a failure, said as one.
let finished = false
// The environment as the command was given it, before main() filled in DATABASE_URL and the rest,
// for running it again (below).
const givenEnvironment = { ...process.env }
const ATTEMPT_VARIABLE = 'PORTAL_RUN_ATTEMPT'
const ATTEMPTS = 3

/**
 * Payload keeps timers and pool handles alive after destroy(), so a finished command exits
 * explicitly. One that ends with code 0 without finishing has lost a promise that can never
 * settle: under load, about one command in a dozen, an `import()` of Payload and its config
 * (through tsx's loader hooks) never settles (payloadcms/payload#17757 reports the same of
 * `payload run`; a timer holding the loop open only turned it into a hang, so it is not Node
 * leaving too early). Said silently, that was a "migrated" database without tables. It happens
 * while the modules load, before the command has done anything that running it again would undo
 * (every command here is safe to repeat), so it is run again in a fresh process, twice at most,
 * and its exit code is this one's. Registered after the database is resolved, so the embedded
 * PostgreSQL's own exit hook has stopped it before the next attempt starts its own.
 */
function runAgainIfStalled(code: number): void {
  if (finished || code !== 0) return
  const attempt = Number(process.env[ATTEMPT_VARIABLE] ?? '1')
  if (attempt >= ATTEMPTS) {
    console.error(`✖ scripts/run.ts stopped before its command finished (nothing left to wait on), ${ATTEMPTS} times; treating it as a failure.`)
    process.exitCode = 1
    return
  }
  console.error(`⚠ scripts/run.ts stopped while loading Payload, before its command did anything (a module import that never settled); running it again (attempt ${attempt + 1} of ${ATTEMPTS}).`)
  const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...givenEnvironment, [ATTEMPT_VARIABLE]: String(attempt + 1) },
  })
  process.exitCode = again.status ?? 1
}

main()
  .then(() => {
    finished = true
    process.exit(process.exitCode ?? 0)
  })
  .catch(fail)
