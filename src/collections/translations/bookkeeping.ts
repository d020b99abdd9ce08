import type { CollectionBeforeChangeHook, Where } from 'payload'

import { bioVariables } from '@/lib/bio/variables'
import { translatableText, type ReviewRecord, type UnitOptions } from '@/lib/xliff'

/**
 * How each translatable collection keeps its translation state (issue #15). Pages and engagement
 * templates store it differently (pages: `translationStatus` missing/drafted/reviewed and the
 * `translationReview` record; templates: `translationReview` reviewed/awaiting-review and the
 * `translationRecord` record), so the export, import, dashboard, review and the review hook read
 * and write it through this one description instead of knowing either collection.
 */

/** Set by the XLIFF import and "Mark reviewed", which record the review themselves (with the reviewer's name). */
export const TRANSLATION_IMPORT_CONTEXT = 'translationImport'

export const translatableCollections = ['pages', 'engagement-templates'] as const
export type TranslatableCollection = (typeof translatableCollections)[number]

export type StoredStatus = 'missing' | 'drafted' | 'reviewed'

export type TranslatableDoc = { id: number; tenant?: unknown; title?: string | null; tailors?: unknown; updatedAt?: string } & Record<string, unknown>

export type Bookkeeping = {
  collection: TranslatableCollection
  /** How the editor and the reports name one document and several. */
  noun: { one: string; many: string }
  units: UnitOptions
  /** Documents that are text to translate (a page that only hides a national page is not). */
  holdsText: Where | null
  status: (doc: Record<string, unknown> | null | undefined) => StoredStatus
  review: (doc: Record<string, unknown> | null | undefined) => ReviewRecord
  /** The data that stores a language as drafted, or as reviewed against the recorded English. */
  stateData: (status: 'drafted' | 'reviewed', record?: NonNullable<ReviewRecord>) => Record<string, unknown>
}

const record = (value: unknown): ReviewRecord => (value && typeof value === 'object' ? (value as ReviewRecord) : null)

const hasTitle = (doc: Record<string, unknown>) => typeof doc.title === 'string' && doc.title.trim() !== ''

/** A bio variable (`{name}`) or a tenant value (`{{tenant.name}}`): a placeholder the translator moves but cannot edit. */
const templateVariables = new RegExp(`\\{\\{[^{}]{1,60}\\}\\}|\\{(?:${bioVariables.join('|')})\\}`, 'g')

export const bookkeeping: Record<TranslatableCollection, Bookkeeping> = {
  pages: {
    collection: 'pages',
    noun: { one: 'page', many: 'pages' },
    units: { skip: ['translationReview'] },
    holdsText: { hideBaseline: { not_equals: true } },
    status: (doc) => {
      const status = doc?.translationStatus
      return status === 'reviewed' || status === 'drafted' ? status : 'missing'
    },
    review: (doc) => record(doc?.translationReview),
    stateData: (status, review) => ({ translationStatus: status, ...(review ? { translationReview: review } : {}) }),
  },
  'engagement-templates': {
    collection: 'engagement-templates',
    noun: { one: 'template', many: 'templates' },
    units: { skip: ['translationRecord'], variables: templateVariables },
    holdsText: null,
    // A language with no title of its own has no translation, whatever its status says (the status has a default).
    status: (doc) => {
      if (!doc || !hasTitle(doc)) return 'missing'
      return doc.translationReview === 'reviewed' ? 'reviewed' : doc.translationReview === 'awaiting-review' ? 'drafted' : 'missing'
    },
    review: (doc) => record(doc?.translationRecord),
    stateData: (status, review) => ({ translationReview: status === 'reviewed' ? 'reviewed' : 'awaiting-review', ...(review ? { translationRecord: review } : {}) }),
  },
}

export const isTranslatableCollection = (value: unknown): value is TranslatableCollection =>
  typeof value === 'string' && (translatableCollections as readonly string[]).includes(value)

/** The review record of today's English, by `reviewer`. */
export function reviewAgainst(keeping: Bookkeeping, fields: Parameters<typeof translatableText>[0], english: unknown, reviewer: string): NonNullable<ReviewRecord> {
  return { sourceText: translatableText(fields, english, keeping.units), reviewedAt: new Date().toISOString(), reviewedBy: reviewer.slice(0, 200) }
}

/**
 * When a language other than English is marked reviewed in the admin, remember the English text
 * it was reviewed against: a later English edit then makes that language out of date by itself,
 * and the diff since can be shown. A language already reviewed with a record keeps it (a Welsh
 * typo fix is not a new review); "Mark reviewed" in the side-by-side review writes a fresh one.
 */
export function recordTranslationReview(keeping: Bookkeeping): CollectionBeforeChangeHook {
  return async ({ data, req, originalDoc, collection, context }) => {
    const locale = req.locale
    if (!locale || locale === 'en' || locale === 'all' || context[TRANSLATION_IMPORT_CONTEXT]) return data
    if (keeping.status(data) !== 'reviewed' || originalDoc?.id === undefined) return data
    const alreadyRecorded = keeping.status(originalDoc) === 'reviewed' && typeof keeping.review(originalDoc)?.sourceText === 'string'
    if (alreadyRecorded) return data
    // No `req`: a Local API call with `locale` sets req.locale on the request it is given, and the
    // save in progress would then write its data into English.
    const english = await req.payload.findByID({ collection: keeping.collection, id: originalDoc.id, locale: 'en', draft: true, depth: 0, overrideAccess: true })
    const reviewer = req.user && 'email' in req.user ? String(req.user.email) : 'unknown'
    return { ...data, ...keeping.stateData('reviewed', reviewAgainst(keeping, collection.fields, english, reviewer)) }
  }
}
