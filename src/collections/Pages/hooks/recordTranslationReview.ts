import type { CollectionBeforeChangeHook } from 'payload'

import type { Page } from '@/payload-types'
import { translatableText } from '@/lib/xliff'

/** Set by the XLIFF import, which records the review itself (with the translator's name). */
export const TRANSLATION_IMPORT_CONTEXT = 'translationImport'

/**
 * When a language other than English is marked reviewed, remember the English text it was
 * reviewed against: a later English edit then makes that language out of date by itself
 * (`translationState` in src/lib/xliff/state.ts), and the diff since can be shown.
 */
export const recordTranslationReview: CollectionBeforeChangeHook<Page> = async ({ data, req, originalDoc, collection, context }) => {
  const locale = req.locale
  if (!locale || locale === 'en' || locale === 'all' || context[TRANSLATION_IMPORT_CONTEXT]) return data
  if (data.translationStatus !== 'reviewed' || originalDoc?.id === undefined) return data
  const alreadyRecorded = originalDoc.translationStatus === 'reviewed' && typeof originalDoc.translationReview?.sourceText === 'string'
  if (alreadyRecorded) return data
  // No `req`: a Local API call with `locale` sets req.locale on the request it is given, and the
  // save in progress would then write its data into English.
  const english = await req.payload.findByID({ collection: 'pages', id: originalDoc.id, locale: 'en', draft: true, depth: 0, overrideAccess: true })
  const reviewer = req.user && 'email' in req.user ? String(req.user.email) : null
  return {
    ...data,
    translationReview: { sourceText: translatableText(collection.fields, english, { skip: ['translationReview'] }), reviewedAt: new Date().toISOString(), reviewedBy: reviewer },
  }
}
