import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The single Payload instance for the site's reads (getPayload memoises it per process). */
export function payloadClient(): Promise<Payload> {
  return getPayload({ config })
}
