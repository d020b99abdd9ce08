import { parseMasterKey, type Keyring } from './crypto'

/**
 * The incident log's keyring from the environment: INCIDENT_ENCRYPTION_KEY encrypts, and
 * INCIDENT_ENCRYPTION_KEY_PREVIOUS (comma-separated, during a rotation) still decrypts.
 */
export function keyringFrom(current: string | undefined, previous: string | undefined): Keyring {
  if (!current) throw new Error('INCIDENT_ENCRYPTION_KEY is not set: the incident log cannot encrypt or decrypt (see README, Privacy)')
  const previousKeys = (previous ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => parseMasterKey(part, 'INCIDENT_ENCRYPTION_KEY_PREVIOUS'))
  return { current: parseMasterKey(current), previous: previousKeys }
}
