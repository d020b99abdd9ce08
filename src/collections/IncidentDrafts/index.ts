import { ValidationError, type CollectionAfterReadHook, type CollectionBeforeChangeHook, type CollectionBeforeReadHook, type CollectionConfig, type PayloadRequest } from 'payload'

import { mayRecordIncident, ownIncidentsOnly } from '@/access/incidents'
import { nobody } from '@/access/nobody'
import { decryptField, encryptField, isFieldCiphertext, newDataKey, unwrapDataKey, wrapDataKey, type DataKey } from '@/lib/incidents/crypto'

import { incidentKeyring } from '../Incidents/keys'

/**
 * An incident being written (slug `incident-drafts`): the record form saves what has been typed so
 * far as the owner goes, so nothing is lost to a dropped connection or the Exit button. A draft is
 * the form's values as one JSON text, encrypted like an incident (its own data key, wrapped by the
 * master key, bound to the field name), never checked beyond its size (it is unfinished by
 * definition), and counted nowhere: not on the timeline, not in patterns, not in bundles or
 * reports, which all read `incidents` only. Finishing a draft records an incident and deletes it.
 *
 * Owner-only like the log itself (the same access functions); the server sets owner and tenant.
 * `owner` and `tenant` are plain numbers, as in the history, so a draft can never pull a user in.
 */

/** The most a draft holds: the form's own limits together come to less. */
export const DRAFT_MAX_CHARS = 64_000
const CONTENT_FIELD = 'draft.content'

type Row = Record<string, unknown>
const keysByRequest = new WeakMap<PayloadRequest, Map<string, DataKey>>()

function remember(req: PayloadRequest, key: DataKey): void {
  const known = keysByRequest.get(req) ?? new Map<string, DataKey>()
  known.set(key.id, key)
  keysByRequest.set(req, known)
}

const sealDraft: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, collection }) => {
  const refuse = (path: string, message: string): never => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path, message }], req })
  }
  const content = (data as Row).content
  if (typeof content !== 'string') refuse('content', 'A draft holds the form as JSON text.')
  const text = content as string
  if (text.length > DRAFT_MAX_CHARS) refuse('content', `A draft holds at most ${DRAFT_MAX_CHARS} characters.`)
  try {
    const parsed: unknown = JSON.parse(text)
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) refuse('content', 'A draft holds the form as a JSON object.')
  } catch (error) {
    if (error instanceof ValidationError) throw error
    refuse('content', 'A draft holds the form as JSON text.')
  }
  const stored = (originalDoc ?? {}) as Row
  const key = operation === 'update' && typeof stored.encryptionKey === 'string' ? unwrapDataKey(incidentKeyring(), stored.encryptionKey) : newDataKey()
  remember(req, key)
  const user = req.user && req.user.collection === 'users' ? (req.user.id as number) : null
  const owner = operation === 'create' ? (user ?? (data as Row).owner) : stored.owner
  const tenant = operation === 'create' ? Number((data as Row).tenant) : stored.tenant
  if (typeof owner !== 'number') refuse('owner', 'A draft belongs to the person writing it: sign in first.')
  if (!Number.isInteger(tenant)) refuse('tenant', 'Choose the council or party this draft is for.')
  return { ...data, owner, tenant, content: encryptField(key, CONTENT_FIELD, text), encryptionKey: wrapDataKey(incidentKeyring(), key) }
}

const unwrapDraftKey: CollectionBeforeReadHook = ({ doc, req }) => {
  const wrapped = (doc as Row).encryptionKey
  if (typeof wrapped === 'string') remember(req, unwrapDataKey(incidentKeyring(), wrapped))
  return doc
}

/** The owner (and the server's own calls) read the text; anyone else who somehow reads the row gets none. */
const openDraft: CollectionAfterReadHook = async ({ doc, req }) => {
  const row = doc as Row
  const mayRead = !req.user || (req.user.collection === 'users' && req.user.id === row.owner)
  const content = row.content
  if (!mayRead || !isFieldCiphertext(content)) return { ...row, content: null }
  const keyId = content.split('.')[1] ?? ''
  let key = keysByRequest.get(req)?.get(keyId)
  if (!key && typeof row.id === 'number') {
    // Just written (no beforeRead ran): the key is read from the row itself.
    const raw = (await req.payload.db.findOne({ collection: 'incident-drafts', where: { id: { equals: row.id } }, req })) as Row | null
    if (raw && typeof raw.encryptionKey === 'string') key = unwrapDataKey(incidentKeyring(), raw.encryptionKey)
  }
  return { ...row, content: key ? decryptField(key, CONTENT_FIELD, content) : null }
}

export const IncidentDrafts: CollectionConfig = {
  slug: 'incident-drafts',
  labels: { singular: 'Incident draft', plural: 'Incident drafts' },
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  access: {
    read: ownIncidentsOnly,
    create: mayRecordIncident,
    update: ownIncidentsOnly,
    delete: ownIncidentsOnly,
    readVersions: nobody,
    unlock: nobody,
  },
  hooks: {
    beforeChange: [sealDraft],
    beforeRead: [unwrapDraftKey],
    afterRead: [openDraft],
  },
  defaultSort: '-updatedAt',
  fields: [
    { name: 'owner', type: 'number', required: true, index: true, admin: { readOnly: true } },
    { name: 'tenant', type: 'number', required: true, index: true, admin: { readOnly: true } },
    // Ciphertext in the column; the owner reads the form's values as JSON text.
    { name: 'content', type: 'textarea' },
    { name: 'encryptionKey', type: 'text', hidden: true },
  ],
}
