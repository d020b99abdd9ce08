'use client'

import { useActionState, useEffect, useRef, useState, type ReactNode } from 'react'

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
  | 'errorTitle'
  | 'draftSaved'
  | 'draftNotSaved',
  string
>

type Action = (previous: IncidentFormState, form: FormData) => Promise<IncidentFormState>
type Autosave = (form: FormData) => Promise<{ id: number | null }>

/** How often a changed form is saved as a draft; leaving a field saves at once. */
const AUTOSAVE_MS = 4000

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
 * The record (and edit) form. Works without JavaScript: a plain POST to the server action, which
 * answers with the page again holding everything typed and a message per field. With JavaScript
 * the same action runs in place and focus moves to the error summary; and, when `autosave` is
 * given (recording), what has been typed is saved to the server as a draft every few seconds
 * while it changes and whenever a field is left: never to the browser's storage, which a shared
 * or seized phone would give away.
 */
export function IncidentForm({
  action,
  initial,
  strings,
  platforms,
  kinds,
  labels,
  maxLengths,
  autosave,
}: {
  action: Action
  autosave?: Autosave
  initial: IncidentFormState
  strings: IncidentFormStrings
  platforms: Option[]
  kinds: Option[]
  labels: Record<IncidentFormField, string>
  maxLengths: Partial<Record<IncidentFormField, number>>
}) {
  const [state, formAction, pending] = useActionState(action, initial)
  const summary = useRef<HTMLDivElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  // The draft being written: the one the page opened, or the first autosave's (the hidden input
  // carries it to the next save, which reads the form, and to the final post).
  const [savedDraftId, setSavedDraftId] = useState('')
  const currentDraftId = savedDraftId || state.draftId || ''
  const [draftStatus, setDraftStatus] = useState<{ saved: boolean; at: string } | null>(null)
  useEffect(() => {
    const form = formRef.current
    if (!autosave || !form) return
    let dirty = false
    let saving = false
    let stopped = false
    const markDirty = () => {
      dirty = true
    }
    const save = async () => {
      if (!dirty || saving || stopped) return
      dirty = false
      saving = true
      try {
        const result = await autosave(new FormData(form))
        if (result.id === null) throw new Error('not saved')
        setSavedDraftId(String(result.id))
        setDraftStatus({ saved: true, at: new Date().toLocaleTimeString(document.documentElement.lang || undefined, { hour: '2-digit', minute: '2-digit' }) })
      } catch {
        // Kept as changed: the next tick tries again (a dropped connection comes back).
        dirty = true
        setDraftStatus({ saved: false, at: '' })
      } finally {
        saving = false
      }
    }
    // Once the form is sent, its draft is the server's to finish: no save may land after it.
    const stop = () => {
      stopped = true
    }
    const timer = window.setInterval(() => void save(), AUTOSAVE_MS)
    const onLeave = () => void save()
    form.addEventListener('input', markDirty)
    form.addEventListener('change', markDirty)
    form.addEventListener('focusout', onLeave)
    form.addEventListener('submit', stop)
    return () => {
      window.clearInterval(timer)
      form.removeEventListener('input', markDirty)
      form.removeEventListener('change', markDirty)
      form.removeEventListener('focusout', onLeave)
      form.removeEventListener('submit', stop)
    }
  }, [autosave])
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
    <form action={formAction} className="incident-form" noValidate ref={formRef}>
      {autosave ? <input type="hidden" name="draftId" value={currentDraftId} /> : null}
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
      {autosave ? (
        // Polite and changed at most once a minute's worth of wording: not a voice every few seconds.
        <p className="form-hint" role="status">
          {draftStatus === null ? '' : draftStatus.saved ? strings.draftSaved.replace('{time}', draftStatus.at) : strings.draftNotSaved}
        </p>
      ) : null}
    </form>
  )
}
