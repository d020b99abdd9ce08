import { headers } from 'next/headers'
import type { TypedUser } from 'payload'
import { cache } from 'react'

import { payloadClient } from './payload'

/**
 * The logged-in user of this request (from Payload's session cookie), or null. Reading it makes
 * the route per-request: call it only from dynamic routes (members-only pages, previews), never
 * from a cached public page.
 */
export const getViewer = cache(async (): Promise<TypedUser | null> => {
  // Once per request (React's cache): metadata, the page and its gate all ask.
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user ?? null
})
