import type { FocusEvent, FormEvent, ReactNode } from 'react'

import { platforms } from '@/lib/bio/platforms'
import { PLATFORM_FIELD, requiredFields, type BioField, type BioFieldError } from '@/lib/bio/validation'
import { bioVariables, type BioVariable } from '@/lib/bio/variables'

import { BioResultsList } from './BioResultsList'
import { ErrorSummary } from './ErrorSummary'
import type { BioBuilderState } from './renderBioResults'
import { bioIds, errorMessage, type BioBuilderStrings } from './strings'

export type BioBuilderViewProps = {
  strings: BioBuilderStrings
  /** `renderBioResults(...)`: a first visit, a posted form, or the live state in the browser. */
  state: BioBuilderState
  /**
   * Where the form goes without JavaScript: a server action (posted to the page itself, so
   * nothing typed reaches the URL). Absent only where nothing is posted (tests).
   */
  formAction?: (formData: FormData) => void
  onChange?: (event: FormEvent<HTMLFormElement>) => void
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void
  /** Leaving a field (focus moves out of an input): the client names that field's problem. */
  onBlur?: (event: FocusEvent<HTMLFormElement>) => void
  /**
   * The errors listed in the summary at the top; by default all of `state.errors`. A field named
   * on leaving it shows its error in place only: the summary (an alert) belongs to submitting.
   */
  summaryErrors?: BioFieldError[]
  /** A copy button per fitting bio; only supplied where the Clipboard API exists. */
  copyButton?: (label: string, text: string, platformName: string) => ReactNode
  /** The copy confirmation, for the polite live region. */
  announcement?: string
}

const inputTypes: Record<BioVariable, { type: 'text' | 'email' | 'url'; autoComplete: string }> = {
  name: { type: 'text', autoComplete: 'name' },
  role: { type: 'text', autoComplete: 'organization-title' },
  days: { type: 'text', autoComplete: 'off' },
  hours: { type: 'text', autoComplete: 'off' },
  email: { type: 'email', autoComplete: 'email' },
  website: { type: 'url', autoComplete: 'url' },
}

/**
 * The bio builder's markup: form, GOV.UK error summary, per-field hints and errors tied to their
 * inputs with `aria-describedby`, the platform checkboxes, and the results. No hooks: the client
 * component renders it (on the server too, so it works before and without JavaScript), and unit
 * tests render it directly.
 */
export function BioBuilderView({ strings, state, formAction, onChange, onSubmit, onBlur, summaryErrors, copyButton, announcement }: BioBuilderViewProps) {
  const errorFor = (field: BioField) => state.errors.find((error) => error.field === field)
  const summary = (summaryErrors ?? state.errors).map((error) => ({ href: `#${bioIds.anchor(error.field)}`, text: errorMessage(error, strings) }))
  const describedBy = (field: BioField) => [bioIds.hint(field), errorFor(field) ? bioIds.error(field) : null].filter(Boolean).join(' ')
  const fieldError = (field: BioField) => {
    const error = errorFor(field)
    return error ? (
      <p className="error-message" id={bioIds.error(field)}>
        <span className="bio-builder__visually-hidden">{strings.errorPrefix} </span>
        {errorMessage(error, strings)}
      </p>
    ) : null
  }
  const platformsError = errorFor('platforms')

  return (
    <section className="bio-builder" id={bioIds.section} aria-labelledby={`${bioIds.section}-heading`}>
      <h2 id={`${bioIds.section}-heading`}>{strings.heading}</h2>
      <p>{strings.intro}</p>
      <p className="bio-builder__privacy">{strings.privacy}</p>
      <ErrorSummary id={`${bioIds.section}-errors`} title={strings.errorSummaryTitle} items={summary} />
      <form action={formAction} onChange={onChange} onSubmit={onSubmit} onBlur={onBlur} id={bioIds.form} noValidate>
        {bioVariables.map((field) => {
          const { label, hint } = strings.fields[field]
          return (
            <div key={field} className={`form-group${errorFor(field) ? ' form-group--error' : ''}`}>
              <label htmlFor={bioIds.field(field)}>
                {label}
                {requiredFields.includes(field) ? null : ` ${strings.optional}`}
              </label>
              <p className="form-hint" id={bioIds.hint(field)}>
                {hint}
              </p>
              {fieldError(field)}
              <input
                id={bioIds.field(field)}
                name={field}
                type={inputTypes[field].type}
                autoComplete={inputTypes[field].autoComplete}
                spellCheck={field === 'email' || field === 'website' ? false : undefined}
                defaultValue={state.input[field]}
                aria-describedby={describedBy(field)}
                aria-invalid={errorFor(field) ? true : undefined}
              />
            </div>
          )
        })}
        <div className={`form-group${platformsError ? ' form-group--error' : ''}`}>
          {/* GOV.UK checkboxes: the hint and error belong to the fieldset, not to each box. */}
          <fieldset className="bio-builder__platforms" id={bioIds.platforms} aria-describedby={describedBy('platforms')}>
            <legend>{strings.platforms.legend}</legend>
            <p className="form-hint" id={bioIds.hint('platforms')}>
              {strings.platforms.hint}
            </p>
            {fieldError('platforms')}
            {platforms.map((platform) => (
              <div key={platform.id} className="bio-builder__checkbox">
                <input
                  type="checkbox"
                  id={bioIds.platform(platform.id)}
                  name={PLATFORM_FIELD}
                  value={platform.id}
                  defaultChecked={state.platforms.includes(platform.id)}
                />
                <label htmlFor={bioIds.platform(platform.id)}>{platform.name}</label>
              </div>
            ))}
          </fieldset>
        </div>
        <button type="submit">{strings.submit}</button>
      </form>
      <BioResultsList results={state.results} pinned={state.pinned} noPlatforms={state.platforms.length === 0} strings={strings} copyButton={copyButton} />
      {/* role="status" is polite; the text is replaced on each copy so a repeat is announced again. */}
      <div className="bio-builder__visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </section>
  )
}
