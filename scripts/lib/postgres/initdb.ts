/**
 * A data directory with a cluster in it: reused when present (its state file must be too),
 * else made by initdb in a staging folder renamed into place.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import { isAlive } from '../proc'
import { EmbeddedPostgresError, SUPERUSER, errorCode, runCommand, serverEnv, type Context } from './common'
import { readState, STATE_FILE, writeState, type ClusterState } from './clusterState'
import { chownTree } from './runAsRoot'
import { lastLines } from './serverLog'

export async function ensureCluster(ctx: Context): Promise<ClusterState> {
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
    if (Number.isInteger(pid) && !isAlive(pid)) {
      await fs.rm(path.join(parent, name), { recursive: true, force: true })
    }
  }
}
