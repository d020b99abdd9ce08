import { describe, expect, it } from 'vitest'

import { newPasswordProblems, PASSWORD_MAX, PASSWORD_MIN } from '@/lib/password'

describe('a new password and its confirmation', () => {
  const email = 'cllr@example.org'
  const good = 'three random words'

  it('accepts a long enough password typed twice', () => {
    expect(newPasswordProblems(good, good, email)).toEqual({})
  })

  it.each([
    ['', '', { password: 'missing', confirm: 'confirmMissing' }],
    ['short', 'short', { password: 'tooShort' }],
    ['x'.repeat(PASSWORD_MAX + 1), 'x'.repeat(PASSWORD_MAX + 1), { password: 'tooLong' }],
    ['CLLR@example.org', 'CLLR@example.org', { password: 'sameAsEmail' }],
    [good, `${good}!`, { confirm: 'mismatch' }],
    [good, '', { confirm: 'confirmMissing' }],
  ])('names each field\'s problem (%#)', (password, confirm, expected) => {
    expect(newPasswordProblems(password, confirm, email)).toEqual(expected)
  })

  it('counts characters, not UTF-16 units, for the minimum', () => {
    expect(newPasswordProblems('🙂'.repeat(PASSWORD_MIN), '🙂'.repeat(PASSWORD_MIN), email)).toEqual({})
    expect(newPasswordProblems('🙂'.repeat(PASSWORD_MIN - 1), '🙂'.repeat(PASSWORD_MIN - 1), email)).toEqual({ password: 'tooShort' })
  })
})
