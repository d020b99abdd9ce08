'use client'

import { useActionState, useEffect, useRef } from 'react'

import { FocusedErrorSummary } from './FocusedErrorSummary.client'
import type { ForgottenState } from './forgottenState'
import { EmailField } from './FormField'

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
  const sent = useRef<HTMLHeadingElement>(null)
  const { errors } = state
  const items = errors.form ? [{ href: '#email', text: errors.form }] : errors.email ? [{ href: '#email', text: errors.email }] : []
  useEffect(() => {
    if (state.sent) sent.current?.focus()
  }, [state])
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
      <FocusedErrorSummary id="forgotten-errors" title={strings.errorTitle} items={items} answer={state} />
      <EmailField label={strings.email} error={errors.email} invalid={Boolean(errors.email || errors.form)} value={state.email} />
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {pending ? strings.sending : strings.send}
      </button>
    </form>
  )
}
