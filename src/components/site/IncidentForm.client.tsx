'use client'

import { useActionState, useEffect, useRef, type ReactNode } from 'react'

import { ErrorSummary } from '@/components/BioBuilder/ErrorSummary'

import type { IncidentFormField, IncidentFormState } from './incidentFormState'

type Option = { value: string; label: string }

/** Every label, hint and button text, translated by the page (server) and passed in. */
export type IncidentFormStrings = Record<
  | 'happenedAt'
  | 'happenedAtHint'
  | 'happenedUntil'
  | 'platform'
  | 'choose'
  | 'kinds'
  | 'kindsHint'
  | 'whatHappened'
  | 'whatHappenedHint'
  | 'impact'
  | 'witnesses'
  | 'handles'
  | 'handlesHint'
  | 'links'
  | 'linksHint'
  | 'platformReport'
  | 'policeReport'
  | 'reportedOn'
  | 'reference'
  | 'outcome'
  | 'crimeReference'
  | 'officer'
  | 'operationFord'
  | 'save'
  | 'saving'
  | 'errorTitle',
  string
>

type Action = (previous: IncidentFormState, form: FormData) => Promise<IncidentFormState>

const ORDER: IncidentFormField[] = [
  'happenedAt',
  'happenedUntil',
  'platform',
  'kinds',
  'whatHappened',
  'impact',
  'witnesses',
  'handles',
  'links',
  'platformReportedOn',
  'platformReference',
  'platformOutcome',
  'policeReportedOn',
  'crimeReference',
  'officer',
]

/** The id the error summary links to: the field, or a group's first control. */
const targetOf = (field: IncidentFormField, firstKind: string): string => (field === 'kinds' ? `kinds-${firstKind}` : field)

/**
 * The record form. Works without JavaScript: a plain POST to the server action, which answers
 * with the page again holding everything typed and a message per field. With JavaScript the same
 * action runs in place and focus moves to the error summary.
 */
export function IncidentForm({
  action,
  initial,
  strings,
  platforms,
  kinds,
  labels,
  maxLengths,
}: {
  action: Action
  initial: IncidentFormState
  strings: IncidentFormStrings
  platforms: Option[]
  kinds: Option[]
  labels: Record<IncidentFormField, string>
  maxLengths: Partial<Record<IncidentFormField, number>>
}) {
  const [state, formAction, pending] = useActionState(action, initial)
  const summary = useRef<HTMLDivElement>(null)
  const { values, errors } = state
  const firstKind = kinds[0]?.value ?? 'threat'
  const items = ORDER.filter((field) => errors[field]).map((field) => ({ href: `#${targetOf(field, firstKind)}`, text: `${labels[field]}: ${errors[field]}` }))
  useEffect(() => {
    if (items.length > 0) summary.current?.querySelector<HTMLElement>('.error-summary')?.focus()
  }, [state, items.length])
  // A refused post renders a new state: keying the fields on it makes the inputs show what came back.
  const stamp = JSON.stringify(values).length

  const group = (field: IncidentFormField, label: string, control: (described: Record<string, string | boolean>) => ReactNode, hint?: string) => {
    const error = errors[field]
    const describedBy = [hint ? `${field}-hint` : null, error ? `${field}-error` : null].filter(Boolean).join(' ')
    return (
      <div className={error ? 'form-group form-group--error' : 'form-group'}>
        <label htmlFor={field}>{label}</label>
        {hint ? (
          <p className="form-hint" id={`${field}-hint`}>
            {hint}
          </p>
        ) : null}
        {error ? (
          <p className="error-message" id={`${field}-error`}>
            {error}
          </p>
        ) : null}
        {control({ ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true } : {}) })}
      </div>
    )
  }
  const text = (field: IncidentFormField, label: string, hint?: string, type = 'text') =>
    group(
      field,
      label,
      (described) => <input id={field} name={field} type={type} defaultValue={values[field] as string} maxLength={maxLengths[field]} key={`${field}-${stamp}`} {...described} />,
      hint,
    )
  const area = (field: IncidentFormField, label: string, hint?: string, rows = 4) =>
    group(
      field,
      label,
      (described) => <textarea id={field} name={field} rows={rows} defaultValue={values[field] as string} maxLength={maxLengths[field]} key={`${field}-${stamp}`} {...described} />,
      hint,
    )
  const kindsError = errors.kinds

  return (
    <form action={formAction} className="incident-form" noValidate>
      <div ref={summary}>
        <ErrorSummary id="incident-errors" title={strings.errorTitle} items={items} />
      </div>
      {text('happenedAt', strings.happenedAt, strings.happenedAtHint, 'datetime-local')}
      {text('happenedUntil', strings.happenedUntil, undefined, 'datetime-local')}
      {group(
        'platform',
        strings.platform,
        (described) => (
          <select id="platform" name="platform" defaultValue={values.platform} key={`platform-${stamp}`} {...described}>
            <option value="">{strings.choose}</option>
            {platforms.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ),
      )}
      <div className={kindsError ? 'form-group form-group--error' : 'form-group'}>
        <fieldset aria-describedby={kindsError ? 'kinds-hint kinds-error' : 'kinds-hint'}>
          <legend>{strings.kinds}</legend>
          <p className="form-hint" id="kinds-hint">
            {strings.kindsHint}
          </p>
          {kindsError ? (
            <p className="error-message" id="kinds-error">
              {kindsError}
            </p>
          ) : null}
          {kinds.map((option) => (
            <div className="checkbox" key={option.value}>
              <input
                type="checkbox"
                id={`kinds-${option.value}`}
                name="kinds"
                value={option.value}
                defaultChecked={values.kinds.includes(option.value)}
                key={`kinds-${option.value}-${stamp}`}
              />
              <label htmlFor={`kinds-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </fieldset>
      </div>
      {area('whatHappened', strings.whatHappened, strings.whatHappenedHint, 6)}
      {area('handles', strings.handles, strings.handlesHint, 3)}
      {area('links', strings.links, strings.linksHint, 3)}
      {area('impact', strings.impact)}
      {area('witnesses', strings.witnesses, undefined, 2)}
      <fieldset>
        <legend>{strings.platformReport}</legend>
        {text('platformReportedOn', strings.reportedOn, undefined, 'date')}
        {text('platformReference', strings.reference)}
        {area('platformOutcome', strings.outcome, undefined, 2)}
      </fieldset>
      <fieldset>
        <legend>{strings.policeReport}</legend>
        {text('policeReportedOn', strings.reportedOn, undefined, 'date')}
        {text('crimeReference', strings.crimeReference)}
        {text('officer', strings.officer)}
        <div className="checkbox">
          <input type="checkbox" id="operationFord" name="operationFord" value="yes" defaultChecked={values.operationFord} key={`ford-${stamp}`} />
          <label htmlFor="operationFord">{strings.operationFord}</label>
        </div>
      </fieldset>
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {pending ? strings.saving : strings.save}
      </button>
    </form>
  )
}
