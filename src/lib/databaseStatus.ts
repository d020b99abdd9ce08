import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/*
 * Is PostgreSQL answering? Asked where a page would otherwise fail with a stack trace or a blank
 * screen when the database is down (the admin, the sign-in page, the REST API's 500s), so that it
 * can say in plain words that the service is unavailable. Public pages are not asked: they are
 * served from the cache and keep working.
 *
 * The answer is kept for a second, so a burst of requests during an outage costs one probe, and
 * the probe gives up after three seconds, so a database that hangs rather than refuses does not
 * hold the page. Nothing here reconnects: the pool opens new connections by itself on the next
 * query once PostgreSQL is back.
 */

const PROBE_TIMEOUT_MS = 3_000
const REMEMBER_MS = 1_000

/** Error codes that mean "no database", not "a bad query": the socket's and PostgreSQL's own. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '08000',
  '08001',
  '08003',
  '08006',
])

/** True when `error`, or anything in its `cause` chain, says the database cannot be reached. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; depth < 6 && current; depth += 1) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true
    const message = current instanceof Error ? current.message : ''
    if (/Connection terminated|connect ECONNREFUSED|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(message)) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

let remembered: { at: number; answer: Promise<boolean> } | null = null

async function probe(payload: Payload): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS)
  })
  try {
    return await Promise.race([payload.db.drizzle.execute(sql`select 1`).then(() => true, () => false), timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** Whether PostgreSQL answered `select 1` (within the last second, or now). */
export function databaseAnswers(payload: Payload): Promise<boolean> {
  const now = Date.now()
  if (!remembered || now - remembered.at > REMEMBER_MS) remembered = { at: now, answer: probe(payload) }
  return remembered.answer
}
