import { APIError, type CollectionAfterDeleteHook, type CollectionAfterOperationHook, type CollectionBeforeLoginHook, type PayloadRequest } from 'payload'

import { requiresTwoFactor } from '@/access/twoFactor'
import { resetTwoFactor, secondStepFor, verifySecondFactor } from '@/collections/TwoFactorCredentials/service'
import type { User } from '@/payload-types'

import { isPasswordReset } from './credentialNotices'

/*
 * Two-step sign-in inside Payload's own login operation, so that no door skips it: REST and
 * GraphQL `login`, and the Local API when called for a request (the site's and the admin's
 * sign-in forms). It runs after the password was checked. Calls the server makes for itself
 * (seed, jobs, tests: no request headers) are not gated, as they are not rate-limited.
 *
 * REST callers send the code as `code` beside the email and password. The portal's own forms do
 * not: they catch the refusal (its `data.twoFactor` says which step is missing), keep only a
 * sealed "password accepted" cookie, and ask for the code on a page of their own
 * (src/data/twoFactor.ts), which starts the session once the code is right.
 */

export type SecondStep = 'code' | 'setup'

export const SETUP_REQUIRED_MESSAGE =
  'This account must use two-step sign-in, and it is not set up yet. Sign in at /admin/login (or on your council\'s site), which walks you through setting it up.'
export const CODE_REQUIRED_MESSAGE =
  'This account uses two-step sign-in: send the 6-digit code from the authenticator app (or one of the recovery codes) as `code` with the email and password.'

function fromOutside(req: PayloadRequest): boolean {
  return req.payloadAPI !== 'local' || Boolean(req.headers?.has('host') || req.headers?.has('x-forwarded-for'))
}

function codeIn(req: PayloadRequest): string | undefined {
  const data: unknown = req.data
  const code = typeof data === 'object' && data !== null && 'code' in data ? data.code : undefined
  return typeof code === 'string' && code.trim() !== '' ? code.slice(0, 64) : undefined
}

/** The second step a refused login is missing, read from the error Payload's login threw; undefined for any other error. */
export function missingSecondStep(error: unknown): SecondStep | undefined {
  const data = typeof error === 'object' && error !== null && 'data' in error ? error.data : undefined
  const step = typeof data === 'object' && data !== null && 'twoFactor' in data ? data.twoFactor : undefined
  return step === 'code' || step === 'setup' ? step : undefined
}

export const requireSecondStep: CollectionBeforeLoginHook<User> = async ({ req, user }) => {
  // A reset through the emailed link resets two-step sign-in too: the address on file is the way
  // back for someone who lost their phone. (No session comes of it for those who must have it:
  // endResetSessions below.)
  if (isPasswordReset(req)) {
    await resetTwoFactor(req.payload, user, req)
    return user
  }
  if (!fromOutside(req)) return user
  const step = await secondStepFor(req.payload, user)
  if (step === 'none') return user
  if (step === 'setup') throw new APIError(SETUP_REQUIRED_MESSAGE, 403, { twoFactor: 'setup' }, true)
  const code = codeIn(req)
  if (!code) throw new APIError(CODE_REQUIRED_MESSAGE, 401, { twoFactor: 'code' }, true)
  const checked = await verifySecondFactor(req.payload, user, code)
  if (checked.ok) return user
  if (checked.reason === 'throttled') {
    req.responseHeaders = new Headers({ 'Retry-After': String(checked.retryAfterSeconds) })
    throw new APIError(`Too many two-step sign-in codes tried. Try again in ${Math.ceil(checked.retryAfterSeconds / 60)} minute(s).`, 429, { retryAfterSeconds: checked.retryAfterSeconds }, true)
  }
  throw new APIError(
    checked.reason === 'replayed' ? 'That code was already used: wait for the next one from the app.' : 'That two-step sign-in code is not right.',
    401,
    { twoFactor: 'code' },
    true,
  )
}

/**
 * Payload's resetPassword signs the person in as it resets. For someone who must use two-step
 * sign-in that would be a session without it: their sessions end instead (someone else may have
 * been signed in as them), and they sign in again, setting it up on the way.
 */
export const endResetSessions: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  const user = (result as unknown as { user?: User }).user
  if (!user || !requiresTwoFactor(user)) return result
  await req.payload.db.updateOne({ collection: 'users', id: user.id, data: { sessions: [] }, req, returning: false })
  return { ...result, token: undefined }
}

/** A deleted account's secret and recovery codes go with it. */
export const forgetTwoFactorOfDeleted: CollectionAfterDeleteHook<User> = async ({ id, req }) => {
  await req.payload.delete({ collection: 'two-factor-credentials', where: { user: { equals: id } }, overrideAccess: true, req })
}
