import { describe, expect, it } from 'vitest'

import { addressList, idempotencyKeyOf } from '@/email/addresses'
import { oneLineSubject } from '@/email/sender'

describe('email helpers', () => {
  it('addressList flattens nodemailer-style recipients', () => {
    expect(addressList('a@example.org, b@example.org')).toEqual(['a@example.org', 'b@example.org'])
    expect(addressList({ name: 'Officer', address: 'mo@example.org' })).toEqual(['Officer <mo@example.org>'])
    expect(addressList(['a@example.org', { address: 'c@example.org' }])).toEqual(['a@example.org', 'c@example.org'])
    expect(addressList(undefined)).toEqual([])
  })

  it('idempotencyKeyOf finds the header whatever its case', () => {
    expect(idempotencyKeyOf({ 'idempotency-key': 'k1' })).toBe('k1')
    expect(idempotencyKeyOf({ 'Idempotency-Key': 'k2' })).toBe('k2')
    expect(idempotencyKeyOf({ 'X-Other': 'no' })).toBeUndefined()
    expect(idempotencyKeyOf(undefined)).toBeUndefined()
  })

  it('oneLineSubject keeps a subject on one line, whatever line break it carries', () => {
    expect(oneLineSubject('Council\r\nBcc: x@example.org\u2028more')).toBe('Council Bcc: x@example.org more')
  })
})
