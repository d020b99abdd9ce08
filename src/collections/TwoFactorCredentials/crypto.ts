import { hkdfSync } from 'node:crypto'

import { incidentKeyring } from '@/collections/Incidents/keys'
import { decryptField, encryptField, type DataKey, type MasterKey } from '@/lib/incidents/crypto'

/*
 * The TOTP secret at rest, and the short-lived cookies of a sign-in between its password and its
 * code, are encrypted with the incident log's AES-256-GCM code and master keys
 * (INCIDENT_ENCRYPTION_KEY, and _PREVIOUS during a rotation), like the outbox's tokens: one piece
 * of cryptography. Each use has its own key, derived with HKDF, so no use opens another's values;
 * the value names its master key's id, so a rotation still opens what was written before it.
 */

type Use = 'two-factor-secret' | 'two-factor-cookie'

function derivedKey(master: MasterKey, use: Use): DataKey {
  return { id: master.id, key: Buffer.from(hkdfSync('sha256', master.key, Buffer.alloc(0), use, 32)) }
}

function seal(use: Use, binding: string, plaintext: string): string {
  return encryptField(derivedKey(incidentKeyring().current, use), `${use}:${binding}`, plaintext)
}

function open(use: Use, binding: string, sealed: string): string {
  const keyring = incidentKeyring()
  const keyId = sealed.split('.')[1]
  const master = [keyring.current, ...keyring.previous].find((candidate) => candidate.id === keyId)
  if (!master) throw new Error(`No configured master key has id ${keyId} (set INCIDENT_ENCRYPTION_KEY_PREVIOUS during a rotation)`)
  return decryptField(derivedKey(master, use), `${use}:${binding}`, sealed)
}

/** Bound to the user: a ciphertext copied onto another account's row does not open. */
export function encryptTotpSecret(userId: number, secret: string): string {
  return seal('two-factor-secret', `user:${userId}`, secret)
}

export function decryptTotpSecret(userId: number, sealed: string): string {
  return open('two-factor-secret', `user:${userId}`, sealed)
}

/** A cookie's value: JSON with its expiry, encrypted and bound to the cookie's purpose. */
export function sealCookieValue(purpose: string, value: object, ttlSeconds: number): string {
  return seal('two-factor-cookie', purpose, JSON.stringify({ ...value, exp: Date.now() + ttlSeconds * 1000 }))
}

/** The cookie's value if it opens, is for this purpose and has not expired; otherwise null. */
export function openCookieValue(purpose: string, sealed: string | undefined): Record<string, unknown> | null {
  if (!sealed) return null
  try {
    const value: unknown = JSON.parse(open('two-factor-cookie', purpose, sealed))
    if (typeof value !== 'object' || value === null || !('exp' in value) || typeof value.exp !== 'number' || value.exp < Date.now()) return null
    return value as Record<string, unknown>
  } catch {
    return null
  }
}
