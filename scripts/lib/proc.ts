/**
 * The one reader of /proc (Linux): a process's parent, state, start time, memory (now and its
 * peak) and CPU time, its command line and its working directory. The process tree (processTree.ts), the embedded
 * PostgreSQL's ownership checks (postgres/) and the tests that look for leftover processes all
 * read through here. Every reader returns undefined for a process that ended while it was read.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs'

export type ProcStat = {
  pid: number
  parent: number
  /** R, S, D, Z (zombie), X (dead)… */
  state: string
  /** Clock ticks after boot: with the PID, tells a process from a later one that reused its PID. */
  startTime: string
  residentBytes: number
  /** utime + stime, every thread, in USER_HZ ticks. */
  cpuTicks: number
}

const PAGE_BYTES = 4096

export function hasProc(): boolean {
  return existsSync('/proc')
}

export function readStat(pid: number): ProcStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name may hold spaces and parentheses: fields are counted after its last ")".
    // From there: state (3rd field), ppid (4th), utime/stime (14th/15th), starttime (22nd), rss (24th).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const [state, parent] = fields
    if (state === undefined || parent === undefined) return undefined
    return {
      pid,
      parent: Number(parent),
      state,
      startTime: fields[19] ?? '0',
      residentBytes: Number(fields[21] ?? 0) * PAGE_BYTES,
      cpuTicks: Number(fields[11] ?? 0) + Number(fields[12] ?? 0),
    }
  } catch {
    return undefined
  }
}

export type MemoryStatus = {
  /** VmRSS: resident now. */
  residentBytes: number
  /** VmHWM: the most it has been resident since it started (the kernel's high-water mark). */
  peakResidentBytes: number
}

/** VmRSS and VmHWM from /proc/<pid>/status (kB there). */
export function readMemoryStatus(pid: number): MemoryStatus | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024
    const memory = { residentBytes: kilobytes('VmRSS'), peakResidentBytes: kilobytes('VmHWM') }
    return Number.isNaN(memory.residentBytes) || Number.isNaN(memory.peakResidentBytes) ? undefined : memory
  } catch {
    return undefined
  }
}

/** Every process visible now; empty where there is no /proc. */
export function allProcesses(): ProcStat[] {
  if (!hasProc()) return []
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => readStat(Number(name)) ?? [])
}

/** argv as the process sees it now (a program may rewrite its own, as PostgreSQL's children do). */
export function readCmdline(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
  } catch {
    return undefined
  }
}

/** The process's working directory, symlinks resolved. */
export function workingDirectory(pid: number): string | undefined {
  try {
    return realpathSync(`/proc/${pid}/cwd`)
  } catch {
    return undefined
  }
}

/**
 * Alive means it can be signalled (or exists under another user: EPERM) and is no zombie: an
 * exited child stays a zombie until its parent reaps it, and a parent may never do so.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EPERM')) return false
  }
  const stat = readStat(pid)
  if (stat === undefined) return !hasProc()
  return stat.state !== 'Z' && stat.state !== 'X'
}
