import { cookies, headers } from 'next/headers'
import { createLocalReq, generatePayloadCookie, logoutOperation, type Payload, type TypedUser } from 'payload'

import { isMemberOf } from '@/access/roles'
import { attemptAuthAction } from '@/lib/authRateLimit'

import { payloadClient } from './payload'

export type SignInResult =
  | { ok: true; user: TypedUser }
  | { ok: false; reason: 'credentials' | 'locked' | 'not-member' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }

function isUnauthorised(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'status' in error && error.status === 401
}

async function isLocked(payload: Payload, email: string): Promise<boolean> {
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: email.toLowerCase() } },
    overrideAccess: true,
    showHiddenFields: true,
    depth: 0,
    limit: 1,
  })
  const lockUntil = found.docs[0]?.lockUntil
  return Boolean(lockUntil && new Date(lockUntil).getTime() > Date.now())
}

/**
 * Signs a member of `tenantId` in from the site's own form: the same per-address limit as the
 * REST and GraphQL logins, then Payload's login (which counts wrong passwords and locks the
 * account), then the session cookie, only for a member of this tenant. Call from a server action.
 */
export async function signInMember(tenantId: number, email: string, password: string): Promise<SignInResult> {
  const limit = attemptAuthAction('login', await headers())
  if (!limit.allowed) return { ok: false, reason: 'throttled', retryAfterSeconds: limit.retryAfterSeconds }
  const payload = await payloadClient()
  let token: string | undefined
  let user: TypedUser | undefined
  try {
    const result = await payload.login({ collection: 'users', data: { email, password } })
    token = result.token
    user = result.user as TypedUser | undefined
  } catch (error) {
    // Payload refuses with a 401 for a wrong password and for a locked account alike. The error's
    // class is no help here (the bundler can load Payload's error classes twice), so the account
    // itself says which it was.
    if (!isUnauthorised(error)) throw error
    return { ok: false, reason: (await isLocked(payload, email)) ? 'locked' : 'credentials' }
  }
  if (!token || !user) return { ok: false, reason: 'credentials' }
  // Right password, wrong council: no session here (their own council's site is the place).
  if (!isMemberOf(user, tenantId)) return { ok: false, reason: 'not-member' }
  const authConfig = payload.collections.users.config.auth
  const cookie = generatePayloadCookie({ collectionAuthConfig: authConfig, cookiePrefix: payload.config.cookiePrefix, returnCookieAsObject: true, token })
  if (cookie.value) {
    ;(await cookies()).set(cookie.name, cookie.value, {
      expires: cookie.expires ? new Date(cookie.expires) : undefined,
      httpOnly: true,
      path: '/',
      sameSite: 'lax',
      secure: Boolean(authConfig.cookies.secure),
    })
  }
  return { ok: true, user }
}

/** Ends the session of this request (in Payload too, so the token stops working) and clears the cookie. */
export async function signOut(): Promise<void> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (user) {
    const req = await createLocalReq({ user }, payload)
    await logoutOperation({ collection: payload.collections.users, req })
  }
  ;(await cookies()).delete(`${payload.config.cookiePrefix}-token`)
}
