/** The postmaster's log file: kept under a size, and read from an offset to explain a failed start. */
import fs from 'node:fs/promises'
import path from 'node:path'

const MAX_LOG_BYTES = 10 * 1024 * 1024

export async function prepareLogFile(logFile: string): Promise<void> {
  await fs.mkdir(path.dirname(logFile), { recursive: true })
  const stat = await fs.stat(logFile).catch(() => null)
  if (stat && stat.size > MAX_LOG_BYTES) await fs.rename(logFile, `${logFile}.old`)
}

export async function logSize(logFile: string): Promise<number> {
  const stat = await fs.stat(logFile).catch(() => null)
  return stat?.size ?? 0
}

export async function readLogFrom(logFile: string, offset: number): Promise<string> {
  const handle = await fs.open(logFile, 'r').catch(() => null)
  if (!handle) return ''
  try {
    const { size } = await handle.stat()
    const start = Math.max(offset, size - 64 * 1024)
    const buffer = Buffer.alloc(Math.max(0, size - start))
    await handle.read(buffer, 0, buffer.length, start)
    return buffer.toString('utf8')
  } finally {
    await handle.close()
  }
}

export function lastLines(text: string, count: number): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-count)
    .map((line) => `  | ${line}`)
    .join('\n')
}
