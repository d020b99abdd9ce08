import { cookies, headers } from 'next/headers'
import { createLocalReq, logoutOperation, type TypedUser } from 'payload'

import { incidentLogTenantIds } from '@/access/incidents'
import { isMemberOf } from '@/access/roles'

import { missingSecondStep } from '@/collections/Users/hooks/twoFactorGate'

import { payloadClient } from './payload'
import { holdPendingSignIn, type SignInPlace } from '@/collections/TwoFactorCredentials/signIn'
import { setSessionCookie } from '@/collections/Users/sessionCookie'

export { setSessionCookie }

export type SignInResult =
  | { ok: true; user: TypedUser; /** Left office: only their own incident log is theirs here now. */ former: boolean }
  | { ok: false; reason: 'credentials' | 'not-member' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number }
  /** The password was right; the code page comes next (src/data/twoFactor.ts holds the sign-in meanwhile). */
  | { ok: false; reason: 'second-step' }

function isUnauthorised(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'status' in error && error.status === 401
}

function throttledFor(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error) || error.status !== 429) return undefined
  const data = 'data' in error ? error.data : undefined
  const seconds = typeof data === 'object' && data !== null && 'retryAfterSeconds' in data ? Number(data.retryAfterSeconds) : NaN
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 60
}

/**
 * Signs a member of `tenantId` in from the site's own form: Payload's login, given this request's
 * headers so that its limits (per address, and the growing wait per account) count it as they
 * count REST and GraphQL, then the session cookie, only for a member of this tenant. Call from
 * a server action.
 */
export async function signInMember(tenantId: number, email: string, password: string, next: string): Promise<SignInResult> {
  const payload = await payloadClient()
  let token: string | undefined
  let user: TypedUser | undefined
  try {
    const result = await payload.login({ collection: 'users', data: { email, password }, req: { headers: new Headers(await headers()) } })
    token = result.token
    user = result.user as TypedUser | undefined
  } catch (error) {
    // Right password, and the account has (or must set up) two-step sign-in: the code page next,
    // for a member of this tenant only.
    if (missingSecondStep(error)) {
      const account = await accountByEmail(email)
      if (!account) return { ok: false, reason: 'credentials' }
      const former = !isMemberOf(account, tenantId) && incidentLogTenantIds(account).includes(tenantId)
      if (!isMemberOf(account, tenantId) && !former) return { ok: false, reason: 'not-member' }
      await holdPendingSignIn(account.id, { kind: 'site', tenantId }, next)
      return { ok: false, reason: 'second-step' }
    }
    // Matched on status: the error's class is no help here (the bundler can load Payload's error
    // classes twice).
    const retryAfterSeconds = throttledFor(error)
    if (retryAfterSeconds !== undefined) return { ok: false, reason: 'throttled', retryAfterSeconds }
    if (!isUnauthorised(error)) throw error
    return { ok: false, reason: 'credentials' }
  }
  if (!token || !user) return { ok: false, reason: 'credentials' }
  // Right password, wrong council: no session here (their own council's site is the place). A
  // councillor who left office signs in for one thing only: their own incident log.
  const former = !isMemberOf(user, tenantId) && incidentLogTenantIds(user).includes(tenantId)
  if (!isMemberOf(user, tenantId) && !former) return { ok: false, reason: 'not-member' }
  await setSessionCookie(token)
  return { ok: true, user, former }
}

async function accountByEmail(email: string): Promise<TypedUser | null> {
  const payload = await payloadClient()
  return payload.db.findOne<TypedUser>({ collection: 'users', where: { email: { equals: email.trim().toLowerCase() } } })
}

/**
 * Signs in someone who has just chosen their password (an accepted invitation, a reset), through
 * Payload's login so that its limits count it like any other sign-in. Null if it was refused;
 * 'second-step' when two-step sign-in comes first (set up, for an officer or admin invited), the
 * sign-in then waiting on the code page of `place`.
 */
export async function signInWithNewPassword(email: string, password: string, place: SignInPlace, next: string): Promise<TypedUser | 'second-step' | null> {
  const payload = await payloadClient()
  try {
    const result = await payload.login({ collection: 'users', data: { email, password }, req: { headers: new Headers(await headers()) } })
    if (!result.token || !result.user) return null
    await setSessionCookie(result.token)
    return result.user as TypedUser
  } catch (error) {
    if (missingSecondStep(error)) {
      const account = await accountByEmail(email)
      if (!account) return null
      await holdPendingSignIn(account.id, place, next)
      return 'second-step'
    }
    if (isUnauthorised(error) || throttledFor(error) !== undefined) return null
    throw error
  }
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
