'use client'

import { useActionState } from 'react'

import { FocusedErrorSummary } from './FocusedErrorSummary.client'
import { EmailField, FormField } from './FormField'
import type { SignInState } from './signInState'

export type SignInStrings = { email: string; password: string; submit: string; pending: string; errorTitle: string }

type Action = (previous: SignInState, form: FormData) => Promise<SignInState>

/**
 * Email and password, posted to a server action. Without JavaScript the same action answers the
 * plain form post and the page comes back with the errors and the email as typed.
 */
export function SignInForm({ action, strings, initial }: { action: Action; strings: SignInStrings; initial: SignInState }) {
  const [state, formAction, pending] = useActionState(action, initial)
  const { errors } = state
  const items = [
    ...(errors.form ? [{ href: '#email', text: errors.form }] : []),
    ...(errors.email ? [{ href: '#email', text: errors.email }] : []),
    ...(errors.password ? [{ href: '#password', text: errors.password }] : []),
  ]
  return (
    <form action={formAction} className="sign-in-form" noValidate>
      <FocusedErrorSummary id="sign-in-errors" title={strings.errorTitle} items={items} answer={state} />
      <EmailField label={strings.email} error={errors.email} invalid={Boolean(errors.email || errors.form)} value={state.email} />
      <FormField id="password" label={strings.password} error={errors.password} invalid={Boolean(errors.password || errors.form)}>
        {(described) => <input id="password" name="password" type="password" autoComplete="current-password" required {...described} />}
      </FormField>
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {pending ? strings.pending : strings.submit}
      </button>
    </form>
  )
}
