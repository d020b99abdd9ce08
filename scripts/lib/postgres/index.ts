/**
 * An embedded PostgreSQL for `npm run dev`, the test runner and the cluster: one data
 * directory, started (or found running, or shared with another process) on a free loopback
 * port, and stopped by the last process that uses it. Its parts, one concern each:
 *
 *   common.ts        host, superuser, the error type, running a helper command
 *   binaries.ts      locating the PostgreSQL binaries (and a copy reachable under root)
 *   runAsRoot.ts     the postgres OS user, and where the data can live for it
 *   clusterState.ts  credentials and the owning process, kept inside the data directory
 *   initdb.ts        creating the cluster
 *   postmaster.ts    launching, finding and shutting down the server process
 *   serverLog.ts     the server's log file
 *   databases.ts     create, drop, exists, "select 1"
 *   sharedUse.ts     which live processes use the server
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '../ports'
import { locateBinaries, reachableBinaries } from './binaries'
import { writeState, ownerIdentity, type ClusterState } from './clusterState'
import { EmbeddedPostgresError, HOST, describeError, sleep, type Context } from './common'
import { createDatabase, databaseExists, dropDatabase, type Connection } from './databases'
import { ensureCluster } from './initdb'
import { inspectExisting, launch, READY_TIMEOUT_MS, reaped, shutdownPostmaster, shutdownPostmasterSync } from './postmaster'
import { ensurePostgresUser, reachableDataDir } from './runAsRoot'
import { prepareLogFile } from './serverLog'
import { otherLiveClients, registerClient, unregisterClient } from './sharedUse'

export { EmbeddedPostgresError }

export type RunningPostgres = {
  port: number
  /** postgres://user:password@127.0.0.1:PORT/DBNAME */
  urlFor(database: string): string
  createDatabase(name: string): Promise<void>
  dropDatabase(name: string): Promise<void>
  databaseExists(name: string): Promise<boolean>
  /** Fast shutdown, idempotent, waits for the server to exit. */
  stop(): Promise<void>
  /** Where the cluster really lives (differs from the requested dataDir when relocated for root). */
  dataDir: string
  /** The dataDir passed to startEmbeddedPostgres, resolved to an absolute path. */
  requestedDataDir: string
  /** True when dataDir was moved away from requestedDataDir (see relocationReason). */
  relocated: boolean
  relocationReason: string | null
  /** Server log file (stdout/stderr of the postmaster). */
  logFile: string
  /** PID of the postmaster. */
  pid: number
  user: string
  password: string
  /**
   * 'started' by us, 'adopted' from a dead previous run, or 'shared' with another live process.
   * Whatever the origin, stop() leaves the server running while another live process still uses it.
   */
  origin: 'started' | 'adopted' | 'shared'
}

export type StartOptions = {
  /** e.g. <repo>/.data/postgres; created if missing; reused if present */
  dataDir: string
  /** one-line status messages; default: console.log with a "[postgres]" prefix */
  log?: (line: string) => void
  /** try this first if free; otherwise pick a free port */
  preferredPort?: number
}

const MAX_LAUNCHES = 5

const syncStoppers = new WeakMap<RunningPostgres, () => void>()

function buildRunning(
  ctx: Context,
  state: ClusterState,
  server: { pid: number; port: number; origin: RunningPostgres['origin']; child?: ChildProcess },
): RunningPostgres {
  const connection: Connection = { port: server.port, user: state.user, password: state.password }
  const registration = registerClient(ctx.dataDir)
  let stopping: Promise<void> | undefined
  const othersUsingIt = (): number[] => {
    unregisterClient(registration)
    return otherLiveClients(ctx.dataDir)
  }
  const running: RunningPostgres = {
    port: server.port,
    urlFor: (database) =>
      `postgres://${encodeURIComponent(state.user)}:${encodeURIComponent(state.password)}@${HOST}:${server.port}/${encodeURIComponent(database)}`,
    createDatabase: (name) => createDatabase(connection, name),
    dropDatabase: (name) => dropDatabase(connection, name),
    databaseExists: (name) => databaseExists(connection, name),
    stop: () => {
      stopping ??= (async () => {
        const others = othersUsingIt()
        if (others.length > 0) {
          ctx.log(`Left PostgreSQL (PID ${server.pid}) running because process(es) ${others.join(', ')} still use it.`)
          return
        }
        const started = Date.now()
        await shutdownPostmaster(server.pid)
        if (server.child) await reaped(server.child)
        ctx.log(`Stopped PostgreSQL (PID ${server.pid}) in ${Date.now() - started} ms.`)
      })()
      return stopping
    },
    dataDir: ctx.dataDir,
    requestedDataDir: ctx.requestedDataDir,
    relocated: ctx.relocationReason !== null,
    relocationReason: ctx.relocationReason,
    logFile: ctx.logFile,
    pid: server.pid,
    user: state.user,
    password: state.password,
    origin: server.origin,
  }
  syncStoppers.set(running, () => {
    if (stopping !== undefined) return
    if (othersUsingIt().length === 0) shutdownPostmasterSync(server.pid)
  })
  return running
}

async function prepareContext(options: StartOptions): Promise<Context> {
  const log = options.log ?? ((line: string) => console.log(`[postgres] ${line}`))
  const requestedDataDir = path.resolve(options.dataDir)
  const logFile = path.join(path.dirname(requestedDataDir), `${path.basename(requestedDataDir)}.log`)
  const nativeBinaries = await locateBinaries()
  const runAs = process.getuid?.() === 0 ? await ensurePostgresUser() : null
  let dataDir = requestedDataDir
  let relocationReason: string | null = null
  let binaries = nativeBinaries
  if (runAs) {
    binaries = await reachableBinaries(nativeBinaries, runAs, log)
    const reachable = await reachableDataDir(requestedDataDir, runAs)
    dataDir = reachable.dataDir
    relocationReason = reachable.reason
    if (relocationReason) log(`Database files live in ${dataDir} instead of ${requestedDataDir} because ${relocationReason}.`)
  }
  await fs.mkdir(path.dirname(dataDir), { recursive: true })
  await prepareLogFile(logFile)
  return { dataDir, requestedDataDir, relocationReason, logFile, binaries, runAs, log }
}

export async function startEmbeddedPostgres(options: StartOptions): Promise<RunningPostgres> {
  const started = Date.now()
  const ctx = await prepareContext(options)
  const state = await ensureCluster(ctx)
  const deadline = started + READY_TIMEOUT_MS
  const avoid = [5432]
  let preferred = options.preferredPort ?? state.lastPort
  let launches = 0

  while (Date.now() < deadline) {
    const existing = await inspectExisting(ctx, state)
    if (existing.kind === 'ready') return attach(ctx, state, existing)
    if (existing.kind === 'busy') {
      await sleep(100)
      continue
    }
    if (existing.kind === 'unresponsive') {
      ctx.log(`Stopping a leftover PostgreSQL (PID ${existing.pid}) of this data directory that does not answer; a fresh one will start.`)
      await shutdownPostmaster(existing.pid)
      continue
    }
    if (++launches > MAX_LAUNCHES) break
    const port = await findFreePort(preferred, avoid)
    preferred = undefined
    const outcome = await launch(ctx, state, port, deadline)
    if (outcome.kind === 'running') {
      ctx.log(`PostgreSQL is ready on ${HOST}:${port} (PID ${outcome.pid}, ${Date.now() - started} ms; data ${ctx.dataDir}; log ${ctx.logFile}).`)
      return buildRunning(ctx, state, { pid: outcome.pid, port, origin: 'started', child: outcome.child })
    }
    if (outcome.kind === 'port-taken') {
      ctx.log(`Port ${port} was taken before PostgreSQL could bind it; trying another.`)
      avoid.push(port)
    }
  }
  throw new EmbeddedPostgresError(
    `PostgreSQL for ${ctx.dataDir} could not be started within ${READY_TIMEOUT_MS / 1000} s after ${launches} attempt(s) (another process may keep it busy); read ${ctx.logFile}, stop other dev servers of this checkout, or set DATABASE_URL.`,
  )
}

function attach(ctx: Context, state: ClusterState, existing: { pid: number; port: number; ownerAlive: boolean }): RunningPostgres {
  if (existing.ownerAlive) {
    ctx.log(`Sharing PostgreSQL already running on ${HOST}:${existing.port} (PID ${existing.pid}) for process ${state.ownerPid ?? '?'}; the last process using it stops it.`)
    return buildRunning(ctx, state, { pid: existing.pid, port: existing.port, origin: 'shared' })
  }
  ctx.log(`Reusing PostgreSQL on ${HOST}:${existing.port} (PID ${existing.pid}) left running by a previous run that died; it will be stopped when this process stops.`)
  void writeState(ctx.dataDir, { ...state, lastPort: existing.port, ...ownerIdentity() }, ctx.runAs).catch(() => undefined)
  return buildRunning(ctx, state, { pid: existing.pid, port: existing.port, origin: 'adopted' })
}

const EXIT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * Stops the server before this process exits: on SIGINT/SIGTERM/SIGHUP (then exits with
 * 128+signal) and, as a last resort, synchronously from process 'exit'. Returns a function
 * that removes the handlers again.
 */
export function stopOnExit(pg: RunningPostgres): () => void {
  let exiting = false
  const onSignal = (name: NodeJS.Signals): void => {
    if (exiting) return
    exiting = true
    const code = 128 + (os.constants.signals[name] ?? 1)
    pg.stop()
      .catch((error: unknown) => console.error(`[postgres] stop failed: ${describeError(error)}`))
      .finally(() => {
        remove()
        process.exit(code)
      })
  }
  const onExit = (): void => syncStoppers.get(pg)?.()
  for (const name of EXIT_SIGNALS) process.on(name, onSignal)
  process.on('exit', onExit)
  function remove(): void {
    for (const name of EXIT_SIGNALS) process.off(name, onSignal)
    process.off('exit', onExit)
  }
  return remove
}
