/**
 * Several app processes behind nginx, on this machine and loopback only: what `npm run cluster`,
 * the cluster test layer and `npm run bench:cluster` start.
 *
 *   redis-server (Next's shared cache) → one production build (built when .next has none) →
 *   migrate and seed once → N × `next start` (PORTAL_JOBS=off) → one `run.ts worker` (the jobs) →
 *   nginx with deploy/nginx.conf in front, on one port.
 *
 * The caller brings the database (the dev one for `npm run cluster`, a throwaway one for tests).
 * Every process is started in its own process group and stopped by its process tree
 * (scripts/lib/processTree.ts), nginx first and Redis last, so Ctrl-C leaves nothing behind.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { waitForHealth } from './health'
import { fillNginxTemplate, readNginxTemplate, upstreamServers } from './nginxConfig'
import { findFreePort } from './ports'
import { isAlive } from './proc'
import { processTree, stopTree } from './processTree'

const repoRoot = path.resolve(import.meta.dirname, '../..')
const STOP_GRACE_MS = 10_000
const TAIL_LINES = 30

export class ClusterError extends Error {
  override name = 'ClusterError'
}

/** One started program: its process, its log, and how to stop it (its whole tree). */
export type Service = {
  name: string
  child: ChildProcess
  logFile: string
  tail(): string
  /** Whether the program has printed this text so far. */
  printed(text: string): boolean
  stop(): Promise<void>
}

export type ClusterOptions = {
  /** postgres:// URL of a database this cluster may migrate and seed. */
  databaseUrl: string
  /** Secrets and settings every process shares (PAYLOAD_SECRET, INCIDENT_ENCRYPTION_KEY, SEED_*, RESEND_*...). */
  env: NodeJS.ProcessEnv
  /** Where logs, nginx's files and Redis's directory go; emptied first. */
  runDir: string
  apps?: number
  /** nginx's port; a free one when taken or unset. */
  port?: number
  log?: (line: string) => void
}

export type Cluster = {
  /** nginx, the one address readers use. */
  url: string
  /** Each app process directly (tests compare them; never expose these). */
  appUrls: string[]
  redisUrl: string
  apps: Service[]
  worker: Service
  /** Shared by every process: what a test or a second worker needs to start one more. */
  env: NodeJS.ProcessEnv
  /** Starts another worker (tests: two overlapping workers). */
  startWorker(name: string): Promise<Service>
  /** Every process id of the cluster's trees right now (for the nothing-left-behind check). */
  pids(): number[]
  stop(): Promise<void>
}

function once(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined
  return () => (running ??= action())
}

function findProgram(name: string): string {
  for (const dir of ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin']) {
    const candidate = path.join(dir, name)
    if (existsSync(candidate)) return candidate
  }
  throw new ClusterError(`${name} is not installed. On Debian or Ubuntu: apt-get install -y ${name === 'nginx' ? 'nginx' : 'redis-server'} (its system service is not needed; the cluster starts its own on loopback).`)
}

function startService(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, runDir: string): Service {
  const logFile = path.join(runDir, `${name}.log`)
  const log = createWriteStream(logFile)
  const lines: string[] = []
  let everything = ''
  // Its own process group: Ctrl-C in the terminal reaches only us, and we stop each in order.
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  const keep = (chunk: Buffer): void => {
    log.write(chunk)
    // Only the start matters for printed(): a start-up line, never a long-running log.
    if (everything.length < 100_000) everything += chunk.toString('utf8')
    lines.push(...chunk.toString('utf8').split('\n').filter((line) => line.trim() !== ''))
    if (lines.length > TAIL_LINES) lines.splice(0, lines.length - TAIL_LINES)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  child.on('error', (error) => lines.push(`(could not start: ${error.message})`))
  return {
    name,
    child,
    logFile,
    tail: () => lines.map((line) => `    │ ${line}`).join('\n'),
    printed: (text) => everything.includes(text),
    stop: once(async () => {
      if (child.pid !== undefined) await stopTree(child.pid, STOP_GRACE_MS)
      await new Promise<void>((resolve) => log.end(() => resolve()))
    }),
  }
}

function runToEnd(name: string, args: string[], env: NodeJS.ProcessEnv, runDir: string): Promise<void> {
  const service = startService(name, 'npx', ['tsx', 'scripts/run.ts', ...args], env, runDir)
  return new Promise((resolve, reject) => {
    service.child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new ClusterError(`scripts/run.ts ${args.join(' ')} failed (exit ${code}); log ${service.logFile}:\n${service.tail()}`)),
    )
  })
}

async function waitForRedis(redisUrl: string, service: Service): Promise<void> {
  const { createClient } = await import('redis')
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new ClusterError(`redis-server exited (${service.child.exitCode}):\n${service.tail()}`)
    const client = createClient({ url: redisUrl, socket: { reconnectStrategy: false, connectTimeout: 1_000 } })
    client.on('error', () => undefined)
    try {
      await client.connect()
      await client.ping()
      await client.quit()
      return
    } catch {
      await client.destroy?.()
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  throw new ClusterError(`redis-server did not answer on ${redisUrl} within 15 s:\n${service.tail()}`)
}

/** Redis's memory cap as the cluster (and bench:memory) starts it. */
export const REDIS_MAX_MEMORY = '256mb'

/**
 * A redis-server of our own on loopback, answering before this returns: a cache, not a store
 * (nothing saved to disk, least recently used evicted past REDIS_MAX_MEMORY). Its directory and
 * log go under `runDir`; the port is a free one unless given.
 */
export async function startRedis({ runDir, port, program = findProgram('redis-server') }: { runDir: string; port?: number; program?: string }): Promise<{ url: string; service: Service }> {
  const redisPort = port ?? (await findFreePort(6390))
  const url = `redis://127.0.0.1:${redisPort}`
  const redisDir = path.join(runDir, 'redis')
  mkdirSync(redisDir, { recursive: true })
  const service = startService(
    'redis',
    program,
    ['--bind', '127.0.0.1', '--port', String(redisPort), '--dir', redisDir, '--save', '', '--appendonly', 'no', '--maxmemory', REDIS_MAX_MEMORY, '--maxmemory-policy', 'allkeys-lru', '--protected-mode', 'yes'],
    process.env,
    runDir,
  )
  try {
    await waitForRedis(url, service)
  } catch (error) {
    await service.stop()
    throw error
  }
  return { url, service }
}

export type RedisMemory = { usedMemory: number; usedMemoryPeak: number; maxMemory: number; keys: number }

/** `INFO memory` (bytes used now, at most, and the cap) and `DBSIZE` (keys) of a Redis. */
export async function readRedisMemory(redisUrl: string): Promise<RedisMemory> {
  const { createClient } = await import('redis')
  const client = createClient({ url: redisUrl, socket: { reconnectStrategy: false } })
  await client.connect()
  try {
    const info = await client.info('memory')
    const field = (name: string) => Number(new RegExp(`^${name}:(\\d+)`, 'm').exec(info)?.[1] ?? Number.NaN)
    return { usedMemory: field('used_memory'), usedMemoryPeak: field('used_memory_peak'), maxMemory: field('maxmemory'), keys: await client.dbSize() }
  } finally {
    await client.quit()
  }
}

/** The nginx configuration this cluster runs: deploy/nginx.conf with its placeholders filled. */
export function clusterNginxConfig(prefix: string, port: number, appPorts: number[]): string {
  return fillNginxTemplate(readNginxTemplate(), {
    NGINX_USER: os.userInfo().username,
    PREFIX: prefix,
    LISTEN: `127.0.0.1:${port}`,
    // Loopback names only here; a deployment lists its own host names and tenants' domains.
    SERVER_NAMES: '127.0.0.1 localhost *.localhost',
    APP_SERVERS: upstreamServers(appPorts),
  })
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const log = options.log ?? ((line: string) => console.log(line))
  const appCount = options.apps ?? 2
  const nginxBin = findProgram('nginx')
  const redisBin = findProgram('redis-server')
  rmSync(options.runDir, { recursive: true, force: true })
  mkdirSync(options.runDir, { recursive: true })
  const started: Service[] = []
  const stopAll = once(async () => {
    // Front to back: nginx stops taking requests, then the apps and workers, then Redis.
    const order = ['nginx', 'app', 'worker', 'redis']
    for (const prefix of order) {
      await Promise.all(started.filter((service) => service.name.startsWith(prefix)).map((service) => service.stop()))
    }
  })
  try {
    const port = await findFreePort(options.port)
    const redisPort = await findFreePort(6390, [port])
    const appPorts: number[] = []
    for (let index = 0; index < appCount; index++) appPorts.push(await findFreePort(3301 + index, [port, redisPort, ...appPorts]))
    const url = `http://127.0.0.1:${port}`
    const redisUrl = `redis://127.0.0.1:${redisPort}`

    const { service: redis } = await startRedis({ runDir: options.runDir, port: redisPort, program: redisBin })
    started.push(redis)
    log(`Redis     ${redisUrl}`)

    const shared: NodeJS.ProcessEnv = {
      ...options.env,
      DATABASE_URL: options.databaseUrl,
      NEXT_PUBLIC_SERVER_URL: options.env.NEXT_PUBLIC_SERVER_URL || url,
      REDIS_URL: redisUrl,
      // nginx is the one proxy in front and appends the client's address.
      TRUSTED_PROXY_HOPS: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      // Server actions sealed by one process are opened by another (README, Deploying).
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: options.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || randomBytes(32).toString('base64'),
    }
    delete shared.PORT
    delete shared.PORTAL_JOBS

    // One build for every process; then one migrate-and-seed, before any app starts (two apps
    // migrating at once would race).
    if (!existsSync(path.join(repoRoot, '.next', 'BUILD_ID'))) {
      log('No production build in .next: building once (migrates and seeds too; several minutes)…')
      await runToEnd('build', ['build'], shared, options.runDir)
    } else {
      await runToEnd('seed', ['seed'], shared, options.runDir)
    }
    log(`Build     ${readFileSync(path.join(repoRoot, '.next', 'BUILD_ID'), 'utf8').trim()} (one build for every process)`)

    const nextBin = path.join(repoRoot, 'node_modules', '.bin', 'next')
    const apps = appPorts.map((appPort, index) =>
      startService(`app-${index + 1}`, nextBin, ['start', '-p', String(appPort), '-H', '127.0.0.1'], { ...shared, PORT: String(appPort), PORTAL_JOBS: 'off', NODE_ENV: 'production' }, options.runDir),
    )
    started.push(...apps)
    await Promise.all(
      apps.map((app, index) => waitForHealth(`http://127.0.0.1:${appPorts[index]}`, { child: app.child, describe: () => `${app.name}'s last lines:\n${app.tail()}` })),
    )
    for (const [index, app] of apps.entries()) log(`App ${index + 1}     http://127.0.0.1:${appPorts[index]} (pid ${app.child.pid}; PORTAL_JOBS=off)`)

    const startWorker = async (name: string): Promise<Service> => {
      const worker = startService(name, 'npx', ['tsx', 'scripts/run.ts', 'worker'], { ...shared, NODE_ENV: 'production' }, options.runDir)
      started.push(worker)
      const deadline = Date.now() + 120_000
      while (!worker.printed('Worker running jobs')) {
        if (worker.child.exitCode !== null) throw new ClusterError(`${name} exited (${worker.child.exitCode}):\n${worker.tail()}`)
        if (Date.now() > deadline) throw new ClusterError(`${name} did not start within 120 s:\n${worker.tail()}`)
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      return worker
    }
    const worker = await startWorker('worker')
    log(`Worker    pid ${worker.child.pid} (runs every job)`)

    const nginxDir = path.join(options.runDir, 'nginx')
    mkdirSync(nginxDir, { recursive: true })
    const confFile = path.join(nginxDir, 'nginx.conf')
    writeFileSync(confFile, clusterNginxConfig(nginxDir, port, appPorts))
    const check = spawnSync(nginxBin, ['-t', '-q', '-p', nginxDir, '-c', confFile], { encoding: 'utf8' })
    if (check.status !== 0) throw new ClusterError(`nginx refused ${confFile}:\n${check.stderr}`)
    const nginx = startService('nginx', nginxBin, ['-p', nginxDir, '-c', confFile, '-g', 'daemon off;'], process.env, options.runDir)
    started.push(nginx)
    await waitForHealth(url, { child: nginx.child, timeoutMs: 15_000, describe: () => nginx.tail() })
    log(`nginx     ${url} (deploy/nginx.conf → ${confFile})`)

    return {
      url,
      appUrls: appPorts.map((appPort) => `http://127.0.0.1:${appPort}`),
      redisUrl,
      apps,
      worker,
      env: shared,
      startWorker,
      pids: () => started.flatMap((service) => (service.child.pid === undefined ? [] : processTree(service.child.pid).map((entry) => entry.pid))).filter(isAlive),
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}
