/**
 * What every entry point (dev, build, start, seed, migrate, db:reset) does before Payload or
 * Next runs: find or start the database, provide the secret, and check the configuration, each
 * failing with one clear line rather than a stack trace.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { startEmbeddedPostgres, stopOnExit, type RunningPostgres } from './postgres'

export const repoRoot = path.resolve(import.meta.dirname, '../..')
export const dataDir = path.join(repoRoot, '.data')
export const DEV_DATABASE = 'portal'

/** A failure the user can fix: printed as one line, exit code 1, no stack trace. */
export class SetupError extends Error {}

export function fail(error: unknown): never {
  if (error instanceof SetupError) {
    console.error(`\n✖ ${error.message}\n`)
  } else if (error instanceof Error && error.name === 'EnvError') {
    console.error(`\n✖ ${error.message}\n`)
  } else {
    console.error(error)
  }
  process.exit(1)
}

export type Database = { url: string; embedded?: RunningPostgres }

/** Describe a connection string for messages without printing its password. */
export function describeDatabaseUrl(raw: string): string {
  try {
    const url = new URL(raw)
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`
  } catch {
    return '(unparseable URL)'
  }
}

export function parseDatabaseUrl(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new SetupError('DATABASE_URL is malformed: expected postgres://user:password@host:5432/database.')
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new SetupError(`DATABASE_URL must start with postgres:// or postgresql:// (it starts with ${url.protocol}//).`)
  }
  if (!url.hostname || url.pathname.length <= 1) {
    throw new SetupError('DATABASE_URL is malformed: it needs a host and a database name, e.g. postgres://user:password@host:5432/portal.')
  }
  return url
}

export async function checkReachable(raw: string): Promise<void> {
  const client = new pg.Client({ connectionString: raw, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.query('select 1')
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new SetupError(`Could not connect to the PostgreSQL in DATABASE_URL (${describeDatabaseUrl(raw)}): ${reason}`)
  } finally {
    await client.end().catch(() => undefined)
  }
}

/**
 * DATABASE_URL when set (never an embedded server then); otherwise the embedded PostgreSQL
 * under .data/, started now and stopped when this process exits.
 */
export async function resolveDatabase(options: { log?: (line: string) => void } = {}): Promise<Database> {
  const configured = process.env.DATABASE_URL
  if (configured) {
    parseDatabaseUrl(configured)
    await checkReachable(configured)
    return { url: configured }
  }
  let embedded: RunningPostgres
  try {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'postgres'),
      log: options.log,
      preferredPort: 54329,
    })
  } catch (error) {
    throw new SetupError(error instanceof Error ? error.message : String(error))
  }
  stopOnExit(embedded)
  await embedded.createDatabase(DEV_DATABASE)
  return { url: embedded.urlFor(DEV_DATABASE), embedded }
}

/**
 * PAYLOAD_SECRET signs sessions. Production must provide it; in development one is generated
 * once and kept under .data/ so that logins survive restarts.
 */
export function resolveSecret(): string {
  const configured = process.env.PAYLOAD_SECRET
  if (configured) return configured
  if (process.env.NODE_ENV === 'production') {
    throw new SetupError('PAYLOAD_SECRET is not set. In production it must be set to a long random value (e.g. `openssl rand -base64 48`).')
  }
  const file = path.join(dataDir, 'payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(48).toString('base64url')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}

/**
 * INCIDENT_ENCRYPTION_KEY is the incident log's master key (src/lib/incidents/crypto.ts).
 * Production must provide it (and the server refuses to serve without it); in development one is
 * generated once and kept under .data/, beside the Payload secret. Losing it loses every
 * incident recorded under it, which is why it is never regenerated when the file exists.
 */
export function resolveIncidentKey(): string | undefined {
  const configured = process.env.INCIDENT_ENCRYPTION_KEY
  if (configured) return configured
  if (process.env.NODE_ENV === 'production') return undefined
  const file = path.join(dataDir, 'incident-encryption-key')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const key = randomBytes(32).toString('base64')
  writeFileSync(file, `${key}\n`, { mode: 0o600 })
  return key
}
