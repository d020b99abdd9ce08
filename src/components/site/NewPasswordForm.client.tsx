'use client'

import { useActionState, useEffect, useRef } from 'react'

import { ErrorSummary } from '@/components/BioBuilder/ErrorSummary'

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
  const summary = useRef<HTMLDivElement>(null)
  const { errors } = state
  const items = [
    ...(errors.form ? [{ href: '#new-password', text: errors.form }] : []),
    ...(errors.password ? [{ href: '#new-password', text: errors.password }] : []),
    ...(errors.confirm ? [{ href: '#confirm-password', text: errors.confirm }] : []),
  ].filter((item, index, all) => all.findIndex((other) => other.href === item.href) === index)
  useEffect(() => {
    if (items.length > 0) summary.current?.querySelector<HTMLElement>('.error-summary')?.focus()
  }, [state, items.length])
  const described = (id: string, error: string | undefined, extra?: string) => {
    const ids = [extra, error ? `${id}-error` : undefined].filter(Boolean).join(' ')
    return { ...(error ? { 'aria-invalid': true as const } : {}), ...(ids ? { 'aria-describedby': ids } : {}) }
  }
  return (
    <form action={formAction} className="sign-in-form" noValidate>
      <div ref={summary}>
        <ErrorSummary id="new-password-errors" title={strings.errorTitle} items={items} />
      </div>
      <div className="form-group">
        <label htmlFor="account-email">{strings.emailLabel}</label>
        <input id="account-email" name="email" type="email" autoComplete="username" value={email} readOnly />
      </div>
      <p id="password-rules">{strings.rules}</p>
      <div className={errors.password || errors.form ? 'form-group form-group--error' : 'form-group'}>
        <label htmlFor="new-password">{strings.password}</label>
        {errors.password ? (
          <p className="error-message" id="new-password-error">
            {errors.password}
          </p>
        ) : null}
        <input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          defaultValue={state.password}
          key={`password-${state.password}`}
          required
          {...described('new-password', errors.password, 'password-rules')}
        />
      </div>
      <div className={errors.confirm ? 'form-group form-group--error' : 'form-group'}>
        <label htmlFor="confirm-password">{strings.confirm}</label>
        {errors.confirm ? (
          <p className="error-message" id="confirm-password-error">
            {errors.confirm}
          </p>
        ) : null}
        <input
          id="confirm-password"
          name="confirm"
          type="password"
          autoComplete="new-password"
          defaultValue={state.confirm}
          key={`confirm-${state.confirm}`}
          required
          {...described('confirm-password', errors.confirm)}
        />
      </div>
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {pending ? strings.pending : strings.submit}
      </button>
    </form>
  )
}
