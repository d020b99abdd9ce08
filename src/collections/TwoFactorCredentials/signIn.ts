import { cookies, headers } from 'next/headers'
import { addSessionToUser } from 'payload/shared'
import { createLocalReq, getFieldsToSign, jwtSign, type TypedUser } from 'payload'
import qrcode from 'qrcode-generator'

import { getPayload, type Payload } from 'payload'

import { openCookieValue, sealCookieValue } from './crypto'
import {
  beginSetup,
  confirmSetup,
  secondStepFor,
  turnOffTwoFactor,
  twoFactorStatus,
  verifySecondFactor,
  type CodeRefusal,
  type TwoFactorStatus,
} from './service'
import { failuresPerAccount } from '@/collections/Users/hooks/authLimits'
import { storeKey } from '@/lib/rateLimit'
import { rateLimitStore } from '@/lib/rateLimitStore'
import { groupedSecret } from '@/lib/twoFactor'
import type { User } from '@/payload-types'

import { setSessionCookie } from '@/collections/Users/sessionCookie'

/*
 * The second step of a sign-in, for the site's form and the admin's alike.
 *
 * The password is checked by Payload's login, which refuses to start a session for an account
 * with (or needing) two-step sign-in (src/collections/Users/hooks/twoFactorGate.ts). Only then is
 * a "password accepted" cookie set: sealed (AES-GCM), httpOnly, ten minutes, naming the account.
 * The code page reads it; a right code (or the first code of a set-up) starts the real session.
 *
 * The recovery codes made at set-up are shown on a page of their own, after the session started
 * and the browser was redirected there: they travel in a second sealed cookie, five minutes long,
 * that the page reads and its "I have saved them" button clears. (A form that set the session and
 * then re-rendered itself would lose them: the step they belong to is over by then.)
 */

/** Loaded when first needed: this module is reached from the config's own graph (admin views). */
export async function payloadClient(): Promise<Payload> {
  const { default: config } = await import('@payload-config')
  return getPayload({ config })
}

/** Whoever this request's session cookie names (the admin's actions, which have no page props). */
export async function currentUser(): Promise<User | null> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return (user as User | null) ?? null
}

const PENDING_COOKIE = 'csp-two-step'
const CODES_COOKIE = 'csp-recovery-codes'
const PENDING_SECONDS = 10 * 60
const CODES_SECONDS = 5 * 60

export type SignInPlace = { kind: 'site'; tenantId: number } | { kind: 'admin' }
export type PendingSignIn = { user: User; step: 'code' | 'setup'; next: string; place: SignInPlace }

async function cookieOptions(maxAge: number) {
  const payload = await payloadClient()
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', maxAge, secure: Boolean(payload.collections.users.config.auth.cookies.secure) }
}

/** After the password was accepted: remembers whose sign-in waits for its code, and where it returns. */
export async function holdPendingSignIn(userId: number, place: SignInPlace, next: string): Promise<void> {
  const value = sealCookieValue(PENDING_COOKIE, { userId, place, next }, PENDING_SECONDS)
  ;(await cookies()).set(PENDING_COOKIE, value, await cookieOptions(PENDING_SECONDS))
}

function placeOf(value: unknown): SignInPlace | null {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return null
  if (value.kind === 'admin') return { kind: 'admin' }
  if (value.kind === 'site' && 'tenantId' in value && typeof value.tenantId === 'number') return { kind: 'site', tenantId: value.tenantId }
  return null
}

/** The sign-in waiting for its second step in this browser, read afresh from the database; null if none (or expired). */
export async function pendingSignIn(): Promise<PendingSignIn | null> {
  const held = openCookieValue(PENDING_COOKIE, (await cookies()).get(PENDING_COOKIE)?.value)
  const place = placeOf(held?.place)
  if (!held || typeof held.userId !== 'number' || typeof held.next !== 'string' || !place) return null
  const payload = await payloadClient()
  const user = await payload.findByID({ collection: 'users', id: held.userId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!user) return null
  const step = await secondStepFor(payload, user)
  if (step === 'none') return null
  return { user, step, next: held.next, place }
}

export async function forgetPendingSignIn(): Promise<void> {
  ;(await cookies()).delete(PENDING_COOKIE)
}

/** Starts the session a login would have started, once the second step is done. */
async function startSession(user: User): Promise<void> {
  const payload = await payloadClient()
  const collectionConfig = payload.collections.users.config
  const stored = await payload.db.findOne<TypedUser>({ collection: 'users', where: { id: { equals: user.id } } })
  if (!stored) throw new Error('The account went away during its sign-in')
  const req = await createLocalReq({}, payload)
  const { sid } = await addSessionToUser({ collectionConfig, payload, req, user: stored })
  const fieldsToSign = getFieldsToSign({ collectionConfig, email: user.email, sid, user: { ...stored, collection: 'users' } })
  const { token } = await jwtSign({ fieldsToSign, secret: payload.secret, tokenExpiration: collectionConfig.auth.tokenExpiration })
  await setSessionCookie(token)
  // As Payload's own successful login does (hooks/authLimits.ts): the run of failed passwords ends.
  await rateLimitStore(payload).reset(storeKey(failuresPerAccount, user.email))
}

export type SetupView = { secret: string; groupedSecret: string; uri: string; qr: QrModules }
/** The QR code's dark modules, row by row, for an SVG drawn by the page (no script, no data: URL). */
export type QrModules = { size: number; path: string }

function qrModules(text: string): QrModules {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const size = qr.getModuleCount()
  let path = ''
  for (let row = 0; row < size; row += 1) for (let col = 0; col < size; col += 1) if (qr.isDark(row, col)) path += `M${col} ${row}h1v1h-1z`
  return { size, path }
}

/** The secret to scan (or type) for `user`'s set-up; null when two-step sign-in is already on. */
export async function setupFor(user: User): Promise<SetupView | null> {
  const setup = await beginSetup(await payloadClient(), user)
  if (!setup) return null
  return { secret: setup.secret, groupedSecret: groupedSecret(setup.secret), uri: setup.uri, qr: qrModules(setup.uri) }
}

export type SecondStepOutcome = { ok: true; next: string; recoveryCodes: boolean } | CodeRefusal

/**
 * The code typed on the second-step page: confirms set-up (then the recovery codes are waiting to
 * be shown) or checks the code; either way, once right, the session starts and the pending
 * cookie goes.
 */
export async function completeSecondStep(pending: PendingSignIn, code: string): Promise<SecondStepOutcome> {
  const payload = await payloadClient()
  if (pending.step === 'setup') {
    const confirmed = await confirmSetup(payload, pending.user, code)
    if (!confirmed.ok) return confirmed
    await startSession(pending.user)
    await forgetPendingSignIn()
    await holdRecoveryCodes(pending.user.id, confirmed.recoveryCodes)
    return { ok: true, next: pending.next, recoveryCodes: true }
  }
  const checked = await verifySecondFactor(payload, pending.user, code)
  if (!checked.ok) return checked
  await startSession(pending.user)
  await forgetPendingSignIn()
  return { ok: true, next: pending.next, recoveryCodes: false }
}

export async function statusFor(user: User): Promise<TwoFactorStatus> {
  return twoFactorStatus(await payloadClient(), user)
}

/** Turning it on from the members' area or the admin's account page: the first code confirms. */
export async function turnOn(user: User, code: string): Promise<{ ok: true } | CodeRefusal> {
  const confirmed = await confirmSetup(await payloadClient(), user, code)
  if (!confirmed.ok) return confirmed
  await holdRecoveryCodes(user.id, confirmed.recoveryCodes)
  return { ok: true }
}

export async function turnOff(user: User, code: string) {
  return turnOffTwoFactor(await payloadClient(), user, code)
}

async function holdRecoveryCodes(userId: number, codes: string[]): Promise<void> {
  const value = sealCookieValue(CODES_COOKIE, { userId, codes }, CODES_SECONDS)
  ;(await cookies()).set(CODES_COOKIE, value, await cookieOptions(CODES_SECONDS))
}

/** The recovery codes just made for `userId`, while they wait to be saved; null once saved or expired. */
export async function recoveryCodesToShow(userId: number): Promise<string[] | null> {
  const held = openCookieValue(CODES_COOKIE, (await cookies()).get(CODES_COOKIE)?.value)
  if (!held || held.userId !== userId || !Array.isArray(held.codes)) return null
  return held.codes.filter((code): code is string => typeof code === 'string')
}

export async function forgetRecoveryCodes(): Promise<void> {
  ;(await cookies()).delete(CODES_COOKIE)
}
