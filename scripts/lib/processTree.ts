/**
 * Process trees, for stopping a command or measuring it: `npx` runs commands through `npm exec`
 * and `sh`, and signals sent to `npx` do not always reach the real program, so stopping a
 * command or measuring its memory means walking its descendants (read from /proc: proc.ts).
 * The one place the scripts and tests signal, wait for and stop processes.
 */
import { allProcesses, isAlive, readCmdline, type ProcStat } from './proc'

/** USER_HZ: the unit of utime/stime in /proc/<pid>/stat; 100 on every Linux we run on. */
const TICKS_PER_SECOND = 100
const POLL_MS = 25

/** The process and all its descendants, parents first; just [rootPid] where there is no /proc. */
export function processTree(rootPid: number): ProcStat[] {
  const table = allProcesses()
  const byParent = new Map<number, ProcStat[]>()
  for (const entry of table) byParent.set(entry.parent, [...(byParent.get(entry.parent) ?? []), entry])
  const root = table.find((entry) => entry.pid === rootPid) ?? { pid: rootPid, parent: 0, state: '?', startTime: '0', residentBytes: 0, cpuTicks: 0 }
  const tree: ProcStat[] = []
  const pending = [root]
  for (let entry = pending.shift(); entry; entry = pending.shift()) {
    tree.push(entry)
    pending.push(...(byParent.get(entry.pid) ?? []))
  }
  return tree
}

/**
 * The process of the tree whose command line starts with `program` (as the program names itself:
 * Next's server sets its title to "next-server (v…)"), found under npm's and tsx's wrappers.
 */
export function findInTree(rootPid: number, program: string): number | undefined {
  return processTree(rootPid).find((entry) => readCmdline(entry.pid)?.[0]?.startsWith(program))?.pid
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

/** Sends a signal, saying nothing when the process is already gone. */
export function sendSignal(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  } catch {
    // Already gone.
  }
}

/** True when every one of `pids` ended within `timeoutMs`. */
export async function waitForExit(pids: number | number[], timeoutMs: number): Promise<boolean> {
  const waiting = Array.isArray(pids) ? pids : [pids]
  const deadline = Date.now() + timeoutMs
  while (waiting.some(isAlive)) {
    if (Date.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  return true
}

/** Signals every process of the tree, children first so that no parent respawns them. */
export function signalTree(rootPid: number, signal: NodeJS.Signals): void {
  for (const entry of processTree(rootPid).reverse()) sendSignal(entry.pid, signal)
}

/** SIGTERM to the tree, then SIGKILL to whatever of it is left after `graceMs`. */
export async function stopTree(rootPid: number, graceMs: number): Promise<void> {
  const pids = processTree(rootPid).map((entry) => entry.pid)
  signalTree(rootPid, 'SIGTERM')
  if (await waitForExit(pids, graceMs)) return
  for (const pid of pids.filter(isAlive)) sendSignal(pid, 'SIGKILL')
}
