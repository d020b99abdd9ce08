'use client'

import { useActionState } from 'react'

import type { CodeFormState } from '@/components/twoFactor/codeState'
import { useFullPageContinue } from '@/components/twoFactor/continueTo.client'

type Action = (previous: CodeFormState, form: FormData) => Promise<CodeFormState>

/** "I have saved them, continue": forgets the codes, then opens the admin with a full load. */
export function AdminSavedCodesForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(useFullPageContinue(action), {})
  return (
    <form action={formAction}>
      <button type="submit" className="btn btn--style-primary" aria-disabled={pending || undefined}>
        I have saved them, continue
      </button>
      {state.continueTo ? (
        <p role="status">
          <a href={state.continueTo}>Continue to the admin</a>
        </p>
      ) : null}
    </form>
  )
}
