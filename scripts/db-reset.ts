/**
 * `npm run db:reset [-- --yes]`: drop the development database and build it again (migrate and
 * seed), for when local data has got into a state not worth repairing. Asks first.
 *
 * Embedded PostgreSQL: drops and recreates the `portal` database. DATABASE_URL: drops and
 * recreates that database's `public` schema (the account may not be allowed to create databases).
 */
import { createInterface } from 'node:readline/promises'

import nextEnv from '@next/env'
import pg from 'pg'

import { applyMigrations, seedFromEnvironment, withPayload } from './lib/payloadTasks'
import { DEV_DATABASE, describeDatabaseUrl, fail, repoRoot, resolveDatabase, resolveSecret, SetupError } from './lib/setup'

async function confirm(what: string): Promise<boolean> {
  if (process.argv.includes('--yes')) return true
  if (!process.stdin.isTTY) {
    throw new SetupError(`Refusing to reset ${what} without confirmation: run \`npm run db:reset -- --yes\`.`)
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout })
  const answer = await prompt.question(`This deletes every document in ${what}. Type "reset" to go on: `)
  prompt.close()
  return answer.trim() === 'reset'
}

async function resetSchema(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('drop schema if exists public cascade')
    await client.query('create schema public')
  } finally {
    await client.end()
  }
}

async function main(): Promise<void> {
  nextEnv.loadEnvConfig(repoRoot, true)
  process.env.PAYLOAD_SECRET = resolveSecret()
  const database = await resolveDatabase()
  const what = database.embedded ? `the embedded development database "${DEV_DATABASE}"` : describeDatabaseUrl(database.url)
  if (!(await confirm(what))) {
    console.log('Nothing was changed.')
    return
  }
  if (database.embedded) {
    await database.embedded.dropDatabase(DEV_DATABASE)
    await database.embedded.createDatabase(DEV_DATABASE)
  } else {
    await resetSchema(database.url)
  }
  process.env.DATABASE_URL = database.url
  const report = await withPayload(async (payload) => {
    await applyMigrations(payload)
    return seedFromEnvironment(payload)
  })
  console.log(`Reset ${what}. Seeded: ${report.createdTenants.join(', ')}.`)
  if (report.admin.generatedPassword) {
    console.log(`Platform admin ${report.admin.email}, password ${report.admin.generatedPassword} (shown only this once)`)
  }
}

main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch(fail)
