/**
 * What every part of the embedded PostgreSQL shares: where it listens, whom it runs as, the
 * one error type (a sentence a person can act on), and running a helper command to its end.
 */
import { spawn, type ChildProcess } from 'node:child_process'

/** Thrown with one clear human sentence: what failed, what was tried, what to do. */
export class EmbeddedPostgresError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'EmbeddedPostgresError'
  }
}

export const HOST = '127.0.0.1'
export const SUPERUSER = 'postgres'

export type RunAs = { uid: number; gid: number }

export type Binaries = { nativeDir: string; version: string; postgres: string; initdb: string }

/** One start's decisions: where the data and log live, which binaries, as whom. */
export type Context = {
  dataDir: string
  requestedDataDir: string
  relocationReason: string | null
  logFile: string
  binaries: Binaries
  runAs: RunAs | null
  log: (line: string) => void
}

type CommandResult = { code: number; output: string }

export function runCommand(
  file: string,
  args: string[],
  options: { runAs?: RunAs | null; env?: NodeJS.ProcessEnv } = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    let output = ''
    let child: ChildProcess
    try {
      child = spawn(file, args, {
        cwd: '/',
        env: options.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(options.runAs ? { uid: options.runAs.uid, gid: options.runAs.gid } : {}),
      })
    } catch (error) {
      resolve({ code: -1, output: describeError(error) })
      return
    }
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    // A spawn failure (EACCES, ENOENT) arrives as 'error'; turning it into a result keeps it from crashing Node.
    child.once('error', (error) => resolve({ code: -1, output: output + describeError(error) }))
    child.once('close', (code) => resolve({ code: code ?? -1, output }))
  })
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** A minimal environment: PG* variables or a foreign locale from the caller must not change the server. */
export function serverEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // NODE_ENV is spelled out only because Next.js types declare it required.
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', LANG: 'C', NODE_ENV: process.env.NODE_ENV, ...extra }
}
