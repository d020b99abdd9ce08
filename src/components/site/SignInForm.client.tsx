'use client'

import { useActionState, useEffect, useRef, type ReactNode } from 'react'

import { ErrorSummary } from '@/components/BioBuilder/ErrorSummary'

import type { SignInState } from './signInState'

export type SignInStrings = { email: string; password: string; submit: string; pending: string; errorTitle: string }

type Action = (previous: SignInState, form: FormData) => Promise<SignInState>

type Described = { 'aria-invalid'?: true; 'aria-describedby'?: string }

/** A labelled field with its error message above the input, GOV.UK style. */
function Field({ id, label, error, invalid, children }: { id: string; label: string; error?: string; invalid: boolean; children: (described: Described) => ReactNode }) {
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label htmlFor={id}>{label}</label>
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children({ ...(invalid ? { 'aria-invalid': true } : {}), ...(error ? { 'aria-describedby': `${id}-error` } : {}) })}
    </div>
  )
}

/**
 * Email and password, posted to a server action. Without JavaScript the same action answers the
 * plain form post and the page comes back with the errors and the email as typed.
 */
export function SignInForm({ action, strings, initial }: { action: Action; strings: SignInStrings; initial: SignInState }) {
  const [state, formAction, pending] = useActionState(action, initial)
  const summary = useRef<HTMLDivElement>(null)
  const { errors } = state
  const items = [
    ...(errors.form ? [{ href: '#email', text: errors.form }] : []),
    ...(errors.email ? [{ href: '#email', text: errors.email }] : []),
    ...(errors.password ? [{ href: '#password', text: errors.password }] : []),
  ]
  useEffect(() => {
    // Move focus to the summary after a refused attempt, as GOV.UK forms do.
    if (items.length > 0) summary.current?.querySelector<HTMLElement>('.error-summary')?.focus()
  }, [state, items.length])
  return (
    <form action={formAction} className="sign-in-form" noValidate>
      <div ref={summary}>
        <ErrorSummary id="sign-in-errors" title={strings.errorTitle} items={items} />
      </div>
      <Field id="email" label={strings.email} error={errors.email} invalid={Boolean(errors.email || errors.form)}>
        {(described) => (
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            defaultValue={state.email}
            key={`email-${state.email}`}
            maxLength={320}
            required
            {...described}
          />
        )}
      </Field>
      <Field id="password" label={strings.password} error={errors.password} invalid={Boolean(errors.password || errors.form)}>
        {(described) => <input id="password" name="password" type="password" autoComplete="current-password" required {...described} />}
      </Field>
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {pending ? strings.pending : strings.submit}
      </button>
    </form>
  )
}
