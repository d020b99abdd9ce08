/**
 * Process trees read from /proc (Linux). `npx` runs commands through `npm exec` and `sh`,
 * and signals sent to `npx` do not always reach the real program, so stopping a command or
 * measuring its memory means walking its descendants.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'

type ProcessEntry = { pid: number; parent: number; residentBytes: number; cpuTicks: number }

const PAGE_BYTES = 4096
/** USER_HZ: the unit of utime/stime in /proc/<pid>/stat; 100 on every Linux we run on. */
const TICKS_PER_SECOND = 100

function readEntry(pid: number): ProcessEntry | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after "(comm)" start at the 3rd (state); ppid is the 4th, utime/stime the 14th/15th, rss the 24th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return {
      pid,
      parent: Number(fields[1]),
      residentBytes: Number(fields[21] ?? 0) * PAGE_BYTES,
      cpuTicks: Number(fields[11] ?? 0) + Number(fields[12] ?? 0),
    }
  } catch {
    // The process ended while we were reading it.
    return undefined
  }
}

function processTable(): ProcessEntry[] {
  if (!existsSync('/proc')) return []
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => readEntry(Number(name)) ?? [])
}

/** The process and all its descendants, parents first; just [rootPid] where there is no /proc. */
export function processTree(rootPid: number): ProcessEntry[] {
  const table = processTable()
  const byParent = new Map<number, ProcessEntry[]>()
  for (const entry of table) byParent.set(entry.parent, [...(byParent.get(entry.parent) ?? []), entry])
  const root = table.find((entry) => entry.pid === rootPid) ?? { pid: rootPid, parent: 0, residentBytes: 0, cpuTicks: 0 }
  const tree: ProcessEntry[] = []
  const pending = [root]
  for (let entry = pending.shift(); entry; entry = pending.shift()) {
    tree.push(entry)
    pending.push(...(byParent.get(entry.pid) ?? []))
  }
  return tree
}

/** Resident memory of a process and its descendants (shared pages counted in each). */
export function treeResidentBytes(rootPid: number): number {
  return processTree(rootPid).reduce((sum, entry) => sum + entry.residentBytes, 0)
}

/**
 * CPU time (user + system, all threads, zlib's thread pool included) used so far by a process
 * and its live descendants, in milliseconds; 0 where there is no /proc. Differences between two
 * readings measure what a server spent on the requests in between, whatever else the machine runs.
 */
export function treeCpuMillis(rootPid: number): number {
  return (processTree(rootPid).reduce((sum, entry) => sum + entry.cpuTicks, 0) * 1000) / TICKS_PER_SECOND
}

/** False for ended processes, zombies included (their parent may never reap them). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return existsSync('/proc') ? false : true
  }
}

/** Signals every process of the tree, children first so that no parent respawns them. */
export function signalTree(rootPid: number, signal: NodeJS.Signals): void {
  for (const entry of processTree(rootPid).reverse()) {
    try {
      process.kill(entry.pid, signal)
    } catch {
      // Already gone.
    }
  }
}

/** SIGTERM to the tree, then SIGKILL to whatever of it is left after `graceMs`. */
export async function stopTree(rootPid: number, graceMs: number): Promise<void> {
  const pids = processTree(rootPid).map((entry) => entry.pid)
  signalTree(rootPid, 'SIGTERM')
  const deadline = Date.now() + graceMs
  while (pids.some(isAlive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
  for (const pid of pids.filter(isAlive)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
}
