'use client'

import { useActionState } from 'react'

import { FocusedErrorSummary } from './FocusedErrorSummary.client'
import { FormField } from './FormField'
import type { NewPasswordState } from './newPasswordState'

export type NewPasswordStrings = {
  emailLabel: string
  rules: string
  password: string
  confirm: string
  submit: string
  pending: string
  errorTitle: string
}

type Action = (previous: NewPasswordState, form: FormData) => Promise<NewPasswordState>

/**
 * Choose a password (twice), with the rules shown before anything is typed. The address is shown
 * read-only so that password managers store the new password against it. Posted to a server
 * action; without JavaScript the same action answers the plain post.
 */
export function NewPasswordForm({ action, email, strings, initial }: { action: Action; email: string; strings: NewPasswordStrings; initial: NewPasswordState }) {
  const [state, formAction, pending] = useActionState(action, initial)
  const { errors } = state
  const items = [
    ...(errors.form ? [{ href: '#new-password', text: errors.form }] : []),
    ...(errors.password ? [{ href: '#new-password', text: errors.password }] : []),
    ...(errors.confirm ? [{ href: '#confirm-password', text: errors.confirm }] : []),
  ].filter((item, index, all) => all.findIndex((other) => other.href === item.href) === index)
  return (
    <form action={formAction} className="sign-in-form" noValidate>
      <FocusedErrorSummary id="new-password-errors" title={strings.errorTitle} items={items} answer={state} />
      <div className="form-group">
        <label htmlFor="account-email">{strings.emailLabel}</label>
        <input id="account-email" name="email" type="email" autoComplete="username" value={email} readOnly />
      </div>
      <p id="password-rules">{strings.rules}</p>
      <FormField id="new-password" label={strings.password} error={errors.password} invalid={Boolean(errors.password || errors.form)} hintId="password-rules">
        {(described) => (
          <input
            id="new-password"
            name="password"
            type="password"
            autoComplete="new-password"
            defaultValue={state.password}
            key={`password-${state.password}`}
            required
            {...described}
          />
        )}
      </FormField>
      <FormField id="confirm-password" label={strings.confirm} error={errors.confirm}>
        {(described) => (
          <input
            id="confirm-password"
            name="confirm"
            type="password"
            autoComplete="new-password"
            defaultValue={state.confirm}
            key={`confirm-${state.confirm}`}
            required
            {...described}
          />
        )}
      </FormField>
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {pending ? strings.pending : strings.submit}
      </button>
    </form>
  )
}
