import { bioVariables, type BioVariable } from '@/lib/bio/variables'
import { requiredFields } from '@/lib/bio/validation'

import { BioBuilderLive } from './BioBuilder.client'
import { ErrorSummary } from './ErrorSummary'
import type { BioBuilderState, BioTemplate } from './renderBioResults'
import { bioIds, errorMessage, type BioBuilderStrings } from './strings'

export type BioBuilderViewProps = {
  template: BioTemplate
  locale: string
  strings: BioBuilderStrings
  /** `renderBioResults(searchParams, template, locale)` for this request. */
  state: BioBuilderState
  /** Where the form goes without JavaScript: the page itself (GET). Defaults to the current URL. */
  action?: string
  /** Extra query values the page needs kept (e.g. `{ audience: 'candidate' }`). */
  hiddenFields?: Record<string, string>
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
 * The bio builder, rendered on the server: form, GOV.UK error summary, per-field hints and
 * errors tied to their inputs with `aria-describedby`, and the results (through the small client
 * component, which the server renders too). Without JavaScript the form is a plain GET to the
 * page, which renders the same results from `renderBioResults`.
 */
export function BioBuilderView({ template, locale, strings, state, action, hiddenFields }: BioBuilderViewProps) {
  const errorFor = (field: BioVariable) => state.errors.find((error) => error.field === field)
  const summary = state.errors.map((error) => ({ href: `#${bioIds.field(error.field)}`, text: errorMessage(error, strings) }))

  return (
    <section className="bio-builder" id={bioIds.section} aria-labelledby={`${bioIds.section}-heading`}>
      <h2 id={`${bioIds.section}-heading`}>{strings.heading}</h2>
      <p>{strings.intro}</p>
      <p className="bio-builder__privacy">{strings.privacy}</p>
      <ErrorSummary id={`${bioIds.section}-errors`} title={strings.errorSummaryTitle} items={summary} />
      <form method="get" action={action ? `${action}#${bioIds.section}` : undefined} id={bioIds.form} noValidate>
        {Object.entries(hiddenFields ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {bioVariables.map((field) => {
          const error = errorFor(field)
          const { label, hint } = strings.fields[field]
          const describedBy = [bioIds.hint(field), error ? bioIds.error(field) : null].filter(Boolean).join(' ')
          return (
            <div key={field} className={`form-group${error ? ' form-group--error' : ''}`}>
              <label htmlFor={bioIds.field(field)}>
                {label}
                {requiredFields.includes(field) ? null : ` ${strings.optional}`}
              </label>
              <p className="form-hint" id={bioIds.hint(field)}>
                {hint}
              </p>
              {error ? (
                <p className="error-message" id={bioIds.error(field)}>
                  <span className="bio-builder__visually-hidden">{strings.errorPrefix} </span>
                  {errorMessage(error, strings)}
                </p>
              ) : null}
              <input
                id={bioIds.field(field)}
                name={field}
                type={inputTypes[field].type}
                autoComplete={inputTypes[field].autoComplete}
                spellCheck={field === 'email' || field === 'website' ? false : undefined}
                defaultValue={state.input[field]}
                aria-describedby={describedBy}
                aria-invalid={error ? true : undefined}
              />
            </div>
          )
        })}
        <button type="submit">{strings.submit}</button>
      </form>
      <BioBuilderLive template={template} locale={locale} strings={strings} initial={{ results: state.results, pinned: state.pinned }} />
    </section>
  )
}
