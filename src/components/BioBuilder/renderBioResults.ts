import type { EngagementContent } from '@/data/engagement'
import { chooseForPlatforms, fillTemplate, type VariantResult } from '@/lib/bio/fill'
import { platforms } from '@/lib/bio/platforms'
import { isBioSubmission, validateBioInput, type BioFieldError, type BioInput, type FormInput } from '@/lib/bio/validation'

/** The template parts the builder uses. */
export type BioTemplate = Pick<EngagementContent, 'bioTemplates'> & Partial<Pick<EngagementContent, 'expectations'>>

export type BioBuilderState = {
  /** Whether the form was sent (a first visit shows no errors). */
  submitted: boolean
  /** What was typed, to show back in the form after an error. */
  input: BioInput
  /** Field errors in form order; empty on a first visit. */
  errors: BioFieldError[]
  /** One result per platform, built from the values that passed validation. */
  results: VariantResult[]
  /** The "what to expect" lines filled in, for a pinned post; `null` when none can be filled. */
  pinned: string | null
}

/**
 * The bio builder's whole behaviour, as a pure function of what was typed: the server renders
 * its result for a plain form submission (no JavaScript), and the client component calls it on
 * every keystroke. Nothing is stored; nothing here has side effects.
 */
export function renderBioResults(formData: FormInput, template: BioTemplate, locale: string): BioBuilderState {
  const submitted = isBioSubmission(formData)
  const { input, valid, errors } = validateBioInput(formData)
  const results = chooseForPlatforms(template.bioTemplates, valid, platforms, locale)
  const lines = [template.expectations?.readingTimes, template.expectations?.replies, template.expectations?.casework]
    .flatMap((line) => {
      if (!line) return []
      const filled = fillTemplate(line, valid)
      return filled.ok ? [filled.text] : []
    })
  return { submitted, input, errors: submitted ? errors : [], results, pinned: lines.length > 0 ? lines.join(' ') : null }
}
