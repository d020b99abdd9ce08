'use client'

import { useActionState } from 'react'

import { FocusedErrorSummary } from './FocusedErrorSummary.client'
import { FormField } from './FormField'
import { emptyHelperFormState, type HelperFormState } from './helperFormState'

export type HelperFormStrings = { email: string; hint: string; add: string; adding: string; errorTitle: string }

type Action = (previous: HelperFormState, form: FormData) => Promise<HelperFormState>

/**
 * The owner names a helper by email address. A plain post without JavaScript; a refusal comes
 * back with the address as typed and one message on the field; a success says who was added.
 */
export function HelperForm({ action, strings }: { action: Action; strings: HelperFormStrings }) {
  const [state, formAction, pending] = useActionState(action, emptyHelperFormState)
  const items = state.error ? [{ href: '#helper-email', text: state.error }] : []
  return (
    <form action={formAction} className="sign-in-form" noValidate>
      <FocusedErrorSummary id="helper-errors" title={strings.errorTitle} items={items} answer={state} />
      {state.added ? (
        <p className="incident-notice" role="status">
          {state.added}
        </p>
      ) : null}
      <FormField id="helper-email" label={strings.email} hintId="helper-email-hint" error={state.error ?? undefined} invalid={Boolean(state.error)}>
        {(described) => (
          <input id="helper-email" name="email" type="email" autoComplete="off" spellCheck={false} defaultValue={state.email} key={`helper-${state.email}-${state.added ?? ''}`} maxLength={320} required {...described} />
        )}
      </FormField>
      <p className="form-hint" id="helper-email-hint">
        {strings.hint}
      </p>
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {pending ? strings.adding : strings.add}
      </button>
    </form>
  )
}
