'use client'

import { useActionState } from 'react'

import { FocusedErrorSummary } from '@/components/site/FocusedErrorSummary.client'
import { EmailField, FormField } from '@/components/site/FormField'
import { useFullPageContinue } from '@/components/twoFactor/continueTo.client'

import type { AdminSignInState } from './actions'

type Action = (previous: AdminSignInState, form: FormData) => Promise<AdminSignInState>

/** The admin's email and password: the first step; the email typed comes back on every refusal. */
export function AdminPasswordForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(useFullPageContinue(action), { email: '', errors: {} })
  const { errors } = state
  const items = [
    ...(errors.form ? [{ href: '#email', text: errors.form }] : []),
    ...(errors.email ? [{ href: '#email', text: errors.email }] : []),
    ...(errors.password ? [{ href: '#password', text: errors.password }] : []),
  ]
  return (
    <form action={formAction} className="admin-sign-in__form" noValidate>
      <FocusedErrorSummary id="sign-in-errors" title="There is a problem" items={items} answer={state} />
      <EmailField label="Email" error={errors.email} invalid={Boolean(errors.email || errors.form)} value={state.email} />
      <FormField id="password" label="Password" error={errors.password} invalid={Boolean(errors.password || errors.form)}>
        {(described) => <input id="password" name="password" type="password" autoComplete="current-password" required {...described} />}
      </FormField>
      <button type="submit" className="btn btn--style-primary" aria-disabled={pending || undefined}>
        {pending ? 'Signing in…' : 'Login'}
      </button>
      {state.continueTo ? (
        <p role="status">
          Signed in. <a href={state.continueTo}>Continue to the admin</a>
        </p>
      ) : null}
    </form>
  )
}
