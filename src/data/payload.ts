import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { databaseAnswers } from '@/lib/databaseStatus'

/** The single Payload instance for the site's reads (getPayload memoises it per process). */
export function payloadClient(): Promise<Payload> {
  return getPayload({ config })
}

/**
 * Whether PostgreSQL answers now (src/lib/databaseStatus.ts), for pages that say "unavailable"
 * in plain words rather than fail; false too when Payload could not even start for want of it.
 */
export async function databaseIsUp(): Promise<boolean> {
  try {
    return await databaseAnswers(await payloadClient())
  } catch {
    return false
  }
}
