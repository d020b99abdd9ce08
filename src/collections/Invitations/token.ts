import crypto from 'node:crypto'

/**
 * Invitation tokens: 32 random bytes in the link, only their SHA-256 in the database. A token has
 * as much entropy as a key, so a plain hash is enough (no salt or slow hash needed), and a leaked
 * table gives no usable link.
 */
export function newInvitationToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString('base64url')
  return { token, hash: hashInvitationToken(token) }
}

export function hashInvitationToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex')
}

/** Only what a token we issued can look like: 43 base64url characters. Anything else is not looked up. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token)
}

/** Compares a stored hash with the hash of a presented token in constant time. */
export function tokenMatches(storedHash: string, token: string): boolean {
  const presented = Buffer.from(hashInvitationToken(token), 'hex')
  const stored = Buffer.from(storedHash, 'hex')
  return stored.length === presented.length && crypto.timingSafeEqual(stored, presented)
}

/** How long an invitation works unless the tenant says otherwise. */
export const DEFAULT_INVITATION_DAYS = 7
