import { createHash } from 'node:crypto'

import { after } from 'next/server'
import { headers } from 'next/headers'

import { isMemberOf } from '@/access/roles'
import { enqueueEmail } from '@/collections/EmailOutbox/enqueue'
import type { User } from '@/payload-types'

import { payloadClient } from './payload'
import { setSessionCookie } from './session'
import type { Site } from './site'

/*
 * The site's own "forgotten password": Payload's forgotPassword and resetPassword operations (so
 * their limits and token handling apply), with the email and the page on the tenant's own site
 * rather than the admin, which would refuse a councillor after the reset.
 */

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined
}

function retryAfterOf(error: unknown): number {
  const data = typeof error === 'object' && error !== null && 'data' in error ? error.data : undefined
  const seconds = typeof data === 'object' && data !== null && 'retryAfterSeconds' in data ? Number(data.retryAfterSeconds) : NaN
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 60
}

/** Payload's reset tokens: 20 random bytes in hex. Nothing else is looked up. */
function isResetToken(token: string): boolean {
  return /^[0-9a-f]{40}$/.test(token)
}

export type ResetRequestResult = { ok: true } | { ok: false; retryAfterSeconds: number }

/**
 * Asks for a reset link for `email` on this tenant's site. The answer is the same whether or not
 * the address has an account or belongs to this tenant: the email, when there is one to send, is
 * queued in the outbox after the response (`after`), so neither the answer nor its timing tells
 * which, and Resend is never called during the request. Only
 * members of this tenant get a link to its site; the limits per address and per inbox are those
 * of Payload's operation (src/collections/Users/hooks/authLimits.ts).
 */
export async function requestSiteReset(site: Site, email: string): Promise<ResetRequestResult> {
  const payload = await payloadClient()
  let token: string | null
  try {
    token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true, req: { headers: new Headers(await headers()) } })
  } catch (error) {
    if (statusOf(error) === 429) return { ok: false, retryAfterSeconds: retryAfterOf(error) }
    throw error
  }
  if (!token) return { ok: true }
  const resetToken = token
  after(async () => {
    try {
      const found = await payload.find({ collection: 'users', where: { email: { equals: email.toLowerCase() } }, depth: 0, limit: 1, overrideAccess: true })
      const user = found.docs[0]
      if (!user || !isMemberOf(user, site.tenant.id)) return
      // Queued, not sent: the outbox's job renders it (this tenant's site, this language) and sends it.
      await enqueueEmail(payload, {
        template: 'site-password-reset',
        to: user.email,
        tenant: site.tenant.id,
        params: { locale: site.locale },
        secrets: { token: resetToken },
        priority: 'account',
        idempotencyKey: `site-password-reset-${createHash('sha256').update(resetToken).digest('hex').slice(0, 32)}`,
      })
    } catch (error) {
      payload.logger.error({ err: error, msg: '[auth] the site reset email could not be sent' })
    }
  })
  return { ok: true }
}

/** The address a usable reset token belongs to (for the form's username field), or null. Reads only. */
export async function readResetToken(token: string): Promise<{ email: string } | null> {
  if (!isResetToken(token)) return null
  const payload = await payloadClient()
  const user = await payload.db.findOne<User>({
    collection: 'users',
    where: { and: [{ resetPasswordToken: { equals: token } }, { resetPasswordExpiration: { greater_than: new Date().toISOString() } }] },
  })
  return user ? { email: user.email } : null
}

export type ResetResult = { ok: true; member: boolean } | { ok: false }

/**
 * Sets the new password through Payload's resetPassword (the token then stops working) and, for a
 * member of this tenant, starts the session on this site.
 */
export async function resetSitePassword(site: Site, token: string, password: string): Promise<ResetResult> {
  if (!isResetToken(token)) return { ok: false }
  const payload = await payloadClient()
  try {
    const result = await payload.resetPassword({ collection: 'users', data: { token, password }, overrideAccess: true, req: { headers: new Headers(await headers()) } })
    const user = result.user as unknown as User | undefined
    if (!user || !isMemberOf(user, site.tenant.id)) return { ok: true, member: false }
    if (result.token) await setSessionCookie(result.token)
    return { ok: true, member: true }
  } catch (error) {
    if (statusOf(error) === 403) return { ok: false }
    throw error
  }
}
