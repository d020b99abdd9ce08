'use client'

import { Button, toast, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * "Verified today": one click records that an editor has checked this contact, through
 * POST /api/contacts/:id/verify (the server decides who may, and records who did). Disabled while
 * the form has unsaved changes, which the reload afterwards would otherwise throw away.
 */
export function VerifiedTodayButton() {
  const { id } = useDocumentInfo()
  const modified = useFormModified()
  const {
    config: { routes, serverURL },
  } = useConfig()
  const [busy, setBusy] = useState(false)

  if (id === undefined || id === null) return null

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
      <Button buttonStyle="secondary" size="small" disabled={busy || modified} onClick={() => void verify()}>
        Verified today
      </Button>
      <p className="field-description">
        {modified ? 'Save your changes first.' : 'You have checked the number, email and link, and they still work.'}
      </p>
    </div>
  )
}
