import { describe, expect, it } from 'vitest'

import { hashInvitationToken, isWellFormedToken, newInvitationToken, tokenMatches } from '@/collections/Invitations/token'

describe('invitation tokens', () => {
  it('are random, well formed, and stored only as their hash', () => {
    const a = newInvitationToken()
    const b = newInvitationToken()
    expect(a.token).not.toBe(b.token)
    expect(isWellFormedToken(a.token)).toBe(true)
    expect(a.hash).toBe(hashInvitationToken(a.token))
    expect(a.hash).not.toContain(a.token)
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('match only their own hash', () => {
    const { token, hash } = newInvitationToken()
    expect(tokenMatches(hash, token)).toBe(true)
    expect(tokenMatches(hash, newInvitationToken().token)).toBe(false)
    expect(tokenMatches('not-hex', token)).toBe(false)
  })

  it('anything else is not a token', () => {
    for (const value of ['', 'x'.repeat(42), 'x'.repeat(44), `${'x'.repeat(42)}/`, '../../etc/passwd']) expect(isWellFormedToken(value)).toBe(false)
  })
})
