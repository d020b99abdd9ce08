/** Talking to a running server as its superuser: is it up, and creating and dropping databases. */
import pg from 'pg'

import { HOST, describeError, errorCode, sleep } from './common'

export type Connection = { port: number; user: string; password: string }

async function withClient<T>(connection: Connection, database: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    host: HOST,
    port: connection.port,
    user: connection.user,
    password: connection.password,
    database,
    connectionTimeoutMillis: 3_000,
  })
  // Without a listener a dropped connection would be an unhandled 'error' event.
  client.on('error', () => undefined)
  try {
    await client.connect()
    return await work(client)
  } finally {
    await client.end().catch(() => undefined)
  }
}

export async function trySelectOne(connection: Connection): Promise<string | null> {
  try {
    await withClient(connection, 'postgres', (client) => client.query('select 1'))
    return null
  } catch (error) {
    return describeError(error)
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

export async function databaseExists(connection: Connection, name: string): Promise<boolean> {
  return withClient(connection, 'postgres', async (client) => {
    const result = await client.query('select 1 from pg_database where datname = $1', [name])
    return (result.rowCount ?? 0) > 0
  })
}

export async function createDatabase(connection: Connection, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      if (await databaseExists(connection, name)) return
      await withClient(connection, 'postgres', (client) => client.query(`create database ${quoteIdentifier(name)}`))
      return
    } catch (error) {
      const code = errorCode(error)
      if (code === '42P04') return // created concurrently by someone else
      // Concurrent CREATE DATABASE calls contend for template1; they succeed when retried.
      if (code === '55006' && attempt < 50) {
        await sleep(50)
        continue
      }
      throw error
    }
  }
}

export async function dropDatabase(connection: Connection, name: string): Promise<void> {
  // WITH (FORCE) terminates other sessions first (PostgreSQL 13+).
  await withClient(connection, 'postgres', (client) =>
    client.query(`drop database if exists ${quoteIdentifier(name)} with (force)`),
  )
}
