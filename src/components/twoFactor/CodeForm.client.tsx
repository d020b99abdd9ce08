'use client'

import { useActionState } from 'react'

import { FocusedErrorSummary } from '@/components/site/FocusedErrorSummary.client'
import { FormField } from '@/components/site/FormField'

import type { CodeFormState } from './codeState'
import { useFullPageContinue } from './continueTo.client'

export type CodeFormStrings = { label: string; hint: string; submit: string; pending: string; errorTitle: string }

type Action = (previous: CodeFormState, form: FormData) => Promise<CodeFormState>

/**
 * One field for a code from the authenticator app (or a recovery code, where the hint says so),
 * posted to a server action; without JavaScript the same action answers the plain post. Shared by
 * the site and the admin, which pass their own strings. The admin's sign-in passes
 * `fullPageContinue` (see continueTo.client.ts).
 */
export function CodeForm({ action, strings, id = 'code', fullPageContinue = false }: { action: Action; strings: CodeFormStrings; id?: string; fullPageContinue?: boolean }) {
  const continuing = useFullPageContinue(action)
  // The site's forms stay plain server actions, so they also work without JavaScript.
  const [state, formAction, pending] = useActionState(fullPageContinue ? continuing : action, {})
  const items = state.error ? [{ href: `#${id}`, text: state.error }] : []
  return (
    <form action={formAction} className="two-factor-form" noValidate>
      <FocusedErrorSummary id={`${id}-errors`} title={strings.errorTitle} items={items} answer={state} />
      <p className="hint" id={`${id}-hint`}>
        {strings.hint}
      </p>
      <FormField id={id} label={strings.label} error={state.error} hintId={`${id}-hint`}>
        {(described) => (
          <input id={id} name="code" type="text" inputMode="text" autoComplete="one-time-code" autoCapitalize="none" spellCheck={false} maxLength={64} required {...described} />
        )}
      </FormField>
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {pending ? strings.pending : strings.submit}
      </button>
      {state.continueTo ? (
        <p role="status">
          <a href={state.continueTo}>{strings.submit}</a>
        </p>
      ) : null}
    </form>
  )
}
