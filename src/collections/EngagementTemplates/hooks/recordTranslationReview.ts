import { bookkeeping, recordTranslationReview } from '@/collections/translations/bookkeeping'

/** A template's review record, kept when a language is set to "Reviewed by a speaker". */
export const recordTemplateTranslationReview = recordTranslationReview(bookkeeping['engagement-templates'])
