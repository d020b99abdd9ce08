import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { newTotpSecret, totpCodeForStep, totpStepAt } from '../../src/lib/twoFactor'

import { waitForHealth } from './health'
import { stopTree } from './processTree'
import { findFreePort } from './ports'
import { createThrowawayDatabase, stopTestDatabaseServer, type ThrowawayDatabase } from './testDatabase'

const root = path.resolve(import.meta.dirname, '..', '..')

export type BenchServer = {
  base: string
  admin: { email: string; password: string; totpSecret: string }
  server: ChildProcess
  database: ThrowawayDatabase
  /** Seconds spent: `seed:tenants` (0 without synthetic tenants), and `start` (migrate, seed, next start) until /api/health answered. */
  seconds: { syntheticTenants: number; start: number }
  stop(): Promise<void>
}

function runScript(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/run.ts', ...args], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`scripts/run.ts ${args.join(' ')} exited with ${code}`))))
  })
}

/**
 * A production server of this checkout on loopback, on a throwaway database with the demo
 * content (never the dev database): built first, or only seeded with `reuseBuild` when `.next`
 * holds a build. For benchmarks, which measure; never for tests.
 */
export async function startBenchServer({
  label,
  reuseBuild,
  preferredPort = 3100,
  syntheticTenants = 0,
  env: extraEnv = {},
}: {
  label: string
  reuseBuild: boolean
  preferredPort?: number
  /** Councils to add with `npm run seed:tenants` before the server starts (src/seed/syntheticTenants.ts). */
  syntheticTenants?: number
  /** More settings for every step (REDIS_URL: the shared cache). */
  env?: Record<string, string>
}): Promise<BenchServer> {
  const database = await createThrowawayDatabase(label)
  const port = await findFreePort(preferredPort)
  const base = `http://127.0.0.1:${port}`
  // Platform admins sign in with two-step sign-in: seeded with a known secret, the code computed per login.
  const admin = { email: `${label}-admin@example.org`, password: randomBytes(18).toString('base64url'), totpSecret: newTotpSecret() }
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    INCIDENT_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    NEXT_PUBLIC_SERVER_URL: base,
    PORT: String(port),
    SEED_ADMIN_EMAIL: admin.email,
    SEED_ADMIN_PASSWORD: admin.password,
    SEED_ADMIN_TOTP_SECRET: admin.totpSecret,
    NEXT_TELEMETRY_DISABLED: '1',
    TRUSTED_PROXY_HOPS: '1',
    EMAIL_OUTBOX_POLL: 'off',
    ...extraEnv,
  }
  await runScript(reuseBuild && existsSync(path.join(root, '.next', 'BUILD_ID')) ? ['seed'] : ['build'], env)
  // Before the server starts (seeding after start made seed-tenants exit early). With 10,000
  // tenants `start` once did not answer within ten minutes: its seed indexed their pages for
  // search one by one; seed-tenants now indexes them itself, and the catch-up is batched.
  const seeding = performance.now()
  if (syntheticTenants > 0) await runScript(['seed-tenants', String(syntheticTenants)], env)
  const starting = performance.now()
  const server = spawn('npx', ['tsx', 'scripts/run.ts', 'start'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'], detached: true })
  await waitForHealth(base, { child: server })
  return {
    base,
    admin,
    server,
    database,
    seconds: { syntheticTenants: (starting - seeding) / 1000, start: (performance.now() - starting) / 1000 },
    stop: async () => {
      if (server.pid !== undefined) await stopTree(server.pid, 10_000)
      await database.drop().catch(() => undefined)
      await stopTestDatabaseServer()
    },
  }
}

/** A JWT for the bench server's platform admin (two-step sign-in: the code computed now). */
export async function adminToken({ base, admin }: Pick<BenchServer, 'base' | 'admin'>): Promise<string> {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password, code: totpCodeForStep(admin.totpSecret, totpStepAt(Date.now())) }),
  })
  if (!response.ok) throw new Error(`signing in as the bench admin answered ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

/** The paths of a tenant's public pages, every locale it enables, from its sitemap (src/app/(site)/[tenant]/sitemap.xml). */
export async function sitemapPaths(base: string, tenant: string): Promise<string[]> {
  const response = await fetch(`${base}/${tenant}/sitemap.xml`)
  if (!response.ok) throw new Error(`/${tenant}/sitemap.xml answered ${response.status}`)
  return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc ?? '/').pathname)
}
