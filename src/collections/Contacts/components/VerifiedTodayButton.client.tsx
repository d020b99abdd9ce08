'use client'

import { Button, toast, useAllFormFields, useConfig, useDocumentInfo, useFormModified, useFormProcessing, useFormSubmitted } from '@payloadcms/ui'
import { useState } from 'react'

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' })

/** Why the button cannot be pressed now, or undefined when it can. */
function unavailableBecause(state: { modified: boolean; processing: boolean; failedSave: boolean; invalid: boolean }): string | undefined {
  if (state.processing) return 'Saving…'
  if (state.invalid) return 'Correct the errors on this form and save before marking it verified.'
  if (state.modified || state.failedSave) return 'Save your changes first: only what is saved can be verified.'
  return undefined
}

/**
 * "Verified today": one click records that an editor has checked this contact, through
 * POST /api/contacts/:id/verify (the server records who did, and when). It verifies what is
 * saved, so it is unavailable while the form differs from the saved contact: with unsaved
 * changes, after a save that failed (Payload clears "modified" on any response, a refused one
 * included), and while any field is invalid. The reload afterwards shows the new date and name.
 */
export function VerifiedTodayButton() {
  const { id } = useDocumentInfo()
  const modified = useFormModified()
  const processing = useFormProcessing()
  const failedSave = useFormSubmitted()
  const [fields] = useAllFormFields()
  const {
    config: { routes, serverURL },
  } = useConfig()
  const [busy, setBusy] = useState(false)

  if (id === undefined || id === null) return null
  const invalid = Object.values(fields).some((field) => field.valid === false)
  const reason = unavailableBecause({ modified, processing, failedSave, invalid })
  const verifiedAt = fields.lastVerifiedAt?.value
  const lastVerified = typeof verifiedAt === 'string' && verifiedAt !== '' ? dateTime.format(new Date(verifiedAt)) : undefined

  async function verify(): Promise<void> {
    setBusy(true)
    try {
      const response = await fetch(`${serverURL}${routes.api}/contacts/${encodeURIComponent(String(id))}/verify`, {
        method: 'POST',
        credentials: 'include',
      })
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
        toast.error(body?.errors?.[0]?.message ?? 'Could not record the verification.')
        return
      }
      toast.success('Marked as verified today.')
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type verified-today">
      <p className="verified-today__last">{lastVerified ? `Last verified ${lastVerified}` : 'Never verified'}</p>
      <Button buttonStyle="secondary" size="small" disabled={busy || reason !== undefined} onClick={() => void verify()}>
        Verified today
      </Button>
      <p className="field-description" role="status">
        {reason ?? 'You have checked the number, email and link, and they still work.'}
      </p>
    </div>
  )
}
