import { describe, expect, it } from 'vitest'

import {
  checkTotp,
  groupedSecret,
  hashRecoveryCode,
  kindOfSecondFactor,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  totpCodeForStep,
  totpStepAt,
  totpUri,
} from '@/lib/twoFactor'

// RFC 6238's SHA-1 test secret ("12345678901234567890" in base32) and its published vector:
// at 59 s the 8-digit code is 94287082, so the 6-digit one is its last six digits.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'

describe('TOTP codes', () => {
  it('matches RFC 6238', () => {
    expect(totpCodeForStep(RFC_SECRET, totpStepAt(59_000))).toBe('287082')
  })

  it('accepts the current step and one either side, and nothing further', () => {
    const secret = newTotpSecret()
    const now = 1_800_000_015_000
    const step = totpStepAt(now)
    expect(checkTotp(secret, totpCodeForStep(secret, step), null, now)).toEqual({ ok: true, step })
    expect(checkTotp(secret, totpCodeForStep(secret, step - 1), null, now)).toEqual({ ok: true, step: step - 1 })
    expect(checkTotp(secret, totpCodeForStep(secret, step + 1), null, now)).toEqual({ ok: true, step: step + 1 })
    expect(checkTotp(secret, totpCodeForStep(secret, step - 2), null, now)).toEqual({ ok: false, reason: 'wrong' })
    expect(checkTotp(secret, totpCodeForStep(secret, step + 2), null, now)).toEqual({ ok: false, reason: 'wrong' })
  })

  it('refuses a code whose step is not after the last one accepted (no replay)', () => {
    const secret = newTotpSecret()
    const now = 1_800_000_015_000
    const step = totpStepAt(now)
    const code = totpCodeForStep(secret, step)
    expect(checkTotp(secret, code, step, now)).toEqual({ ok: false, reason: 'replayed' })
    expect(checkTotp(secret, totpCodeForStep(secret, step - 1), step, now)).toEqual({ ok: false, reason: 'replayed' })
    // The next step's code is still good after this one was used.
    expect(checkTotp(secret, totpCodeForStep(secret, step + 1), step, now)).toEqual({ ok: true, step: step + 1 })
  })

  it('takes codes typed with spaces, and calls anything else malformed', () => {
    const secret = newTotpSecret()
    const now = 1_800_000_015_000
    const code = totpCodeForStep(secret, totpStepAt(now))
    expect(checkTotp(secret, ` ${code.slice(0, 3)} ${code.slice(3)} `, null, now).ok).toBe(true)
    expect(checkTotp(secret, '12345', null, now)).toEqual({ ok: false, reason: 'malformed' })
    expect(checkTotp(secret, 'abcdef', null, now)).toEqual({ ok: false, reason: 'malformed' })
    expect(checkTotp(secret, '', null, now)).toEqual({ ok: false, reason: 'malformed' })
  })

  it('writes an otpauth address the apps read, and the secret in groups to type', () => {
    const uri = totpUri(RFC_SECRET, 'officer@example.org', 'Councillor Safety Portal')
    expect(uri).toMatch(/^otpauth:\/\/totp\//)
    expect(uri).toContain(`secret=${RFC_SECRET}`)
    expect(uri).toContain('period=30')
    expect(groupedSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ')
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/)
  })
})

describe('recovery codes', () => {
  it('makes ten distinct codes in two groups of five, which read back whatever the case or spacing', () => {
    const codes = newRecoveryCodes()
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/)
      expect(normaliseRecoveryCode(` ${code.toUpperCase()} `)).toBe(code.replace('-', ''))
    }
    expect(normaliseRecoveryCode('short')).toBeNull()
    expect(normaliseRecoveryCode('0000011111')).toBeNull()
  })

  it('hashes a code per account, so one stored hash opens only its own account', () => {
    expect(hashRecoveryCode(1, 'abcdefghjk')).not.toBe(hashRecoveryCode(2, 'abcdefghjk'))
    expect(hashRecoveryCode(1, 'abcdefghjk')).toMatch(/^[0-9a-f]{64}$/)
  })

  it('tells a code from the app from a recovery code', () => {
    expect(kindOfSecondFactor('123 456')).toBe('totp')
    expect(kindOfSecondFactor('abcde-fghjk')).toBe('recovery')
    expect(kindOfSecondFactor('hello')).toBeNull()
  })
})
