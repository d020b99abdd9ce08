'use client'

import { toast, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/**
 * "Resend invitation" on a pending or expired invitation: the old link stops working and a new
 * one goes out (endpoints/resendInvitation.ts); the admin is taken to the new invitation.
 */
export function ResendButton() {
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  if (id === undefined || id === null || (status !== 'pending' && status !== 'expired')) return null

  const resend = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/invitations/${id}/resend`, { method: 'POST', credentials: 'include' })
      const json = (await response.json().catch(() => null)) as { id?: number; errors?: { message: string }[] } | null
      if (!response.ok || !json?.id) {
        toast.error(json?.errors?.[0]?.message ?? 'The invitation could not be resent. Try again in a few minutes.')
        return
      }
      toast.success('Sent again with a new link; the old link no longer works.')
      router.push(`${config.routes.admin}/collections/invitations/${json.id}`)
    } catch {
      toast.error('The server could not be reached. Try again.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type">
      <button type="button" className="btn btn--style-secondary btn--size-medium" disabled={busy} onClick={() => void resend()}>
        {busy ? 'Sending…' : 'Resend invitation'}
      </button>
      <p className="field-description">Sends a new link with a new expiry date. The link sent before stops working.</p>
    </div>
  )
}
