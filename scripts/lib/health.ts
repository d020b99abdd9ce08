/**
 * Waiting for a server to answer `GET /api/health` with 200: the one wait shared by the test
 * runner's e2e server and `npm run cluster` (every app process, and nginx in front of them).
 */
import type { ChildProcess } from 'node:child_process'

export class HealthTimeoutError extends Error {
  override name = 'HealthTimeoutError'
}

export type HealthOptions = {
  /** Stop waiting (and say so) when this process ends first. */
  child?: ChildProcess
  timeoutMs?: number
  pollMs?: number
  /** Appended to the error: e.g. the server's last log lines. */
  describe?: () => string
}

async function answersHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) })
    await response.body?.cancel()
    return response.status === 200
  } catch {
    return false
  }
}

function exited(child: ChildProcess | undefined): string | undefined {
  if (!child || (child.exitCode === null && child.signalCode === null)) return undefined
  return child.signalCode ? `killed by ${child.signalCode}` : `exit code ${child.exitCode}`
}

/** Resolves with the milliseconds it took; throws HealthTimeoutError on timeout or exit. */
export async function waitForHealth(baseUrl: string, options: HealthOptions = {}): Promise<number> {
  const url = `${baseUrl}/api/health`
  const timeoutMs = options.timeoutMs ?? 120_000
  const started = Date.now()
  const more = () => (options.describe ? `\n${options.describe()}` : '')
  while (Date.now() - started < timeoutMs) {
    const ended = exited(options.child)
    if (ended) throw new HealthTimeoutError(`The server exited (${ended}) before ${url} answered.${more()}`)
    if (await answersHealthy(url)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250))
  }
  throw new HealthTimeoutError(`${url} did not answer 200 within ${timeoutMs / 1000} s.${more()}`)
}
