import { createHmac, timingSafeEqual } from 'node:crypto'

/*
 * Svix's webhook signatures (Resend signs its webhooks with Svix), checked with node:crypto so the
 * portal needs no extra package. The signed content is `${svix-id}.${svix-timestamp}.${raw body}`;
 * the key is the base64 part of the endpoint's `whsec_...` secret; `svix-signature` holds one or
 * more space-separated `v1,<base64 HMAC-SHA256>` (several while a secret is being rotated).
 */

/** How far a signature's timestamp may be from our clock, either way (Svix's own tolerance). */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60

const SECRET_PREFIX = 'whsec_'

export type SvixHeaders = { id: string | null; timestamp: string | null; signature: string | null }

export type SvixRefusal = { ok: false; status: 400 | 401; reason: string }
export type SvixVerdict = { ok: true; id: string; timestamp: number } | SvixRefusal

/** The HMAC key of a `whsec_...` secret (Resend shows it that way); a bare base64 key is accepted too. */
export function svixKey(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret
  const key = Buffer.from(encoded, 'base64')
  if (key.length === 0) throw new Error('The webhook secret is empty: copy it from Resend as whsec_...')
  return key
}

/** The `v1,<base64>` signature of a message. Used by the verifier, and by tests and the capture server to sign. */
export function svixSignature(secret: string, id: string, timestamp: number, body: string | Uint8Array): string {
  const hmac = createHmac('sha256', svixKey(secret))
  hmac.update(`${id}.${timestamp}.`)
  hmac.update(body)
  return `v1,${hmac.digest('base64')}`
}

/** The three headers a Svix sender adds, for a body signed now (or at `timestamp`). */
export function svixHeaders(secret: string, id: string, body: string | Uint8Array, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  return { 'svix-id': id, 'svix-timestamp': String(timestamp), 'svix-signature': svixSignature(secret, id, timestamp, body) }
}

/**
 * Checks a request's Svix headers against its raw body. Missing or malformed headers are 400; a
 * timestamp outside the tolerance or no matching signature is 401. Comparisons are constant-time.
 */
export function verifySvix(secret: string, headers: SvixHeaders, body: Uint8Array, nowMs = Date.now()): SvixVerdict {
  const { id, timestamp, signature } = headers
  if (!id || !timestamp || !signature) return { ok: false, status: 400, reason: 'svix-id, svix-timestamp and svix-signature headers are required.' }
  if (id.length > 200) return { ok: false, status: 400, reason: 'svix-id is too long.' }
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, status: 400, reason: 'svix-timestamp must be whole seconds since 1970.' }
  const seconds = Number(timestamp)
  if (Math.abs(nowMs / 1000 - seconds) > SIGNATURE_TOLERANCE_SECONDS) {
    return { ok: false, status: 401, reason: `svix-timestamp is more than ${SIGNATURE_TOLERANCE_SECONDS / 60} minutes from the server's clock.` }
  }
  const expected = Buffer.from(svixSignature(secret, id, seconds, body).slice('v1,'.length), 'base64')
  const matches = signature
    .split(' ')
    .filter((part) => part.startsWith('v1,'))
    .some((part) => {
      const given = Buffer.from(part.slice('v1,'.length), 'base64')
      return given.length === expected.length && timingSafeEqual(given, expected)
    })
  if (!matches) return { ok: false, status: 401, reason: 'No svix-signature matches the body: check RESEND_WEBHOOK_SECRET is this endpoint\'s signing secret.' }
  return { ok: true, id, timestamp: seconds }
}
