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
