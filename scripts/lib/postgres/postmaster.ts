/**
 * The postmaster process: launching it on a port (and telling a taken port or a held lock from
 * a real failure), finding one already running for the data directory, and shutting it down.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { realpathSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import { hasProc, isAlive, readCmdline, workingDirectory } from '../proc'
import { sendSignal, waitForExit } from '../processTree'
import { EmbeddedPostgresError, HOST, SUPERUSER, describeError, serverEnv, sleep, type Context } from './common'
import { isOwnerAlive, ownerIdentity, writeState, type ClusterState } from './clusterState'
import { trySelectOne } from './databases'
import { lastLines, logSize, readLogFrom } from './serverLog'

export const READY_TIMEOUT_MS = 30_000
const POLL_MS = 25

/**
 * The postmaster keeps its original argv (children rewrite theirs) and runs inside its data
 * directory; comparing its cwd too catches a server started through another spelling of the path.
 */
function isPostmasterOf(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false
  const args = readCmdline(pid)
  // Without /proc there is no telling: trust the PID file.
  if (args === undefined) return !hasProc()
  const [exe] = args
  if (exe === undefined || path.basename(exe) !== 'postgres') return false
  if (args.includes(dataDir)) return true
  const cwd = workingDirectory(pid)
  return cwd !== undefined && cwd === realDataDir(dataDir)
}

function realDataDir(dataDir: string): string | undefined {
  try {
    return realpathSync(dataDir)
  } catch {
    return undefined
  }
}

type PidFile = { pid: number; port: number; status: string }

async function readPidFile(dataDir: string): Promise<PidFile | null> {
  const text = await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => null)
  if (text === null) return null
  const lines = text.split('\n')
  return { pid: Number(lines[0]), port: Number(lines[3]), status: (lines[7] ?? '').trim() }
}

/** SIGINT is PostgreSQL's "fast" shutdown: roll back sessions, checkpoint, exit. */
export async function shutdownPostmaster(pid: number): Promise<void> {
  sendSignal(pid, 'SIGINT')
  if (await waitForExit(pid, 20_000)) return
  sendSignal(pid, 'SIGQUIT')
  if (await waitForExit(pid, 5_000)) return
  sendSignal(pid, 'SIGKILL')
  await waitForExit(pid, 5_000)
}

/** Lets libuv collect our exited child, so no zombie is handed to init when Node exits right after. */
export function reaped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 1_000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

export function shutdownPostmasterSync(pid: number): void {
  sendSignal(pid, 'SIGINT')
  const pause = new Int32Array(new SharedArrayBuffer(4))
  const deadline = Date.now() + 10_000
  while (isAlive(pid) && Date.now() < deadline) Atomics.wait(pause, 0, 0, POLL_MS)
}

type LaunchOutcome =
  | { kind: 'running'; pid: number; child: ChildProcess }
  | { kind: 'port-taken' }
  | { kind: 'locked' }

async function spawnPostmaster(ctx: Context, port: number, logFd: number): Promise<ChildProcess> {
  const args = ['-D', ctx.dataDir, '-p', String(port), '-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories=']
  return new Promise((resolve, reject) => {
    let child: ChildProcess
    try {
      // detached: its own session, so the terminal's Ctrl-C reaches only Node, which then stops it in order.
      child = spawn(ctx.binaries.postgres, args, {
        cwd: '/',
        detached: true,
        env: serverEnv(),
        stdio: ['ignore', logFd, logFd],
        ...(ctx.runAs ? { uid: ctx.runAs.uid, gid: ctx.runAs.gid } : {}),
      })
    } catch (error) {
      reject(spawnError(ctx, error))
      return
    }
    child.once('error', (error) => reject(spawnError(ctx, error)))
    child.once('spawn', () => {
      child.removeAllListeners('error')
      child.on('error', () => undefined)
      child.unref()
      resolve(child)
    })
  })
}

function spawnError(ctx: Context, error: unknown): EmbeddedPostgresError {
  const who = ctx.runAs ? `as the "${SUPERUSER}" OS user` : 'as the current user'
  return new EmbeddedPostgresError(
    `Could not start ${ctx.binaries.postgres} ${who} (${describeError(error)}); check that node_modules is installed and readable, or set DATABASE_URL.`,
    { cause: error },
  )
}

export async function launch(ctx: Context, state: ClusterState, port: number, deadline: number): Promise<LaunchOutcome> {
  await writeState(ctx.dataDir, { ...state, lastPort: port, ...ownerIdentity() }, ctx.runAs)
  const logOffset = await logSize(ctx.logFile)
  const logHandle = await fs.open(ctx.logFile, 'a')
  let child: ChildProcess
  try {
    child = await spawnPostmaster(ctx, port, logHandle.fd)
  } finally {
    await logHandle.close()
  }
  const pid = child.pid
  if (pid === undefined) throw spawnError(ctx, new Error('no PID'))
  let exit: string | null = null
  child.once('exit', (code, signalName) => (exit = signalName ? `signal ${signalName}` : `exit code ${code ?? '?'}`))

  const connection = { port, user: state.user, password: state.password }
  let lastError = 'no attempt yet'
  while (Date.now() < deadline) {
    if (exit !== null) {
      const output = await readLogFrom(ctx.logFile, logOffset)
      if (/could not bind|address already in use|could not create any TCP\/IP sockets/i.test(output)) return { kind: 'port-taken' }
      if (/lock file "postmaster\.pid" already exists/i.test(output)) return { kind: 'locked' }
      throw new EmbeddedPostgresError(
        `PostgreSQL exited during startup (${exit}) for data directory ${ctx.dataDir}; read ${ctx.logFile} (last lines below), fix the cause or delete the data directory to start fresh, or set DATABASE_URL.\n${lastLines(output, 15)}`,
      )
    }
    const failure = await trySelectOne(connection)
    if (failure === null) return { kind: 'running', pid, child }
    lastError = failure
    await sleep(POLL_MS)
  }
  await shutdownPostmaster(pid)
  const output = await readLogFrom(ctx.logFile, logOffset)
  throw new EmbeddedPostgresError(
    `PostgreSQL on ${HOST}:${port} did not accept "select 1" within ${READY_TIMEOUT_MS / 1000} s (last error: ${lastError}), so it was stopped again; read ${ctx.logFile} (last lines below) or set DATABASE_URL.\n${lastLines(output, 15)}`,
  )
}

type Existing =
  | { kind: 'none' }
  | { kind: 'ready'; pid: number; port: number; ownerAlive: boolean }
  | { kind: 'busy' }
  | { kind: 'unresponsive'; pid: number }

/** Looks at postmaster.pid: removes it when stale, or reports a live server of this data dir. */
export async function inspectExisting(ctx: Context, state: ClusterState): Promise<Existing> {
  const pidFile = await readPidFile(ctx.dataDir)
  if (pidFile === null) return { kind: 'none' }
  if (!Number.isInteger(pidFile.pid) || pidFile.pid <= 0 || !isPostmasterOf(pidFile.pid, ctx.dataDir)) {
    // Re-read: a server that just stopped removes the file itself.
    const again = await readPidFile(ctx.dataDir)
    if (again !== null && again.pid === pidFile.pid) {
      await fs.rm(path.join(ctx.dataDir, 'postmaster.pid'), { force: true })
      const why = isAlive(pidFile.pid) ? 'is not a PostgreSQL server for this data directory' : 'is not running'
      ctx.log(`Removed a stale postmaster.pid (PID ${pidFile.pid} ${why}), probably left by a crash.`)
    }
    return { kind: 'none' }
  }
  const ownerAlive = isOwnerAlive(state)
  const failure = await trySelectOne({ port: pidFile.port, user: state.user, password: state.password })
  if (failure === null) return { kind: 'ready', pid: pidFile.pid, port: pidFile.port, ownerAlive }
  if (ownerAlive || pidFile.status === 'starting' || pidFile.status === 'stopping') return { kind: 'busy' }
  return { kind: 'unresponsive', pid: pidFile.pid }
}
