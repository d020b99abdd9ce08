import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { requiresTwoFactor } from '@/access/twoFactor'
import { enqueueEmail } from '@/collections/EmailOutbox/enqueue'
import { accountNoticeTenant } from '@/collections/Users/hooks/credentialNotices'
import { defineRateLimit, storeKey, windowStartOf } from '@/lib/rateLimit'
import { rateLimitStore } from '@/lib/rateLimitStore'
import { checkTotp, hashRecoveryCode, kindOfSecondFactor, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, totpUri } from '@/lib/twoFactor'
import type { User } from '@/payload-types'

import { decryptTotpSecret, encryptTotpSecret } from './crypto'

/*
 * Two-step sign-in for one account, on the server: set-up, checking a code at sign-in, turning it
 * off, and the reset that a password reset brings. Every change of the stored step or of the
 * recovery codes is one conditional UPDATE, so two sign-ins at once cannot both use one code.
 */

export const ISSUER = 'Councillor Safety Portal'

/**
 * Wrong codes per account (at sign-in, set-up, turning off): after five in ten minutes, none is
 * checked until the window ends. A right code costs nothing, so an admin who signs in often is
 * never held up; a guesser gets five tries at a million codes per ten minutes.
 */
export const secondFactorFailuresPerAccount = defineRateLimit({
  name: 'two-factor-failures:account',
  limit: 5,
  windowSeconds: 10 * 60,
  description: 'wrong two-step sign-in codes for one account (then no code is checked until the 10 minutes are over)',
})

type Account = Pick<User, 'id' | 'email' | 'roles' | 'tenants'>

type Row = { id: number; secret?: string | null; pendingSecret?: string | null; enabledAt?: string | null; lastStep?: number | null; recoveryCodes?: unknown }

async function rowOf(payload: Payload, userId: number): Promise<Row | null> {
  const found = await payload.find({ collection: 'two-factor-credentials', where: { user: { equals: userId } }, limit: 1, depth: 0, overrideAccess: true })
  return (found.docs[0] as Row | undefined) ?? null
}

function codesOf(row: Row | null): string[] {
  return Array.isArray(row?.recoveryCodes) ? row.recoveryCodes.filter((code): code is string => typeof code === 'string') : []
}

export type TwoFactorStatus = { enabled: boolean; required: boolean; recoveryCodesLeft: number }

export async function twoFactorStatus(payload: Payload, user: Account): Promise<TwoFactorStatus> {
  const row = await rowOf(payload, user.id)
  const enabled = Boolean(row?.secret)
  return { enabled, required: requiresTwoFactor(user), recoveryCodesLeft: enabled ? codesOf(row).length : 0 }
}

/** What a sign-in must do after the password: nothing, ask for a code, or set two-step sign-in up first. */
export async function secondStepFor(payload: Payload, user: Account): Promise<'none' | 'code' | 'setup'> {
  const { enabled, required } = await twoFactorStatus(payload, user)
  if (enabled) return 'code'
  return required ? 'setup' : 'none'
}

export type SetupSecret = { secret: string; uri: string }

/**
 * The secret to add to an authenticator app. The same one until it is confirmed, so a page shown
 * again (a mistyped code, a reload) does not invalidate what the person already scanned.
 */
export async function beginSetup(payload: Payload, user: Account): Promise<SetupSecret | null> {
  const row = await rowOf(payload, user.id)
  if (row?.secret) return null
  let secret = row?.pendingSecret ? decryptTotpSecret(user.id, row.pendingSecret) : null
  if (!secret) {
    secret = newTotpSecret()
    const pendingSecret = encryptTotpSecret(user.id, secret)
    if (row) await payload.update({ collection: 'two-factor-credentials', id: row.id, data: { pendingSecret }, overrideAccess: true })
    else {
      try {
        await payload.create({ collection: 'two-factor-credentials', data: { user: user.id, pendingSecret }, overrideAccess: true })
      } catch (error) {
        // Two renders of the set-up page at once (seen in CI: the page right after accepting an
        // invitation) both found no row, and the row is unique per user: the other render's secret
        // is the one to show, so that both show the same.
        const other = await rowOf(payload, user.id)
        if (other?.secret) return null
        if (!other?.pendingSecret) throw error
        secret = decryptTotpSecret(user.id, other.pendingSecret)
      }
    }
  }
  return { secret, uri: totpUri(secret, user.email, ISSUER) }
}

export type CodeRefusal = { ok: false; reason: 'malformed' | 'wrong' | 'replayed' } | { ok: false; reason: 'throttled'; retryAfterSeconds: number }

const failureKey = (userId: number) => storeKey(secondFactorFailuresPerAccount, `user:${userId}`)

async function throttled(payload: Payload, userId: number): Promise<CodeRefusal | null> {
  const now = Date.now()
  const start = windowStartOf(secondFactorFailuresPerAccount, now)
  const window = await rateLimitStore(payload).peek(failureKey(userId), start)
  if (!window || window.hits < secondFactorFailuresPerAccount.limit) return null
  const retryAfterSeconds = Math.max(1, Math.ceil((start.getTime() + secondFactorFailuresPerAccount.windowSeconds * 1000 - now) / 1000))
  return { ok: false, reason: 'throttled', retryAfterSeconds }
}

/** Counts a refusal against the account (a malformed entry too: it was still a guess). */
async function counted<T extends { ok: true } | { ok: false; reason: string }>(payload: Payload, userId: number, result: T): Promise<T> {
  // A replayed code is the right code sent twice (a double tap, two tabs), not a guess: refused,
  // but not counted toward the limit, so it cannot lock the person out.
  if (result.ok || result.reason === 'replayed') return result
  const now = Date.now()
  const start = windowStartOf(secondFactorFailuresPerAccount, now)
  await rateLimitStore(payload).hit(failureKey(userId), start, new Date(start.getTime() + 2 * secondFactorFailuresPerAccount.windowSeconds * 1000), new Date(now))
  return result
}

/** Stores `step` as the last one used, only if it is later than the one stored: false when another sign-in got there first. */
async function claimStep(payload: Payload, rowId: number, step: number): Promise<boolean> {
  const result = (await payload.db.drizzle.execute(
    sql`UPDATE two_factor_credentials SET last_step = ${step}, updated_at = now() WHERE id = ${rowId} AND (last_step IS NULL OR last_step < ${step}) RETURNING id`,
  )) as unknown as { rows: unknown[] }
  return result.rows.length === 1
}

/**
 * Confirms set-up with the first code from the app: the secret becomes the account's, and ten
 * recovery codes are made. They are returned once, here, to show once; only their hashes stay.
 */
export async function confirmSetup(payload: Payload, user: Account, code: string): Promise<{ ok: true; recoveryCodes: string[] } | CodeRefusal> {
  const wait = await throttled(payload, user.id)
  if (wait) return wait
  const row = await rowOf(payload, user.id)
  if (!row?.pendingSecret || row.secret) return counted(payload, user.id, { ok: false, reason: 'wrong' } as const)
  const secret = decryptTotpSecret(user.id, row.pendingSecret)
  const check = checkTotp(secret, code, row.lastStep ?? null)
  if (!check.ok) return counted(payload, user.id, check)
  const recoveryCodes = newRecoveryCodes()
  const hashes = recoveryCodes.map((recovery) => hashRecoveryCode(user.id, normaliseRecoveryCode(recovery) ?? recovery))
  await payload.update({
    collection: 'two-factor-credentials',
    id: row.id,
    data: { secret: row.pendingSecret, pendingSecret: null, enabledAt: new Date().toISOString(), lastStep: check.step, recoveryCodes: hashes },
    overrideAccess: true,
  })
  await enqueueEmail(payload, { template: 'two-factor-changed', to: user.email, tenant: accountNoticeTenant(user), params: { change: 'on' }, priority: 'account' })
  return { ok: true, recoveryCodes }
}

export type SecondFactorResult = { ok: true; recoveryCodesLeft: number | null } | CodeRefusal

/**
 * Checks what someone typed at the code prompt: a code from their app (not one already used) or
 * one of their unused recovery codes, which is then spent and the owner told. Counted per account.
 */
export async function verifySecondFactor(payload: Payload, user: Account, input: string): Promise<SecondFactorResult> {
  const wait = await throttled(payload, user.id)
  if (wait) return wait
  return counted(payload, user.id, await checkSecondFactor(payload, user, input))
}

async function checkSecondFactor(payload: Payload, user: Account, input: string): Promise<SecondFactorResult> {
  const kind = kindOfSecondFactor(input)
  if (!kind) return { ok: false, reason: 'malformed' }
  const row = await rowOf(payload, user.id)
  if (!row?.secret) return { ok: false, reason: 'wrong' }
  if (kind === 'totp') {
    const check = checkTotp(decryptTotpSecret(user.id, row.secret), input, row.lastStep ?? null)
    if (!check.ok) return check
    if (!(await claimStep(payload, row.id, check.step))) return { ok: false, reason: 'replayed' }
    return { ok: true, recoveryCodesLeft: null }
  }
  const hash = hashRecoveryCode(user.id, normaliseRecoveryCode(input) ?? '')
  const spent = (await payload.db.drizzle.execute(
    sql`UPDATE two_factor_credentials SET recovery_codes = recovery_codes - ${hash}::text, updated_at = now()
        WHERE id = ${row.id} AND recovery_codes @> jsonb_build_array(${hash}::text)
        RETURNING jsonb_array_length(recovery_codes) AS "left"`,
  )) as unknown as { rows: { left: number }[] }
  const left = spent.rows[0]?.left
  if (left === undefined) return { ok: false, reason: 'wrong' }
  await enqueueEmail(payload, { template: 'two-factor-changed', to: user.email, tenant: accountNoticeTenant(user), params: { change: 'recovery-used', left }, priority: 'account' })
  return { ok: true, recoveryCodesLeft: left }
}

/** Turns two-step sign-in off, with a current code, for someone who may go without it. */
export async function turnOffTwoFactor(payload: Payload, user: Account, code: string): Promise<{ ok: true } | CodeRefusal | { ok: false; reason: 'required' }> {
  if (requiresTwoFactor(user)) return { ok: false, reason: 'required' }
  const checked = await verifySecondFactor(payload, user, code)
  if (!checked.ok) return checked
  await payload.delete({ collection: 'two-factor-credentials', where: { user: { equals: user.id } }, overrideAccess: true })
  await enqueueEmail(payload, { template: 'two-factor-changed', to: user.email, tenant: accountNoticeTenant(user), params: { change: 'off' }, priority: 'account' })
  return { ok: true }
}

/**
 * The reset that comes with a password reset through the emailed link (the address on file is
 * the one way back for someone who lost their phone and their codes). Those who must have two-step
 * sign-in set it up again at their next sign-in.
 */
export async function resetTwoFactor(payload: Payload, user: Pick<User, 'id' | 'email' | 'tenants'>, req?: Parameters<typeof enqueueEmail>[2]): Promise<boolean> {
  const row = await rowOf(payload, user.id)
  if (!row) return false
  await payload.delete({ collection: 'two-factor-credentials', id: row.id, overrideAccess: true, ...(req ? { req } : {}) })
  if (row.secret) await enqueueEmail(payload, { template: 'two-factor-changed', to: user.email, tenant: accountNoticeTenant(user), params: { change: 'reset' }, priority: 'account' }, req)
  return Boolean(row.secret)
}

/**
 * Two-step sign-in on, with a secret chosen by the server's own code: the seeded admin of a test
 * run or a deployment that sets SEED_ADMIN_TOTP_SECRET, and test fixtures. Never from a request.
 */
export async function enableTwoFactorWithSecret(payload: Payload, userId: number, secret: string): Promise<void> {
  if (!/^[A-Z2-7]{16,}$/.test(secret)) throw new Error('A TOTP secret must be base32 (A-Z, 2-7), at least 16 characters')
  await payload.delete({ collection: 'two-factor-credentials', where: { user: { equals: userId } }, overrideAccess: true })
  await payload.create({
    collection: 'two-factor-credentials',
    data: { user: userId, secret: encryptTotpSecret(userId, secret), enabledAt: new Date().toISOString(), recoveryCodes: [] },
    overrideAccess: true,
  })
}
