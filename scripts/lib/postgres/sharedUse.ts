/**
 * Several processes may use one server (dev server + seed script, two test runs). Each
 * registers itself next to the data dir; the server is only shut down by the last live user,
 * so nobody pulls the database from under another process.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { isAlive, readStat } from '../proc'

let handleCounter = 0

function clientsDirOf(dataDir: string): string {
  return `${dataDir}.clients`
}

export function registerClient(dataDir: string): string {
  const dir = clientsDirOf(dataDir)
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${process.pid}-${readStat(process.pid)?.startTime ?? '0'}-${++handleCounter}`)
  writeFileSync(file, '')
  return file
}

export function unregisterClient(file: string): void {
  rmSync(file, { force: true })
}

/** PIDs of other live users; registrations of dead processes are removed on the way. */
export function otherLiveClients(dataDir: string): number[] {
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
    const alive = Number.isInteger(pid) && isAlive(pid) && (startTime === '0' || readStat(pid)?.startTime === startTime)
    if (alive) live.push(pid)
    else rmSync(path.join(dir, name), { force: true })
  }
  if (live.length === 0) rmSync(dir, { recursive: true, force: true })
  return live
}
