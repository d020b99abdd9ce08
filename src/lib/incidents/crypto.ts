import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

/*
 * Encryption at rest for the incident log (AES-256-GCM, node:crypto only).
 *
 * Envelope encryption: every incident has its own random data key; the data key is stored
 * wrapped (encrypted) by a master key from INCIDENT_ENCRYPTION_KEY. Every ciphertext names the
 * key it was made with, so a master key can be rotated without downtime: the old one stays in
 * INCIDENT_ENCRYPTION_KEY_PREVIOUS until every data key has been wrapped again under the new one.
 *
 * Formats (dot-separated, base64url parts, "v1" first so a later format can be told apart):
 *   wrapped data key: v1.<master key id>.<data key id>.<iv>.<ciphertext>.<tag>
 *   field value:      v1.<data key id>.<iv>.<ciphertext>.<tag>
 * The authenticated data binds a wrapped key to its id, and a field value to its data key and
 * field name, so a ciphertext moved to another field or another incident fails to decrypt.
 */

const ALGORITHM = 'aes-256-gcm'
const KEY_BYTES = 32
const IV_BYTES = 12
const VERSION = 'v1'

export class IncidentCryptoError extends Error {}

export type MasterKey = { id: string; key: Buffer }

/** The master keys: `current` encrypts; `previous` (during a rotation) still decrypts. */
export type Keyring = { current: MasterKey; previous: MasterKey[] }

/** An unwrapped data key, only ever held in memory. */
export type DataKey = { id: string; key: Buffer }

const b64 = (buffer: Buffer): string => buffer.toString('base64url')
const unb64 = (text: string): Buffer => Buffer.from(text, 'base64url')

/** A short, stable id for a master key: not secret (it is a hash), and it names the key in every wrapped data key. */
export function masterKeyId(key: Buffer): string {
  return createHash('sha256').update('incident-master-key-id:').update(key).digest('hex').slice(0, 16)
}

/**
 * A master key from its configured text: 32 bytes as base64/base64url (44 or 43 characters) or as
 * 64 hex digits. Anything else is refused, naming the variable, never echoing the value.
 */
export function parseMasterKey(text: string, variable = 'INCIDENT_ENCRYPTION_KEY'): MasterKey {
  const trimmed = text.trim()
  let key: Buffer | null = null
  if (/^[0-9a-f]{64}$/i.test(trimmed)) key = Buffer.from(trimmed, 'hex')
  else if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) key = Buffer.from(trimmed.replace(/\+/g, '-').replace(/\//g, '_').replace(/=$/, ''), 'base64url')
  if (!key || key.length !== KEY_BYTES) {
    throw new IncidentCryptoError(`${variable} must be 32 random bytes, as base64 (e.g. \`openssl rand -base64 32\`) or 64 hex digits`)
  }
  return { id: masterKeyId(key), key }
}

/** A fresh master key's configured text (what development writes under .data/). */
export function generateMasterKeyText(): string {
  return randomBytes(KEY_BYTES).toString('base64')
}

function encrypt(key: Buffer, plaintext: Buffer, aad: string): { iv: Buffer; ciphertext: Buffer; tag: Buffer } {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv(ALGORITHM, key, iv)
  cipher.setAAD(Buffer.from(aad, 'utf8'))
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return { iv, ciphertext, tag: cipher.getAuthTag() }
}

function decrypt(key: Buffer, iv: Buffer, ciphertext: Buffer, tag: Buffer, aad: string): Buffer {
  try {
    const decipher = createDecipheriv(ALGORITHM, key, iv)
    decipher.setAAD(Buffer.from(aad, 'utf8'))
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(ciphertext), decipher.final()])
  } catch {
    // Never the key, the ciphertext or the reason from OpenSSL: only that it did not authenticate.
    throw new IncidentCryptoError('An incident ciphertext did not authenticate (wrong key, or altered)')
  }
}

/** A new random data key for one incident. */
export function newDataKey(): DataKey {
  return { id: randomBytes(8).toString('hex'), key: randomBytes(KEY_BYTES) }
}

/** The data key wrapped by the current master key, for storing beside the incident. */
export function wrapDataKey(keyring: Keyring, dataKey: DataKey): string {
  const { current } = keyring
  const { iv, ciphertext, tag } = encrypt(current.key, dataKey.key, `incident-data-key:${dataKey.id}`)
  return [VERSION, current.id, dataKey.id, b64(iv), b64(ciphertext), b64(tag)].join('.')
}

/** The master key id a wrapped data key was made with (to find records still wrapped by an old key). */
export function wrappingKeyId(wrapped: string): string {
  const parts = wrapped.split('.')
  if (parts.length !== 6 || parts[0] !== VERSION) throw new IncidentCryptoError('Not a wrapped incident data key')
  return parts[1] as string
}

/** Unwraps with whichever configured master key the wrapped key names (current or previous). */
export function unwrapDataKey(keyring: Keyring, wrapped: string): DataKey {
  const parts = wrapped.split('.')
  if (parts.length !== 6 || parts[0] !== VERSION) throw new IncidentCryptoError('Not a wrapped incident data key')
  const [, masterId, dataKeyId, iv, ciphertext, tag] = parts as [string, string, string, string, string, string]
  const master = [keyring.current, ...keyring.previous].find((candidate) => candidate.id === masterId)
  if (!master) throw new IncidentCryptoError(`No configured master key has id ${masterId} (set INCIDENT_ENCRYPTION_KEY_PREVIOUS during a rotation)`)
  const key = decrypt(master.key, unb64(iv), unb64(ciphertext), unb64(tag), `incident-data-key:${dataKeyId}`)
  if (key.length !== KEY_BYTES) throw new IncidentCryptoError('A wrapped data key has the wrong length')
  return { id: dataKeyId, key }
}

/** One field's text encrypted under the incident's data key, bound to the field's name. */
export function encryptField(dataKey: DataKey, field: string, plaintext: string): string {
  const { iv, ciphertext, tag } = encrypt(dataKey.key, Buffer.from(plaintext, 'utf8'), `${dataKey.id}:${field}`)
  return [VERSION, dataKey.id, b64(iv), b64(ciphertext), b64(tag)].join('.')
}

export function isFieldCiphertext(value: unknown): value is string {
  return typeof value === 'string' && /^v1\.[0-9a-f]{16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$/.test(value)
}

export function decryptField(dataKey: DataKey, field: string, value: string): string {
  const parts = value.split('.')
  if (parts.length !== 5 || parts[0] !== VERSION) throw new IncidentCryptoError(`The stored ${field} is not an incident ciphertext`)
  const [, keyId, iv, ciphertext, tag] = parts as [string, string, string, string, string]
  if (keyId !== dataKey.id) throw new IncidentCryptoError(`The stored ${field} was encrypted under another incident's key`)
  return decrypt(dataKey.key, unb64(iv), unb64(ciphertext), unb64(tag), `${dataKey.id}:${field}`).toString('utf8')
}
