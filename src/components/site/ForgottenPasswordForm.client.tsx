'use client'

import { useActionState, useEffect, useRef } from 'react'

import { ErrorSummary } from '@/components/BioBuilder/ErrorSummary'

import type { ForgottenState } from './forgottenState'

export type ForgottenStrings = {
  email: string
  send: string
  sending: string
  errorTitle: string
  /** Shown once the request was taken; `{email}` is replaced by the address typed. */
  sentTitle: string
  sentBody: string
  sentHelp: string
}

type Action = (previous: ForgottenState, form: FormData) => Promise<ForgottenState>

/**
 * One field, the address; afterwards the same "check your email" whether or not it has an
 * account. Without JavaScript the action answers the plain post with the same state.
 */
export function ForgottenPasswordForm({ action, strings, initial }: { action: Action; strings: ForgottenStrings; initial: ForgottenState }) {
  const [state, formAction, pending] = useActionState(action, initial)
  const summary = useRef<HTMLDivElement>(null)
  const sent = useRef<HTMLHeadingElement>(null)
  const { errors } = state
  const items = errors.form ? [{ href: '#email', text: errors.form }] : errors.email ? [{ href: '#email', text: errors.email }] : []
  useEffect(() => {
    if (state.sent) sent.current?.focus()
    else if (items.length > 0) summary.current?.querySelector<HTMLElement>('.error-summary')?.focus()
  }, [state, items.length])
  if (state.sent) {
    return (
      <div className="panel" role="status">
        <h2 ref={sent} tabIndex={-1}>
          {strings.sentTitle}
        </h2>
        <p>{strings.sentBody.replace('{email}', state.email)}</p>
        <p>{strings.sentHelp}</p>
      </div>
    )
  }
  return (
    <form action={formAction} className="sign-in-form" noValidate>
      <div ref={summary}>
        <ErrorSummary id="forgotten-errors" title={strings.errorTitle} items={items} />
      </div>
      <div className={errors.email || errors.form ? 'form-group form-group--error' : 'form-group'}>
        <label htmlFor="email">{strings.email}</label>
        {errors.email ? (
          <p className="error-message" id="email-error">
            {errors.email}
          </p>
        ) : null}
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
          {...(errors.email || errors.form ? { 'aria-invalid': true } : {})}
          {...(errors.email ? { 'aria-describedby': 'email-error' } : {})}
        />
      </div>
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {pending ? strings.sending : strings.send}
      </button>
    </form>
  )
}
