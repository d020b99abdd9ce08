/**
 * The cluster's state (credentials, the last port, who started the server) lives inside the
 * data directory, so data and password can never drift apart.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { isAlive, readStat } from '../proc'
import type { RunAs } from './common'

export const STATE_FILE = 'embedded-postgres.json'

export type ClusterState = {
  user: string
  password: string
  lastPort?: number
  ownerPid?: number
  ownerStartTime?: string
}

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

export async function readState(dataDir: string): Promise<ClusterState | null> {
  try {
    return parseState(await fs.readFile(path.join(dataDir, STATE_FILE), 'utf8'))
  } catch {
    return null
  }
}

export async function writeState(dataDir: string, state: ClusterState, runAs: RunAs | null): Promise<void> {
  const target = path.join(dataDir, STATE_FILE)
  const staging = `${target}.${process.pid}.tmp`
  await fs.writeFile(staging, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 })
  if (runAs) await fs.chown(staging, runAs.uid, runAs.gid)
  await fs.rename(staging, target)
}

export function ownerIdentity(): Pick<ClusterState, 'ownerPid' | 'ownerStartTime'> {
  const startTime = readStat(process.pid)?.startTime
  return { ownerPid: process.pid, ...(startTime ? { ownerStartTime: startTime } : {}) }
}

/** The start time guards against the recorded PID having been reused by an unrelated process. */
export function isOwnerAlive(state: ClusterState): boolean {
  if (state.ownerPid === undefined || !isAlive(state.ownerPid)) return false
  if (state.ownerStartTime === undefined) return true
  return readStat(state.ownerPid)?.startTime === state.ownerStartTime
}
