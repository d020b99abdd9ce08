import { createHash, randomInt } from 'node:crypto'

import { Secret, TOTP } from 'otpauth'

/*
 * Two-step sign-in, the parts that need no database: TOTP as every authenticator app speaks it
 * (RFC 6238: SHA-1, 6 digits, 30-second steps; the defaults the apps assume when they read an
 * otpauth:// address) and single-use recovery codes.
 *
 * A code is accepted for the step before, the current one and the one after (clocks on phones
 * drift), but only for a step later than the last one accepted for the account: a code seen over
 * someone's shoulder, or sent twice, cannot be used again. Which steps were used is the caller's
 * to store (src/collections/TwoFactorCredentials/service.ts claims a step atomically).
 */

export const TOTP_PERIOD_SECONDS = 30
export const TOTP_DIGITS = 6
/** Steps either side of the current one that are still accepted. */
export const TOTP_WINDOW = 1
export const RECOVERY_CODE_COUNT = 10

/** A new secret, 160 bits as RFC 4226 recommends, in the base32 the apps take. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

function totpFor(secret: string, account = '', issuer = ''): TOTP {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS, label: account, issuer })
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, account: string, issuer: string): string {
  return totpFor(secret, account, issuer).toString()
}

/** The time step `now` falls in. */
export function totpStepAt(now: number): number {
  return Math.floor(now / 1000 / TOTP_PERIOD_SECONDS)
}

/** The code for a given step (what the app shows then): used by tests and the demo's README. */
export function totpCodeForStep(secret: string, step: number): string {
  return totpFor(secret).generate({ timestamp: step * TOTP_PERIOD_SECONDS * 1000 })
}

/** The secret in groups of four, for people who type it instead of scanning. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ')
}

/** Digits only, spaces and dashes people type between groups removed; null when it cannot be a code. */
export function normaliseTotpCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '')
  return new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code) ? code : null
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'malformed' | 'wrong' | 'replayed' }

/**
 * Checks `input` against `secret` at `now`: the step it belongs to, within one step either side,
 * and refused as replayed when that step is not after `lastStep` (the last one accepted).
 */
export function checkTotp(secret: string, input: string, lastStep: number | null, now: number = Date.now()): TotpCheck {
  const code = normaliseTotpCode(input)
  if (!code) return { ok: false, reason: 'malformed' }
  const delta = totpFor(secret).validate({ token: code, timestamp: now, window: TOTP_WINDOW })
  if (delta === null) return { ok: false, reason: 'wrong' }
  const step = totpStepAt(now) + delta
  if (lastStep !== null && step <= lastStep) return { ok: false, reason: 'replayed' }
  return { ok: true, step }
}

/** No 0/o, 1/l/i: recovery codes are read off paper and typed by hand. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
const RECOVERY_LENGTH = 10

/** Ten new codes, "abcde-fghjk" (about 49 bits each), shown once and stored only as hashes. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const raw = Array.from({ length: RECOVERY_LENGTH }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('')
    return `${raw.slice(0, 5)}-${raw.slice(5)}`
  })
}

/** Lower case, without spaces or dashes; null when it cannot be a recovery code. */
export function normaliseRecoveryCode(input: string): string | null {
  const code = input.toLowerCase().replace(/[\s-]/g, '')
  return new RegExp(`^[${RECOVERY_ALPHABET}]{${RECOVERY_LENGTH}}$`).test(code) ? code : null
}

/**
 * The stored form of a recovery code, bound to its account (the same code on two accounts hashes
 * differently). A fast hash is enough: 49 random bits are not guessed at the rate sign-ins allow.
 */
export function hashRecoveryCode(userId: number, code: string): string {
  return createHash('sha256').update(`two-factor-recovery:${userId}:`).update(code).digest('hex')
}

/** What someone typed at the code prompt: a code from the app, a recovery code, or neither. */
export function kindOfSecondFactor(input: string): 'totp' | 'recovery' | null {
  if (normaliseTotpCode(input)) return 'totp'
  if (normaliseRecoveryCode(input)) return 'recovery'
  return null
}
