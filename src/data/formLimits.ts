import { headers } from 'next/headers'

import { serverEnv } from '@/env'
import { clientAddress, consumeRateLimit, defineRateLimit, type RateLimitResult, type RateLimitRule } from '@/lib/rateLimit'
import { rateLimitStore } from '@/lib/rateLimitStore'

import { payloadClient } from './payload'

/**
 * Limits on the site's account forms that Payload's own auth hooks do not already count. Each
 * posted form counts once per client address, before any token is looked up, so guessing
 * invitation or reset tokens costs an attacker the same budget whatever the answer.
 */
export const invitationPostsPerAddress = defineRateLimit({
  name: 'invitation:address',
  limit: 10,
  windowSeconds: 15 * 60,
  description: 'invitation forms posted from one client address',
})

export const resetPostsPerAddress = defineRateLimit({
  name: 'reset-password:address',
  limit: 10,
  windowSeconds: 15 * 60,
  description: "new-password forms (the site's reset link) posted from one client address",
})

/** Counts one post of this request's client address under `rule`. */
export async function countFormPost(rule: RateLimitRule): Promise<RateLimitResult> {
  const payload = await payloadClient()
  const address = clientAddress(new Headers(await headers()), serverEnv().TRUSTED_PROXY_HOPS ?? 1)
  return consumeRateLimit(rateLimitStore(payload), rule, address)
}
