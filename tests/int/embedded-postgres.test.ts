import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'

import { findFreePort } from '../../scripts/lib/ports'
import { startEmbeddedPostgres, type RunningPostgres } from '../../scripts/lib/postgres'
import { allProcesses, isAlive, readCmdline } from '../../scripts/lib/proc'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const modulePath = path.join(repoRoot, 'scripts', 'lib', 'postgres', 'index.ts')
const isRoot = process.getuid?.() === 0

const cleanups: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined)
})

async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join('/tmp', 'embedded-pg-test-'))
  // mkdtemp makes 0700 folders, which (under root) the postgres user could not enter.
  await fs.chmod(dir, 0o755)
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }))
  return dir
}

async function start(dataDir: string, options: { preferredPort?: number } = {}): Promise<{ pg: RunningPostgres; lines: string[] }> {
  const lines: string[] = []
  const server = await startEmbeddedPostgres({ dataDir, log: (line) => lines.push(line), ...options })
  cleanups.push(() => server.stop())
  return { pg: server, lines }
}

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(text)).rows
  } finally {
    await client.end()
  }
}

/** Live (non-zombie) processes whose command line mentions dataDir: the postmaster keeps `-D <dataDir>`. */
function processesFor(dataDir: string): number[] {
  return allProcesses()
    .filter((entry) => entry.state !== 'Z' && (readCmdline(entry.pid) ?? []).includes(dataDir))
    .map((entry) => entry.pid)
}

function childrenOf(pid: number): number[] {
  return allProcesses()
    .filter((entry) => entry.parent === pid)
    .map((entry) => entry.pid)
}

async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for a condition')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

function occupyPort(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen({ host: '127.0.0.1', port }, () => resolve(server))
  })
}

/** Runs startEmbeddedPostgres in a separate Node process, as `npm run dev` would, so it can be killed -9. */
async function startInChild(dir: string, dataDir: string): Promise<{ child: ChildProcess; postmasterPid: number; port: number }> {
  const script = path.join(dir, 'hold.mts')
  await fs.writeFile(
    script,
    [
      `import { startEmbeddedPostgres } from ${JSON.stringify(modulePath)}`,
      `const pg = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, log: () => {} })`,
      `process.stdout.write('READY ' + pg.pid + ' ' + pg.port + '\\n')`,
      `setInterval(() => {}, 1000)`,
    ].join('\n'),
  )
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] })
  cleanups.push(async () => {
    child.kill('SIGKILL')
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`child did not report READY: ${output}`)), 45_000)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = /READY (\d+) (\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve({ child, postmasterPid: Number(match[1]), port: Number(match[2]) })
      }
    })
    child.once('exit', (code) => reject(new Error(`child exited early (${code ?? 'signal'}): ${output}`)))
  })
}

describe('startEmbeddedPostgres', () => {
  it('starts, answers select 1, stops, and keeps its data across restarts', { timeout: 60_000 }, async () => {
    const dataDir = path.join(await tempDir(), '.data', 'postgres')

    const first = await start(dataDir)
    expect(first.pg.port).not.toBe(5432)
    expect(first.pg.urlFor('postgres')).toMatch(new RegExp(`^postgres://postgres:[^@]+@127\\.0\\.0\\.1:${first.pg.port}/postgres$`))
    expect(await query<{ one: number }>(first.pg.urlFor('postgres'), 'select 1 as one')).toEqual([{ one: 1 }])
    await query(first.pg.urlFor('postgres'), `create table kept (value text); insert into kept values ('from run one')`)
    await first.pg.stop()
    await first.pg.stop() // idempotent

    const credentials = path.join(dataDir, 'embedded-postgres.json')
    expect((await fs.stat(credentials)).mode & 0o777).toBe(0o600)

    const second = await start(dataDir)
    expect(second.pg.password).toBe(first.pg.password)
    expect(second.lines.some((line) => line.includes('Created a new PostgreSQL cluster'))).toBe(false)
    expect(await query<{ value: string }>(second.pg.urlFor('postgres'), 'select value from kept')).toEqual([{ value: 'from run one' }])
    expect(existsSync(path.join(path.dirname(dataDir), 'postgres.log'))).toBe(true)
  })

  it('avoids a preferred port that is in use, and never uses 5432', { timeout: 60_000 }, async () => {
    const busyPort = await findFreePort()
    const blocker = await occupyPort(busyPort)
    cleanups.push(() => new Promise((resolve) => blocker.close(() => resolve())))

    const { pg: server } = await start(path.join(await tempDir(), 'postgres'), { preferredPort: busyPort })
    expect(server.port).not.toBe(busyPort)
    expect(server.port).not.toBe(5432)
    expect(await query<{ one: number }>(server.urlFor('postgres'), 'select 1 as one')).toEqual([{ one: 1 }])

    const { pg: other } = await start(path.join(await tempDir(), 'postgres'), { preferredPort: 5432 })
    expect(other.port).not.toBe(5432)
  })

  it('findFreePort returns the preferred port when free and another one when taken', { timeout: 60_000 }, async () => {
    const port = await findFreePort()
    expect(await findFreePort(port)).toBe(port)
    const blocker = await occupyPort(port)
    cleanups.push(() => new Promise((resolve) => blocker.close(() => resolve())))
    const other = await findFreePort(port, [5432])
    expect(other).not.toBe(port)
    expect(other).not.toBe(5432)
  })

  it('recovers from a stale postmaster.pid naming a dead or unrelated process', { timeout: 60_000 }, async () => {
    const dataDir = path.join(await tempDir(), 'postgres')
    const first = await start(dataDir)
    await first.pg.stop()

    const dead = spawn('true')
    await new Promise((resolve) => dead.once('exit', resolve))
    const pidFileFor = (pid: number): string =>
      [pid, dataDir, '1700000000', first.pg.port, '', '127.0.0.1', '  1234567     0', 'ready   ', ''].join('\n')
    await fs.writeFile(path.join(dataDir, 'postmaster.pid'), pidFileFor(dead.pid ?? 999_999))

    const second = await start(dataDir)
    expect(second.lines.some((line) => line.includes('stale postmaster.pid') && line.includes('not running'))).toBe(true)
    expect(await query<{ one: number }>(second.pg.urlFor('postgres'), 'select 1 as one')).toEqual([{ one: 1 }])
    await second.pg.stop()

    const unrelated = spawn('sleep', ['30'])
    cleanups.push(async () => {
      unrelated.kill('SIGKILL')
    })
    await fs.writeFile(path.join(dataDir, 'postmaster.pid'), pidFileFor(unrelated.pid ?? 999_999))
    const third = await start(dataDir)
    expect(third.lines.some((line) => line.includes('is not a PostgreSQL server'))).toBe(true)
    expect(await query<{ one: number }>(third.pg.urlFor('postgres'), 'select 1 as one')).toEqual([{ one: 1 }])
  })

  it('recovers after kill -9 of the whole process tree', { timeout: 60_000 }, async () => {
    const dir = await tempDir()
    const dataDir = path.join(dir, 'postgres')
    const { child, postmasterPid } = await startInChild(dir, dataDir)
    const victims = [child.pid ?? 0, postmasterPid, ...childrenOf(postmasterPid)].filter((pid) => pid > 0)
    for (const pid of victims) process.kill(pid, 'SIGKILL')
    await waitUntil(() => victims.every((pid) => !isAlive(pid)))
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true)

    const { pg: server, lines } = await start(dataDir)
    expect(lines.some((line) => line.includes('stale postmaster.pid'))).toBe(true)
    expect(server.origin).toBe('started')
    expect(await query<{ one: number }>(server.urlFor('postgres'), 'select 1 as one')).toEqual([{ one: 1 }])
  })

  it('adopts a server orphaned by kill -9 of its Node process and stops it', { timeout: 60_000 }, async () => {
    const dir = await tempDir()
    const dataDir = path.join(dir, 'postgres')
    const { child, postmasterPid, port } = await startInChild(dir, dataDir)
    process.kill(child.pid ?? 0, 'SIGKILL')
    await waitUntil(() => !isAlive(child.pid ?? 0))

    const { pg: server, lines } = await start(dataDir)
    expect(server.origin).toBe('adopted')
    expect(server.pid).toBe(postmasterPid)
    expect(server.port).toBe(port)
    expect(lines.some((line) => line.includes('Reusing PostgreSQL'))).toBe(true)
    await server.stop()
    expect(isAlive(postmasterPid)).toBe(false)
    expect(processesFor(dataDir)).toEqual([])
  })

  it('creates and drops databases idempotently, even with open connections', { timeout: 60_000 }, async () => {
    const { pg: server } = await start(path.join(await tempDir(), 'postgres'))
    expect(await server.databaseExists('app_test')).toBe(false)
    await server.createDatabase('app_test')
    await server.createDatabase('app_test')
    expect(await server.databaseExists('app_test')).toBe(true)
    await Promise.all(['p1', 'p2', 'p3'].map((name) => server.createDatabase(name)))
    expect(await Promise.all(['p1', 'p2', 'p3'].map((name) => server.databaseExists(name)))).toEqual([true, true, true])

    const open = new pg.Client({ connectionString: server.urlFor('app_test') })
    open.on('error', () => undefined)
    await open.connect()
    cleanups.push(() => open.end().catch(() => undefined))
    await server.dropDatabase('app_test')
    expect(await server.databaseExists('app_test')).toBe(false)
    await server.dropDatabase('app_test')
    expect(await server.databaseExists('app_test')).toBe(false)
  })

  it('keeps a shared server running until its last user stops', { timeout: 60_000 }, async () => {
    const dataDir = path.join(await tempDir(), 'postgres')
    const { pg: owner } = await start(dataDir)
    const { pg: sharer, lines } = await start(dataDir)
    expect(sharer.origin).toBe('shared')
    expect(sharer.port).toBe(owner.port)
    expect(lines.some((line) => line.includes('Sharing PostgreSQL'))).toBe(true)

    await owner.stop()
    expect(await query<{ one: number }>(sharer.urlFor('postgres'), 'select 1 as one')).toEqual([{ one: 1 }])
    await sharer.stop()
    expect(processesFor(dataDir)).toEqual([])
  })

  it('stop() leaves no postgres process for the data dir', { timeout: 60_000 }, async () => {
    const dataDir = path.join(await tempDir(), 'postgres')
    const { pg: server } = await start(dataDir)
    expect(processesFor(dataDir)).toEqual([server.pid])
    await server.stop()
    expect(processesFor(dataDir)).toEqual([])
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false)
  })

  it.runIf(isRoot)('moves the data out of a folder the postgres user cannot enter', { timeout: 60_000 }, async () => {
    const privateDir = path.join(await tempDir(), 'private')
    await fs.mkdir(privateDir, { mode: 0o700 })
    await fs.chmod(privateDir, 0o700)
    const requested = path.join(privateDir, 'app', '.data', 'postgres')

    const { pg: server, lines } = await start(requested)
    cleanups.push(() => fs.rm(server.dataDir, { recursive: true, force: true }))
    cleanups.push(() => fs.rm(`${server.dataDir}.clients`, { recursive: true, force: true }))
    expect(server.requestedDataDir).toBe(requested)
    expect(server.relocated).toBe(true)
    expect(server.dataDir).not.toBe(requested)
    expect(server.dataDir.startsWith(privateDir)).toBe(false)
    expect(lines.some((line) => line.includes(server.dataDir) && line.includes(privateDir))).toBe(true)
    expect(existsSync(path.join(server.dataDir, 'PG_VERSION'))).toBe(true)
    expect(existsSync(path.join(requested, 'PG_VERSION'))).toBe(false)
    expect(await query<{ one: number }>(server.urlFor('postgres'), 'select 1 as one')).toEqual([{ one: 1 }])
    await server.stop()

    const again = await start(requested)
    expect(again.pg.dataDir).toBe(server.dataDir)
    expect(again.pg.password).toBe(server.password)
  })
})
