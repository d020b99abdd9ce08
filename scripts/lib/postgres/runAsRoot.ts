/**
 * PostgreSQL refuses to run as root. Under root the server runs as the "postgres" OS user
 * (created when missing), and the data directory moves to /var/tmp when that user cannot
 * enter the checkout; every check asks the kernel as that user.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import { EmbeddedPostgresError, SUPERUSER, runCommand, type RunAs } from './common'

let runAsPromise: Promise<RunAs> | undefined

export function ensurePostgresUser(): Promise<RunAs> {
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

export type AccessCheck = ['-x' | '-r' | '-w', string]

/** Asks the kernel, as that user, with exactly the credentials the server will get (spawn uid/gid). */
export async function canAccessAs(runAs: RunAs, checks: AccessCheck[]): Promise<boolean> {
  const script = checks.map(([flag], index) => `test ${flag} "$${index + 1}"`).join(' && ')
  const result = await runCommand('/bin/sh', ['-c', script, 'sh', ...checks.map(([, target]) => target)], { runAs })
  return result.code === 0
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
export async function reachableDataDir(requested: string, runAs: RunAs): Promise<{ dataDir: string; reason: string | null }> {
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

export async function chownTree(target: string, runAs: RunAs): Promise<void> {
  const stat = await fs.stat(target)
  if (stat.uid === runAs.uid && stat.gid === runAs.gid) return
  const result = await runCommand('chown', ['-R', `${runAs.uid}:${runAs.gid}`, target])
  if (result.code !== 0) {
    throw new EmbeddedPostgresError(
      `Could not give the "${SUPERUSER}" OS user ownership of ${target} (${result.output.trim()}); fix its ownership by hand or set DATABASE_URL.`,
    )
  }
}
