import { diffText, hasChanges, type DiffPart } from '../textDiff'

/**
 * A language's translation state. `missing`, `drafted` and `reviewed` are what an editor (or an
 * import) sets; `outdated` is derived, never stored: a language reviewed against an English text
 * that has changed since. Deriving it means it cannot go stale (an English edit and its undo
 * leave the language reviewed) and no English save has to write into the other languages.
 */
export type TranslationState = 'missing' | 'drafted' | 'reviewed' | 'outdated'

export type ReviewRecord = { sourceText?: string | null; reviewedAt?: string | null; reviewedBy?: string | null } | null | undefined

/**
 * The state of one language, from its stored status, the English plain text recorded when it was
 * reviewed and today's English plain text. A review with no recorded English (reviewed before the
 * record existed) counts as current: nothing says otherwise.
 */
export function translationState(status: string | null | undefined, review: ReviewRecord, englishNow: string): TranslationState {
  if (status !== 'reviewed') return status === 'drafted' ? 'drafted' : 'missing'
  const then = review?.sourceText
  if (typeof then !== 'string') return 'reviewed'
  return then === englishNow ? 'reviewed' : 'outdated'
}

/** What changed in the English since the language was reviewed (null: nothing recorded). */
export function englishChangesSinceReview(review: ReviewRecord, englishNow: string): DiffPart[] | null {
  const then = review?.sourceText
  if (typeof then !== 'string') return null
  const parts = diffText(then, englishNow)
  return hasChanges(parts) ? parts : []
}

/** States an export of "everything missing" covers: all but a current review. */
export const needsTranslation = (state: TranslationState) => state !== 'reviewed'
