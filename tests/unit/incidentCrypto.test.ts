import { randomBytes } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import {
  decryptField,
  encryptField,
  generateMasterKeyText,
  IncidentCryptoError,
  isFieldCiphertext,
  newDataKey,
  parseMasterKey,
  unwrapDataKey,
  wrapDataKey,
  wrappingKeyId,
  type Keyring,
} from '@/lib/incidents/crypto'
import { keyringFrom } from '@/lib/incidents/keys'

const keyring = (): Keyring => ({ current: parseMasterKey(generateMasterKeyText()), previous: [] })

describe('incident encryption (AES-256-GCM, per-incident data keys)', () => {
  it('round-trips text, Welsh and emoji included, and the ciphertext shows none of it', () => {
    const key = newDataKey()
    const text = 'Bygythiad ŵ ŷ — "I know where you live" 🔥'
    const sealed = encryptField(key, 'whatHappened', text)
    expect(isFieldCiphertext(sealed)).toBe(true)
    expect(sealed).not.toContain('live')
    expect(sealed.split('.')[1]).toBe(key.id)
    expect(decryptField(key, 'whatHappened', sealed)).toBe(text)
  })

  it('uses a fresh IV each time: the same text never gives the same ciphertext', () => {
    const key = newDataKey()
    expect(encryptField(key, 'impact', 'same')).not.toBe(encryptField(key, 'impact', 'same'))
  })

  it('refuses a ciphertext moved to another field, altered, or under another incident\'s key', () => {
    const key = newDataKey()
    const sealed = encryptField(key, 'impact', 'private')
    expect(() => decryptField(key, 'witnesses', sealed)).toThrow(IncidentCryptoError)
    const parts = sealed.split('.')
    const body = Buffer.from(parts[3] as string, 'base64url')
    body[0] = (body[0] ?? 0) ^ 1
    parts[3] = body.toString('base64url')
    expect(() => decryptField(key, 'impact', parts.join('.'))).toThrow(IncidentCryptoError)
    expect(() => decryptField(newDataKey(), 'impact', sealed)).toThrow(/another incident's key/)
  })

  it('wraps a data key under the master key, naming the master key, and unwraps it', () => {
    const ring = keyring()
    const key = newDataKey()
    const wrapped = wrapDataKey(ring, key)
    expect(wrappingKeyId(wrapped)).toBe(ring.current.id)
    expect(wrapped).not.toContain(key.key.toString('base64url'))
    const back = unwrapDataKey(ring, wrapped)
    expect(back.id).toBe(key.id)
    expect(back.key.equals(key.key)).toBe(true)
  })

  it('rotates: a key wrapped under the previous master still opens, and one under an unknown key does not', () => {
    const oldRing = keyring()
    const key = newDataKey()
    const wrapped = wrapDataKey(oldRing, key)
    const rotated: Keyring = { current: parseMasterKey(generateMasterKeyText()), previous: [oldRing.current] }
    expect(unwrapDataKey(rotated, wrapped).key.equals(key.key)).toBe(true)
    // Re-wrapped under the new key, it no longer needs the old one.
    const rewrapped = wrapDataKey(rotated, unwrapDataKey(rotated, wrapped))
    expect(unwrapDataKey({ current: rotated.current, previous: [] }, rewrapped).key.equals(key.key)).toBe(true)
    expect(() => unwrapDataKey(keyring(), wrapped)).toThrow(/INCIDENT_ENCRYPTION_KEY_PREVIOUS/)
  })

  it('accepts 32-byte keys as base64 or hex, refuses anything else without echoing it', () => {
    const bytes = randomBytes(32)
    expect(parseMasterKey(bytes.toString('base64')).key.equals(bytes)).toBe(true)
    expect(parseMasterKey(bytes.toString('hex')).key.equals(bytes)).toBe(true)
    expect(parseMasterKey(bytes.toString('base64url')).key.equals(bytes)).toBe(true)
    expect(parseMasterKey(bytes.toString('hex')).id).toBe(parseMasterKey(bytes.toString('base64')).id)
    for (const bad of ['secret-secret', randomBytes(16).toString('base64'), 'x'.repeat(64)]) {
      let message = ''
      try {
        parseMasterKey(bad)
      } catch (error) {
        message = (error as Error).message
      }
      expect(message).toMatch(/INCIDENT_ENCRYPTION_KEY must be 32 random bytes/)
      expect(message).not.toContain(bad)
    }
  })

  it('builds the keyring from the environment: no key is an error, previous keys are a comma list', () => {
    expect(() => keyringFrom(undefined, undefined)).toThrow(/INCIDENT_ENCRYPTION_KEY is not set/)
    const [a, b, c] = [generateMasterKeyText(), generateMasterKeyText(), generateMasterKeyText()]
    const ring = keyringFrom(a, `${b}, ${c}`)
    expect(ring.current.id).toBe(parseMasterKey(a).id)
    expect(ring.previous.map((key) => key.id)).toEqual([parseMasterKey(b).id, parseMasterKey(c).id])
    expect(() => keyringFrom(a, 'nope')).toThrow(/INCIDENT_ENCRYPTION_KEY_PREVIOUS/)
  })
})
