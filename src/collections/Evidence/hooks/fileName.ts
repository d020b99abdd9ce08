import type { CollectionBeforeReadHook } from 'payload'

import { helpsLog } from '@/access/incidentHelpers'
import { decryptField, encryptField, isFieldCiphertext, unwrapDataKey, type DataKey } from '@/lib/incidents/crypto'

import { incidentKeyring } from '../../Incidents/keys'

/** The name bound into the file name's ciphertext (a value moved to another field does not open). */
const FILE_NAME_FIELD = 'evidence.fileName'

/** The original file name, encrypted under the file's own data key. */
export function sealFileName(dataKey: DataKey, name: string): string {
  return encryptField(dataKey, FILE_NAME_FIELD, name)
}

const ownerId = (value: unknown): number | null =>
  typeof value === 'number' ? value : value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'number' ? (value as { id: number }).id : null

/**
 * Reads see the raw row, the wrapped key included: the file name is opened here for the owner and the helpers they named
 * (and for the server's own calls, which have no user) and emptied for anyone else who reads the
 * row through server code that skipped access. The hidden columns are dropped after this hook.
 */
export const openFileName: CollectionBeforeReadHook = async ({ doc, req }) => {
  const row = doc as Record<string, unknown>
  const mayRead = !req.user || (req.user.collection === 'users' && req.user.id === ownerId(row.owner)) || (await helpsLog(req, ownerId(row.owner), ownerId(row.tenant)))
  let fileName = ''
  if (mayRead && typeof row.encryptionKey === 'string' && isFieldCiphertext(row.fileName)) {
    fileName = decryptField(unwrapDataKey(incidentKeyring(), row.encryptionKey), FILE_NAME_FIELD, row.fileName)
  }
  return { ...row, fileName }
}
