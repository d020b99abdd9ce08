import { serverEnv } from '@/env'
import type { Keyring } from '@/lib/incidents/crypto'
import { keyringFrom } from '@/lib/incidents/keys'

let cached: Keyring | undefined

/** Read once per process, at the first incident read or write (so a bad key fails loudly, by name). */
export function incidentKeyring(): Keyring {
  const env = serverEnv()
  cached ??= keyringFrom(env.INCIDENT_ENCRYPTION_KEY, env.INCIDENT_ENCRYPTION_KEY_PREVIOUS)
  return cached
}
