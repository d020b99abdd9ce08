import type { EngagementContent } from '@/data/engagement'
import { chooseForPlatforms, fillTemplate, type VariantResult } from '@/lib/bio/fill'
import { platformIds, platforms, type PlatformId } from '@/lib/bio/platforms'
import { validateBioInput, type BioFieldError, type BioInput, type FormInput } from '@/lib/bio/validation'
import { bioVariables } from '@/lib/bio/variables'

/** The template parts the builder uses. */
export type BioTemplate = Pick<EngagementContent, 'bioTemplates'> & Partial<Pick<EngagementContent, 'expectations'>>

export type BioBuilderState = {
  /** Whether the form was sent (a first visit shows no errors). */
  submitted: boolean
  /** What was typed, to show back in the form after an error. */
  input: BioInput
  /** The platforms ticked (all of them on a first visit), to show back and to build bios for. */
  platforms: PlatformId[]
  /** Field errors in form order; empty on a first visit. */
  errors: BioFieldError[]
  /** One result per ticked platform, built from the values that passed validation. */
  results: VariantResult[]
  /** The "what to expect" lines filled in, for a pinned post; `null` when none can be filled. */
  pinned: string | null
}

const emptyInput = Object.fromEntries(bioVariables.map((name) => [name, ''])) as BioInput

/**
 * The bio builder's whole behaviour, as a pure function of what was typed: the server action
 * renders its result for a form posted without JavaScript, and the client component calls it on
 * every keystroke. `null` is a first visit: nothing typed, every platform ticked, no errors.
 * Nothing is stored; nothing here has side effects.
 */
export function renderBioResults(formData: FormInput | null, template: BioTemplate, locale: string): BioBuilderState {
  const { input, valid, platforms: picked, errors } = formData
    ? validateBioInput(formData)
    : { input: emptyInput, valid: {}, platforms: [...platformIds], errors: [] }
  const results = chooseForPlatforms(
    template.bioTemplates,
    valid,
    platforms.filter((platform) => picked.includes(platform.id)),
    locale,
  )
  const lines = [template.expectations?.readingTimes, template.expectations?.replies, template.expectations?.casework]
    .flatMap((line) => {
      if (!line) return []
      const filled = fillTemplate(line, valid)
      return filled.ok ? [filled.text] : []
    })
  return { submitted: formData !== null, input, platforms: picked, errors, results, pinned: lines.length > 0 ? lines.join(' ') : null }
}
