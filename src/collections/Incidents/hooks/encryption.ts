import { ValidationError, type CollectionAfterReadHook, type CollectionBeforeChangeHook, type CollectionBeforeReadHook, type PayloadRequest } from 'payload'

import { helpsLog } from '@/access/incidentHelpers'
import { decryptField, encryptField, isFieldCiphertext, newDataKey, unwrapDataKey, wrapDataKey, type DataKey } from '@/lib/incidents/crypto'
import { incidentKeyring } from '../keys'

import { emptyIncidentInput, englishProblems, incidentProblems, listOf, type IncidentInput } from '../input'
import type { IncidentKind, IncidentPlatform } from '../options'

/*
 * Every free-text field of an incident is stored encrypted (src/lib/incidents/crypto.ts): what
 * happened, impact, witnesses, handles, links, report references, outcome and officer. The
 * columns hold only ciphertext; these hooks are the one place that turns them into text and back.
 *
 * - beforeChange: the whole incident is put together in plaintext (the stored one decrypted,
 *   with what was sent on top), checked (the columns then hold ciphertext, which Payload's own
 *   validation could not judge), and written back encrypted in full. Encrypting everything on
 *   every write means no value sent by a caller is ever mistaken for ciphertext.
 * - afterRead: decrypted for the owner, for the helpers they have named (the key is the
 *   incident's, unwrapped by the server for whoever access lets read: no key is shared with a
 *   helper), and for the server's own calls (no user). Anyone else who
 *   somehow reads the document (overrideAccess in server code run for another user) gets the
 *   text fields empty, never the text, never the ciphertext.
 */

type Row = Record<string, unknown>

/** The data keys this request has unwrapped, by data key id (every field ciphertext names it). */
const keysByRequest = new WeakMap<PayloadRequest, Map<string, DataKey>>()

function rememberKey(req: PayloadRequest, key: DataKey): void {
  let known = keysByRequest.get(req)
  if (!known) {
    known = new Map()
    keysByRequest.set(req, known)
  }
  known.set(key.id, key)
}

const asRow = (value: unknown): Row => (value !== null && typeof value === 'object' ? (value as Row) : {})
const asText = (value: unknown): string => (typeof value === 'string' ? value : '')
const asDate = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : value instanceof Date ? value.toISOString() : null)
const idOf = (value: unknown): number | null =>
  typeof value === 'number' ? value : value !== null && typeof value === 'object' && typeof (value as Row).id === 'number' ? ((value as Row).id as number) : null

/** Field names as they are bound into each ciphertext (a value moved to another field does not decrypt). */
const TEXT_FIELDS = {
  whatHappened: 'whatHappened',
  impact: 'impact',
  witnesses: 'witnesses',
  handle: 'handles.handle',
  link: 'links.url',
  platformReference: 'platformReport.reference',
  platformOutcome: 'platformReport.outcome',
  crimeReference: 'policeReport.crimeReference',
  officer: 'policeReport.officer',
  history: 'history.previous',
} as const

/** The incident in plaintext from a stored document, with `text` turning each stored value into text. */
function inputOf(doc: Row, text: (field: string, value: unknown) => string): IncidentInput {
  const platformReport = asRow(doc.platformReport)
  const policeReport = asRow(doc.policeReport)
  const rows = (value: unknown): Row[] => (Array.isArray(value) ? value.map(asRow) : [])
  return {
    happenedAt: asDate(doc.happenedAt),
    happenedUntil: asDate(doc.happenedUntil),
    platform: typeof doc.platform === 'string' ? (doc.platform as IncidentPlatform) : null,
    kinds: Array.isArray(doc.kinds) ? (doc.kinds.filter((kind) => typeof kind === 'string') as IncidentKind[]) : [],
    whatHappened: text(TEXT_FIELDS.whatHappened, doc.whatHappened),
    impact: text(TEXT_FIELDS.impact, doc.impact),
    witnesses: text(TEXT_FIELDS.witnesses, doc.witnesses),
    handles: rows(doc.handles).map((row) => text(TEXT_FIELDS.handle, row.handle)),
    links: rows(doc.links).map((row) => text(TEXT_FIELDS.link, row.url)),
    platformReport: {
      reportedOn: asDate(platformReport.reportedOn),
      reference: text(TEXT_FIELDS.platformReference, platformReport.reference),
      outcome: text(TEXT_FIELDS.platformOutcome, platformReport.outcome),
    },
    policeReport: {
      reportedOn: asDate(policeReport.reportedOn),
      crimeReference: text(TEXT_FIELDS.crimeReference, policeReport.crimeReference),
      officer: text(TEXT_FIELDS.officer, policeReport.officer),
      operationFord: policeReport.operationFord === true,
    },
  }
}

/**
 * What a caller sent, on top of the incident as it was (`base`): a field not sent keeps its value.
 * On update Payload hands arrays back with their stored rows (ciphertext) when they were not
 * sent: a value that opens under this incident's key is its stored text; anything else is text
 * the caller typed, however it looks.
 */
function mergeSent(base: IncidentInput, data: Row, key: DataKey): IncidentInput {
  const has = (row: Row, key: string) => row[key] !== undefined
  const sent = inputOf(data, (field, value) => {
    if (isFieldCiphertext(value)) {
      try {
        return decryptField(key, field, value)
      } catch {
        return value
      }
    }
    return asText(value)
  })
  const platformReport = asRow(data.platformReport)
  const policeReport = asRow(data.policeReport)
  return {
    happenedAt: has(data, 'happenedAt') ? sent.happenedAt : base.happenedAt,
    happenedUntil: has(data, 'happenedUntil') ? sent.happenedUntil : base.happenedUntil,
    platform: has(data, 'platform') ? sent.platform : base.platform,
    kinds: has(data, 'kinds') ? sent.kinds : base.kinds,
    whatHappened: has(data, 'whatHappened') ? sent.whatHappened : base.whatHappened,
    impact: has(data, 'impact') ? sent.impact : base.impact,
    witnesses: has(data, 'witnesses') ? sent.witnesses : base.witnesses,
    handles: has(data, 'handles') ? listOf(sent.handles) : base.handles,
    links: has(data, 'links') ? listOf(sent.links) : base.links,
    platformReport: {
      reportedOn: has(platformReport, 'reportedOn') ? sent.platformReport.reportedOn : base.platformReport.reportedOn,
      reference: has(platformReport, 'reference') ? sent.platformReport.reference : base.platformReport.reference,
      outcome: has(platformReport, 'outcome') ? sent.platformReport.outcome : base.platformReport.outcome,
    },
    policeReport: {
      reportedOn: has(policeReport, 'reportedOn') ? sent.policeReport.reportedOn : base.policeReport.reportedOn,
      crimeReference: has(policeReport, 'crimeReference') ? sent.policeReport.crimeReference : base.policeReport.crimeReference,
      officer: has(policeReport, 'officer') ? sent.policeReport.officer : base.policeReport.officer,
      operationFord: has(policeReport, 'operationFord') ? sent.policeReport.operationFord : base.policeReport.operationFord,
    },
  }
}

/** The columns for `input`, every text encrypted under `key` (an empty text is stored as null). */
function encryptedColumns(input: IncidentInput, key: DataKey): Row {
  const seal = (field: string, value: string): string | null => (value.trim() === '' ? null : encryptField(key, field, value))
  return {
    happenedAt: input.happenedAt,
    happenedUntil: input.happenedUntil,
    platform: input.platform,
    kinds: input.kinds,
    whatHappened: seal(TEXT_FIELDS.whatHappened, input.whatHappened),
    impact: seal(TEXT_FIELDS.impact, input.impact),
    witnesses: seal(TEXT_FIELDS.witnesses, input.witnesses),
    handles: input.handles.map((handle) => ({ handle: encryptField(key, TEXT_FIELDS.handle, handle) })),
    links: input.links.map((url) => ({ url: encryptField(key, TEXT_FIELDS.link, url) })),
    platformReport: {
      reportedOn: input.platformReport.reportedOn,
      reference: seal(TEXT_FIELDS.platformReference, input.platformReport.reference),
      outcome: seal(TEXT_FIELDS.platformOutcome, input.platformReport.outcome),
    },
    policeReport: {
      reportedOn: input.policeReport.reportedOn,
      crimeReference: seal(TEXT_FIELDS.crimeReference, input.policeReport.crimeReference),
      officer: seal(TEXT_FIELDS.officer, input.policeReport.officer),
      operationFord: input.policeReport.operationFord,
    },
  }
}

function decryptor(key: DataKey): (field: string, value: unknown) => string {
  return (field, value) => (isFieldCiphertext(value) ? decryptField(key, field, value) : '')
}

/** The names of the fields whose values differ between two versions (for the history). */
export function changedFields(before: IncidentInput | null, after: IncidentInput): string[] {
  const flat = (input: IncidentInput): Record<string, unknown> => ({
    happenedAt: input.happenedAt ? Date.parse(input.happenedAt) : null,
    happenedUntil: input.happenedUntil ? Date.parse(input.happenedUntil) : null,
    platform: input.platform,
    kinds: [...input.kinds].sort(),
    whatHappened: input.whatHappened,
    impact: input.impact,
    witnesses: input.witnesses,
    handles: input.handles,
    links: input.links,
    'platformReport.reportedOn': input.platformReport.reportedOn ? Date.parse(input.platformReport.reportedOn) : null,
    'platformReport.reference': input.platformReport.reference,
    'platformReport.outcome': input.platformReport.outcome,
    'policeReport.reportedOn': input.policeReport.reportedOn ? Date.parse(input.policeReport.reportedOn) : null,
    'policeReport.crimeReference': input.policeReport.crimeReference,
    'policeReport.officer': input.policeReport.officer,
    'policeReport.operationFord': input.policeReport.operationFord,
  })
  const after_ = flat(after)
  if (!before) return Object.keys(after_)
  const before_ = flat(before)
  return Object.keys(after_).filter((field) => JSON.stringify(before_[field]) !== JSON.stringify(after_[field]))
}

/** What beforeChange leaves for afterChange (which writes the history entry once the id is known). */
export type PendingHistory = { action: 'create' | 'update'; changedFields: string[]; previous: string | null }
export const PENDING_HISTORY = 'incidentPendingHistory'

export const encryptIncident: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, collection }) => {
  const keyring = incidentKeyring()
  const stored = asRow(originalDoc)
  let key: DataKey
  let before: IncidentInput | null = null
  if (operation === 'update' && typeof stored.encryptionKey === 'string') {
    key = unwrapDataKey(keyring, stored.encryptionKey)
    before = inputOf(stored, decryptor(key))
  } else {
    key = newDataKey()
  }
  rememberKey(req, key)
  const after = mergeSent(before ?? emptyIncidentInput, asRow(data), key)
  const problems = incidentProblems(after)
  if (Object.keys(problems).length > 0) throw new ValidationError({ collection: collection.slug, errors: englishProblems(problems), req })
  const changed = changedFields(before, after)
  const pending: PendingHistory = {
    action: operation === 'create' ? 'create' : 'update',
    changedFields: changed,
    previous: before ? encryptField(key, TEXT_FIELDS.history, JSON.stringify(before)) : null,
  }
  req.context[PENDING_HISTORY] = pending
  // Wrapped again under the current master key on every write: after a rotation, editing an
  // incident moves it to the new key (scripts can do the rest; see README, Privacy).
  return { ...data, ...encryptedColumns(after, key), encryptionKey: wrapDataKey(keyring, key) }
}

/** Reads see the raw row (hidden fields included) first: unwrap its data key once, for afterRead. */
export const unwrapIncidentKey: CollectionBeforeReadHook = ({ doc, req }) => {
  const wrapped = asRow(doc).encryptionKey
  if (typeof wrapped === 'string') rememberKey(req, unwrapDataKey(incidentKeyring(), wrapped))
  return doc
}

/** The data key id a stored document's ciphertexts name, from any of them. */
function dataKeyIdOf(doc: Row): string | null {
  const candidates: unknown[] = [doc.whatHappened, doc.impact, doc.witnesses]
  for (const row of Array.isArray(doc.handles) ? doc.handles : []) candidates.push(asRow(row).handle)
  for (const row of Array.isArray(doc.links) ? doc.links : []) candidates.push(asRow(row).url)
  const found = candidates.find(isFieldCiphertext)
  return found ? (found.split('.')[1] ?? null) : null
}

/** The plaintext of a stored history snapshot (for the owner's history view). */
export function decryptPrevious(req: PayloadRequest, dataKeyId: string, previous: string): IncidentInput | null {
  const key = keysByRequest.get(req)?.get(dataKeyId)
  return key ? (JSON.parse(decryptField(key, TEXT_FIELDS.history, previous)) as IncidentInput) : null
}

export const decryptIncident: CollectionAfterReadHook = async ({ doc, req }) => {
  const row = asRow(doc)
  const owner = idOf(row.owner)
  const mayRead = !req.user || (req.user.collection === 'users' && req.user.id === owner) || (await helpsLog(req, owner, idOf(row.tenant)))
  const keyId = dataKeyIdOf(row)
  let key = keyId ? keysByRequest.get(req)?.get(keyId) : undefined
  if (mayRead && keyId && !key && typeof row.id === 'number') {
    // A document just created or updated (no beforeRead ran): its key is read from the row itself.
    const raw = (await req.payload.db.findOne({ collection: 'incidents', where: { id: { equals: row.id } }, req })) as Row | null
    if (raw && typeof raw.encryptionKey === 'string') {
      key = unwrapDataKey(incidentKeyring(), raw.encryptionKey)
      rememberKey(req, key)
    }
  }
  const text = mayRead && key ? decryptor(key) : () => ''
  const input = inputOf(row, text)
  const empty = (value: string): string | null => (value === '' ? null : value)
  return {
    ...doc,
    whatHappened: empty(input.whatHappened),
    impact: empty(input.impact),
    witnesses: empty(input.witnesses),
    handles: (Array.isArray(row.handles) ? row.handles.map(asRow) : []).map((handleRow, index) => ({ ...handleRow, handle: input.handles[index] ?? '' })),
    links: (Array.isArray(row.links) ? row.links.map(asRow) : []).map((linkRow, index) => ({ ...linkRow, url: input.links[index] ?? '' })),
    platformReport: { ...asRow(row.platformReport), reference: empty(input.platformReport.reference), outcome: empty(input.platformReport.outcome) },
    policeReport: { ...asRow(row.policeReport), crimeReference: empty(input.policeReport.crimeReference), officer: empty(input.policeReport.officer) },
  }
}

export { idOf as relationIdOf, inputOf as incidentInputOf, decryptor as incidentDecryptor, TEXT_FIELDS as INCIDENT_TEXT_FIELDS }
