/**
 * Svix signatures (Resend's webhooks), checked with node:crypto: against the example Svix publishes
 * in its documentation (the `svix` package is not a dependency), then every way a request fails.
 */
import { describe, expect, it } from 'vitest'

import { svixHeaders, svixSignature, verifySvix } from '@/lib/webhooks/svix'

// Svix's documented example (docs.svix.com, "Verifying Webhooks Manually" and the library's README).
const SVIX_EXAMPLE = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
}
const bytes = (text: string) => new TextEncoder().encode(text)
const atExample = SVIX_EXAMPLE.timestamp * 1000
const exampleHeaders = { id: SVIX_EXAMPLE.id, timestamp: String(SVIX_EXAMPLE.timestamp), signature: SVIX_EXAMPLE.signature }

describe('svix signatures', () => {
  it('signs Svix\'s documented example to its documented signature', () => {
    expect(svixSignature(SVIX_EXAMPLE.secret, SVIX_EXAMPLE.id, SVIX_EXAMPLE.timestamp, SVIX_EXAMPLE.body)).toBe(SVIX_EXAMPLE.signature)
  })

  it('accepts the example at its time, and among several signatures (a secret being rotated)', () => {
    expect(verifySvix(SVIX_EXAMPLE.secret, exampleHeaders, bytes(SVIX_EXAMPLE.body), atExample)).toEqual({ ok: true, id: SVIX_EXAMPLE.id, timestamp: SVIX_EXAMPLE.timestamp })
    const rotated = { ...exampleHeaders, signature: `v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= ${SVIX_EXAMPLE.signature}` }
    expect(verifySvix(SVIX_EXAMPLE.secret, rotated, bytes(SVIX_EXAMPLE.body), atExample).ok).toBe(true)
  })

  it('refuses a body changed by one byte, another secret, another id, or a signature of another version', () => {
    expect(verifySvix(SVIX_EXAMPLE.secret, exampleHeaders, bytes('{"test": 2432232315}'), atExample)).toMatchObject({ ok: false, status: 401 })
    expect(verifySvix('whsec_' + Buffer.from('another secret').toString('base64'), exampleHeaders, bytes(SVIX_EXAMPLE.body), atExample)).toMatchObject({ ok: false, status: 401 })
    expect(verifySvix(SVIX_EXAMPLE.secret, { ...exampleHeaders, id: 'msg_other' }, bytes(SVIX_EXAMPLE.body), atExample)).toMatchObject({ ok: false, status: 401 })
    expect(verifySvix(SVIX_EXAMPLE.secret, { ...exampleHeaders, signature: SVIX_EXAMPLE.signature.replace('v1,', 'v2,') }, bytes(SVIX_EXAMPLE.body), atExample)).toMatchObject({ ok: false, status: 401 })
    expect(verifySvix(SVIX_EXAMPLE.secret, { ...exampleHeaders, signature: 'v1,short' }, bytes(SVIX_EXAMPLE.body), atExample)).toMatchObject({ ok: false, status: 401 })
  })

  it('allows five minutes either way and no more', () => {
    const body = bytes(SVIX_EXAMPLE.body)
    expect(verifySvix(SVIX_EXAMPLE.secret, exampleHeaders, body, atExample + 300_000).ok).toBe(true)
    expect(verifySvix(SVIX_EXAMPLE.secret, exampleHeaders, body, atExample - 300_000).ok).toBe(true)
    expect(verifySvix(SVIX_EXAMPLE.secret, exampleHeaders, body, atExample + 301_000)).toMatchObject({ ok: false, status: 401, reason: expect.stringContaining('5 minutes') })
    expect(verifySvix(SVIX_EXAMPLE.secret, exampleHeaders, body, atExample - 301_000)).toMatchObject({ ok: false, status: 401 })
  })

  it('says 400 for missing or malformed headers', () => {
    const body = bytes(SVIX_EXAMPLE.body)
    expect(verifySvix(SVIX_EXAMPLE.secret, { ...exampleHeaders, id: null }, body, atExample)).toMatchObject({ ok: false, status: 400 })
    expect(verifySvix(SVIX_EXAMPLE.secret, { ...exampleHeaders, signature: null }, body, atExample)).toMatchObject({ ok: false, status: 400 })
    expect(verifySvix(SVIX_EXAMPLE.secret, { ...exampleHeaders, timestamp: '2021-02-25T15:02:10Z' }, body, atExample)).toMatchObject({ ok: false, status: 400 })
  })

  it('headers made by svixHeaders verify (the test signer and the capture server use it)', () => {
    const headers = svixHeaders(SVIX_EXAMPLE.secret, 'msg_1', '{"a":1}')
    expect(verifySvix(SVIX_EXAMPLE.secret, { id: headers['svix-id'] ?? null, timestamp: headers['svix-timestamp'] ?? null, signature: headers['svix-signature'] ?? null }, bytes('{"a":1}')).ok).toBe(true)
  })
})
