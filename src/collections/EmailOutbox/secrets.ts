import { hkdfSync } from 'node:crypto'

import { incidentKeyring } from '@/collections/Incidents/keys'
import { decryptField, encryptField, type DataKey, type MasterKey } from '@/lib/incidents/crypto'

/*
 * Tokens in queued emails (invitation and reset links) are encrypted at rest with the incident
 * log's AES-256-GCM code and master keys (INCIDENT_ENCRYPTION_KEY, and _PREVIOUS during a
 * rotation): one piece of cryptography, not two. The outbox uses its own key, derived from the
 * master key with HKDF, so neither use can open the other's ciphertexts; the value names the
 * master key's id, so a rotation still opens rows queued before it. The row's idempotency key is
 * in the authenticated data: a ciphertext copied to another row does not open.
 */

function outboxKey(master: MasterKey): DataKey {
  return { id: master.id, key: Buffer.from(hkdfSync('sha256', master.key, Buffer.alloc(0), 'email-outbox-secrets', 32)) }
}

export function sealSecrets(idempotencyKey: string, secrets: Record<string, string>): string {
  return encryptField(outboxKey(incidentKeyring().current), `email-outbox:${idempotencyKey}`, JSON.stringify(secrets))
}

export function openSecrets(idempotencyKey: string, sealed: string): Record<string, unknown> {
  const keyring = incidentKeyring()
  const keyId = sealed.split('.')[1]
  const master = [keyring.current, ...keyring.previous].find((candidate) => candidate.id === keyId)
  if (!master) throw new Error(`No configured master key has id ${keyId} (set INCIDENT_ENCRYPTION_KEY_PREVIOUS during a rotation)`)
  const value: unknown = JSON.parse(decryptField(outboxKey(master), `email-outbox:${idempotencyKey}`, sealed))
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
}
