import { bookkeeping, recordTranslationReview } from '@/collections/translations/bookkeeping'

export { TRANSLATION_IMPORT_CONTEXT } from '@/collections/translations/bookkeeping'

/** A page's review record, kept when a language is marked reviewed (see the factory's comment). */
export const recordPageTranslationReview = recordTranslationReview(bookkeeping.pages)
