/**
 * Gives the int project a migrated throwaway database.
 *
 * Under `npm test` the orchestrator has already created one and says so with
 * PORTAL_TEST_DB_READY=1; it is used as is. Run alone (`npx vitest run --project int`), this
 * setup creates its own (see scripts/lib/testDatabase.ts) and drops it at teardown.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { stopTree } from '../../scripts/lib/processTree'
import { createThrowawayDatabase, serverUrlFromEnv, stopTestDatabaseServer, type ThrowawayDatabase } from '../../scripts/lib/testDatabase'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const OUTPUT_TAIL_LINES = 40
const MIGRATE_TIMEOUT_MS = 120_000

/** An expected failure: vitest prints the message without a stack trace. */
class IntSetupError extends Error {
  override name = 'IntSetupError'
  constructor(message: string) {
    super(message)
    this.stack = `${this.name}: ${message}`
  }
}

function orchestratorDatabase(): string | undefined {
  if (process.env.PORTAL_TEST_DB_READY !== '1') return undefined
  const url = serverUrlFromEnv()
  if (!url) throw new IntSetupError('PORTAL_TEST_DB_READY=1 but neither TEST_DATABASE_URL nor DATABASE_URL is set.')
  return url
}

function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n')
}

function runMigrations(env: NodeJS.ProcessEnv): Promise<void> {
  const script = path.join(repoRoot, 'scripts', 'run.ts')
  if (!existsSync(script)) {
    return Promise.reject(new IntSetupError(`Cannot migrate the test database: ${script} does not exist yet.`))
  }
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/run.ts', 'migrate'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const collect = (chunk: Buffer): void => {
      output += chunk.toString('utf8')
    }
    const fail = (what: string): void =>
      reject(
        new IntSetupError(
          `\`npx tsx scripts/run.ts migrate\` ${what}; the int tests need a migrated database.\n` +
            `Last lines of its output:\n${tail(output, OUTPUT_TAIL_LINES) || '(no output)'}`,
        ),
      )
    // A command that finishes its work but keeps a handle open would otherwise hang the run.
    const timer = setTimeout(() => {
      if (child.pid !== undefined) void stopTree(child.pid, 5_000)
      fail(`did not exit within ${MIGRATE_TIMEOUT_MS / 1000} s and was stopped`)
    }, MIGRATE_TIMEOUT_MS)
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(new IntSetupError(`Could not spawn the migration: ${error.message}`))
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) return resolve()
      fail(signal ? `was killed by ${signal}` : `exited with code ${code}`)
    })
  })
}

async function cleanUp(database: ThrowawayDatabase | undefined): Promise<void> {
  await database?.drop().catch((error: unknown) => {
    console.warn(`[int setup] could not drop ${database.name}: ${error instanceof Error ? error.message : String(error)}`)
  })
  await stopTestDatabaseServer()
}

export default async function setup(): Promise<() => Promise<void>> {
  const givenUrl = orchestratorDatabase()
  const ownDatabase = givenUrl ? undefined : await createThrowawayDatabase('int')
  const databaseUrl = givenUrl ?? ownDatabase?.url ?? ''
  try {
    // Workers inherit this process's env, so the tests and payload.config.ts see the same values.
    process.env.DATABASE_URL = databaseUrl
    process.env.TEST_DATABASE_URL = databaseUrl
    process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('hex')
    process.env.INCIDENT_ENCRYPTION_KEY ||= randomBytes(32).toString('base64')
    process.env.NEXT_TELEMETRY_DISABLED = '1'
    // The tests drain the email outbox themselves (deliverOutbox), never a poller racing them.
    process.env.EMAIL_OUTBOX_POLL = 'off'
    // Resend's webhook (tests/int/resendWebhook.test.ts signs its events with this).
    process.env.RESEND_WEBHOOK_SECRET ||= `whsec_${randomBytes(24).toString('base64')}`
    // Uploads made by tests go to a throwaway folder, never the repository's ./media.
    process.env.MEDIA_DIR ||= mkdtempSync(path.join(os.tmpdir(), 'portal-int-media-'))
    // Evidence files (encrypted) likewise: tests/int/evidence.test.ts reads them back raw.
    process.env.EVIDENCE_STORAGE_DIR ||= mkdtempSync(path.join(os.tmpdir(), 'portal-int-evidence-'))
    const startedAt = Date.now()
    await runMigrations({ ...process.env })
    console.log(`[int setup] migrated ${new URL(databaseUrl).pathname.slice(1)} in ${Date.now() - startedAt} ms`)
  } catch (error) {
    await cleanUp(ownDatabase)
    throw error
  }
  const mediaDir = process.env.MEDIA_DIR
  const evidenceDir = process.env.EVIDENCE_STORAGE_DIR
  return async () => {
    await cleanUp(ownDatabase)
    if (mediaDir?.includes('portal-int-media-')) rmSync(mediaDir, { recursive: true, force: true })
    if (evidenceDir?.includes('portal-int-evidence-')) rmSync(evidenceDir, { recursive: true, force: true })
  }
}
