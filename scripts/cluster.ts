/**
 * `npm run cluster`: the portal as a deployment with several processes, on this machine and
 * loopback only (scripts/lib/cluster.ts): the embedded PostgreSQL (or DATABASE_URL) with the dev
 * database's demo data, redis-server, one production build, two app processes, one worker and
 * nginx with deploy/nginx.conf on one port. Ctrl-C stops all of it, nginx first, PostgreSQL last.
 *
 *   npm run cluster [-- --apps 3] [-- --port 8080]   (--port 0: any free port)
 *
 * CLUSTER_RUN_DIR moves its logs and nginx's files (default .data/cluster).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import nextEnv from '@next/env'

import { ClusterError, startCluster, type Cluster } from './lib/cluster'
import { startEmbeddedPostgres, type RunningPostgres } from './lib/postgres'
import { checkReachable, dataDir, DEV_DATABASE, fail, repoRoot, resolveIncidentKey, resolveSecret, SetupError } from './lib/setup'

const { values: flags } = parseArgs({ options: { apps: { type: 'string', default: '2' }, port: { type: 'string', default: '8080' } } })

function whole(name: string, value: string, min: number, max: number): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < min || number > max) throw new SetupError(`--${name} must be a whole number from ${min} to ${max} (it is "${value}").`)
  return number
}

async function main(): Promise<void> {
  const apps = whole('apps', flags.apps, 1, 8)
  const port = whole('port', flags.port, 0, 65535)
  nextEnv.loadEnvConfig(repoRoot, false)
  process.env.PAYLOAD_SECRET = resolveSecret()
  const incidentKey = resolveIncidentKey()
  if (incidentKey) process.env.INCIDENT_ENCRYPTION_KEY = incidentKey

  let postgres: RunningPostgres | undefined
  let databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) {
    await checkReachable(databaseUrl)
  } else {
    postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'postgres'), preferredPort: 54329, log: (line) => console.log(`[postgres] ${line}`) })
    await postgres.createDatabase(DEV_DATABASE)
    databaseUrl = postgres.urlFor(DEV_DATABASE)
  }

  let cluster: Cluster | undefined
  let stopping = false
  const stopEverything = async (code: number): Promise<void> => {
    // Ctrl-C reaches this process twice (from the terminal, and relayed by tsx): the second must
    // not cut the first short, or the services would be left running.
    if (stopping) return
    stopping = true
    console.log('\nStopping: nginx, the app processes, the worker, Redis, then PostgreSQL…')
    await cluster?.stop()
    await postgres?.stop()
    console.log('Stopped; nothing left running.')
    process.exit(code)
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stopEverything(130))

  try {
    cluster = await startCluster({ databaseUrl, env: process.env, runDir: process.env.CLUSTER_RUN_DIR || path.join(dataDir, 'cluster'), apps, port: port === 0 ? undefined : port })
  } catch (error) {
    console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`)
    await stopEverything(1)
    return
  }
  console.log(
    [
      '',
      '  Councillor Safety Portal, as a cluster',
      `  Site:    ${cluster.url}/`,
      `  Admin:   ${cluster.url}/admin   (the dev database's admin; a first run's password is in .data/cluster/seed.log)`,
      `  Apps:    ${cluster.appUrls.join(', ')}  (behind nginx; for comparing, not for readers)`,
      `  Logs:    .data/cluster/*.log, nginx's in .data/cluster/nginx/`,
      '  Ctrl-C stops everything.',
      '',
    ].join('\n'),
  )
  // An app process that ends is reported; nginx sends its requests to the others meanwhile.
  for (const service of [...cluster.apps, cluster.worker]) {
    service.child.once('exit', (code, signal) => {
      if (!stopping) console.error(`! ${service.name} stopped (${signal ?? `exit ${code}`}); the others keep serving. Log: ${service.logFile}`)
    })
  }
  await new Promise<never>(() => undefined)
}

main().catch((error: unknown) => {
  if (error instanceof ClusterError) error = new SetupError(error.message)
  fail(error)
})
