import { randomInt } from 'node:crypto'

import { ValidationError, type CollectionAfterReadHook, type CollectionBeforeChangeHook, type CollectionBeforeReadHook } from 'payload'

import { receivesReport, sentReport } from '@/access/incidentReports'
import { decryptField, encryptField, isFieldCiphertext, newDataKey, unwrapDataKey, wrapDataKey, type DataKey } from '@/lib/incidents/crypto'
import { relationId } from '@/lib/relationId'

import { incidentKeyring } from '../../Incidents/keys'
import { readingOneReport } from './views'
import { reportLimits, type ReportSnapshot, type ReportStatus } from '../options'

/*
 * A report's content is encrypted at rest under a data key of its own (wrapped by the incident
 * log's master key, INCIDENT_ENCRYPTION_KEY), never the incident's: the incident is the
 * councillor's alone, the report is the council's record. The snapshot (what happened, handles,
 * links, impact, witnesses, chosen evidence, contact preference, note) is one ciphertext; the
 * officers' notes, crime reference and police officer are each their own. The plain columns
 * (tenant, platform, kinds, status, severity, reference, dates) are what counts are taken from.
 *
 * Reads open the content only for the councillor who sent it (their snapshot and the notes marked
 * to share), for the officers it was sent to while they are officers of that tenant (the snapshot
 * on opening one report, never in a list), and for the server's own calls (no user). Anyone else who reads a row through server code that skipped
 * access gets the content empty: never the text, never the ciphertext.
 */

type Row = Record<string, unknown>
const asRow = (value: unknown): Row => (value !== null && typeof value === 'object' ? (value as Row) : {})

/** Field names bound into each ciphertext (a value moved to another field or report does not open). */
export const REPORT_FIELDS = { snapshot: 'report.snapshot', note: 'report.notes.text', crimeReference: 'report.crimeReference', policeOfficer: 'report.policeOfficer' } as const

/** Where the site's send action hands the snapshot to the create hook: server code only, never an API caller. */
export const REPORT_SNAPSHOT = 'incidentReportSnapshot'

/** A reference both sides can quote: R-{year}-{six digits}, random so it says nothing about how many there are. */
export function newReportReference(now: Date = new Date()): string {
  return `R-${now.getUTCFullYear()}-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`
}

export const REPORT_REFERENCE = /^R-\d{4}-\d{6}$/

/** A text the caller sent, or the stored ciphertext handed back unchanged: encrypted either way. */
function seal(key: DataKey, field: string, value: unknown): string | null {
  if (isFieldCiphertext(value)) {
    try {
      decryptField(key, field, value)
      return value
    } catch {
      // Looks like ciphertext but is not this report's: it is text someone typed, sealed as such.
    }
  }
  const text = typeof value === 'string' ? value.trim() : ''
  return text === '' ? null : encryptField(key, field, text)
}

function open(key: DataKey, field: string, value: unknown): string {
  return isFieldCiphertext(value) ? decryptField(key, field, value) : ''
}

type NoteRow = { id?: string | null; text?: unknown; shared?: unknown; author?: unknown; at?: unknown }

function plainOf(key: DataKey, field: string, value: unknown): string {
  if (isFieldCiphertext(value)) {
    try {
      return decryptField(key, field, value)
    } catch {
      return value
    }
  }
  return typeof value === 'string' ? value.trim() : ''
}

/**
 * Create: only with the snapshot the site's send action put in the context (the API cannot create:
 * the collection's create access is nobody). Update (triage): the snapshot, key and files stay as
 * they were whatever is sent; notes are added to, never rewritten (an existing note keeps its text,
 * author and time, and may only be marked shared); text fields are checked and sealed.
 */
export const sealReport: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, collection }) => {
  const keyring = incidentKeyring()
  const errors: { path: string; message: string }[] = []
  if (operation === 'create') {
    const snapshot = req.context[REPORT_SNAPSHOT] as ReportSnapshot | undefined
    if (!snapshot) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'incident', message: 'A report is sent from the councillor\'s incident page' }], req })
    const key = newDataKey()
    return {
      ...data,
      content: encryptField(key, REPORT_FIELDS.snapshot, JSON.stringify(snapshot)),
      encryptionKey: wrapDataKey(keyring, key),
      reference: typeof data.reference === 'string' && REPORT_REFERENCE.test(data.reference) ? data.reference : newReportReference(),
      status: 'received',
      statusChangedAt: new Date().toISOString(),
      notes: [],
      crimeReference: null,
      policeOfficer: null,
      escalatedAt: null,
    }
  }
  // The stored row itself, not `originalDoc`: that has been through the read hooks (opened, or
  // emptied for a reader who may not see the content), and only the raw row is safe to keep.
  const stored = asRow(await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: asRow(originalDoc).id } }, req }))
  if (typeof stored.encryptionKey !== 'string') throw new Error('A stored report has no data key')
  const key = unwrapDataKey(keyring, stored.encryptionKey)
  const now = new Date().toISOString()

  const storedNotes = (Array.isArray(stored.notes) ? stored.notes : []).map((row) => asRow(row) as NoteRow)
  const sentNotes = (Array.isArray(data.notes) ? data.notes : storedNotes).map((row) => asRow(row) as NoteRow)
  const notes: NoteRow[] = storedNotes.map((old) => {
    const again = sentNotes.find((row) => row.id && row.id === old.id)
    // Sharing cannot be taken back: the councillor may already have read it.
    return { ...old, shared: old.shared === true || again?.shared === true }
  })
  sentNotes.forEach((row, index) => {
    if (row.id && storedNotes.some((old) => old.id === row.id)) return
    const text = plainOf(key, REPORT_FIELDS.note, row.text)
    if (text === '') return
    if (text.length > reportLimits.triageNote) errors.push({ path: `notes.${index}.text`, message: `A note is at most ${reportLimits.triageNote} characters` })
    notes.push({ text: encryptField(key, REPORT_FIELDS.note, text), shared: row.shared === true, author: relationId(req.user?.id) ?? null, at: now })
  })

  const status = (data.status ?? stored.status) as ReportStatus
  const crimeReference = plainOf(key, REPORT_FIELDS.crimeReference, data.crimeReference !== undefined ? data.crimeReference : stored.crimeReference)
  const policeOfficer = plainOf(key, REPORT_FIELDS.policeOfficer, data.policeOfficer !== undefined ? data.policeOfficer : stored.policeOfficer)
  if (crimeReference.length > reportLimits.crimeReference) errors.push({ path: 'crimeReference', message: `A crime reference is at most ${reportLimits.crimeReference} characters` })
  if (policeOfficer.length > reportLimits.policeOfficer) errors.push({ path: 'policeOfficer', message: `The police officer is at most ${reportLimits.policeOfficer} characters` })
  if (status === 'referred' && crimeReference === '') errors.push({ path: 'crimeReference', message: 'Give the crime reference the police gave when the report is referred to police' })
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })

  const changed = status !== stored.status
  return {
    ...data,
    // What the councillor sent, and where its copy of the evidence is, never change.
    content: stored.content,
    encryptionKey: stored.encryptionKey,
    files: stored.files,
    reference: stored.reference,
    reporter: stored.reporter,
    tenant: stored.tenant,
    incident: stored.incident,
    recipients: stored.recipients,
    platform: stored.platform,
    kinds: stored.kinds,
    submissionKey: stored.submissionKey,
    notes,
    crimeReference: seal(key, REPORT_FIELDS.crimeReference, crimeReference),
    policeOfficer: seal(key, REPORT_FIELDS.policeOfficer, policeOfficer),
    status,
    statusChangedAt: changed ? now : stored.statusChangedAt,
    assessedAt: stored.assessedAt ?? (status !== 'received' ? now : null),
    escalatedAt: stored.escalatedAt,
    // The job's record of the reminder sent; an officer's save cannot silence the next one.
    reminderSentFor: stored.reminderSentFor,
  }
}

/** Who is reading, as far as the content goes: the officers it went to, the sender, the server, or nobody. */
export type ReportReader = 'officer' | 'sender' | 'server' | 'none'

export function readerOf(user: Parameters<typeof receivesReport>[0], row: Row): ReportReader {
  if (!user) return 'server'
  if (receivesReport(user, row)) return 'officer'
  if (sentReport(user, row)) return 'sender'
  return 'none'
}

/** Reads see the raw row (hidden key and content included) first: open what this reader may see. */
export const openReport: CollectionBeforeReadHook = ({ doc, req }) => {
  const row = asRow(doc)
  const reader = readerOf(req.user, row)
  const notes = (Array.isArray(row.notes) ? row.notes : []).map((note) => asRow(note))
  if (reader === 'none' || typeof row.encryptionKey !== 'string') {
    return { ...row, snapshot: null, notes: [], crimeReference: null, policeOfficer: null }
  }
  const key = unwrapDataKey(incidentKeyring(), row.encryptionKey)
  // An officer gets the content only by opening one report (recorded in the incident's history,
  // hooks/views.ts), never in a list; the sender reads their own however they ask.
  const snapshotText = reader === 'officer' && !readingOneReport(req.context) ? '' : open(key, REPORT_FIELDS.snapshot, row.content)
  const visibleNotes = reader === 'sender' ? notes.filter((note) => note.shared === true) : notes
  return {
    ...row,
    snapshot: snapshotText === '' ? null : (JSON.parse(snapshotText) as ReportSnapshot),
    notes: visibleNotes.map((note) => ({ ...note, text: open(key, REPORT_FIELDS.note, note.text), ...(reader === 'sender' ? { author: null } : {}) })),
    crimeReference: open(key, REPORT_FIELDS.crimeReference, row.crimeReference) || null,
    policeOfficer: open(key, REPORT_FIELDS.policeOfficer, row.policeOfficer) || null,
  }
}

/**
 * After a write, Payload hands the saved document back without running the read hook above, so
 * the triage texts would come back as ciphertext (and the admin's form would show it). Opened
 * here from the stored row, for the same readers and no others.
 */
export const openAfterWrite: CollectionAfterReadHook = async ({ doc, req }) => {
  const row = asRow(doc)
  const notes = (Array.isArray(row.notes) ? row.notes : []).map((note) => asRow(note))
  const sealed = [row.crimeReference, row.policeOfficer, ...notes.map((note) => note.text)].some(isFieldCiphertext)
  if (!sealed || typeof row.id !== 'number') return doc
  const reader = readerOf(req.user, row)
  const raw = asRow(await req.payload.db.findOne({ collection: 'incident-reports', where: { id: { equals: row.id } }, req }))
  if (reader === 'none' || typeof raw.encryptionKey !== 'string') return { ...row, notes: [], crimeReference: null, policeOfficer: null }
  const key = unwrapDataKey(incidentKeyring(), raw.encryptionKey)
  const visible = reader === 'sender' ? notes.filter((note) => note.shared === true) : notes
  return {
    ...row,
    notes: visible.map((note) => ({ ...note, text: isFieldCiphertext(note.text) ? open(key, REPORT_FIELDS.note, note.text) : note.text })),
    crimeReference: isFieldCiphertext(row.crimeReference) ? open(key, REPORT_FIELDS.crimeReference, row.crimeReference) : row.crimeReference,
    policeOfficer: isFieldCiphertext(row.policeOfficer) ? open(key, REPORT_FIELDS.policeOfficer, row.policeOfficer) : row.policeOfficer,
  }
}
