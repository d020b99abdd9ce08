import { describe, expect, it } from 'vitest'

import { addressList, idempotencyKeyOf } from '@/email/addresses'
import { escapeHtml } from '@/email/escapeHtml'

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

  it('escapeHtml keeps text as text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })
})
