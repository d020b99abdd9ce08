'use client'

import { useTenantSelection } from '@payloadcms/plugin-multi-tenant/client'
import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Answer = { id?: number; errors?: { message: string }[] }

/**
 * "Tailor this page" on a national page: makes the selected tenant's own copy (a draft, in
 * every language) and opens it. Shown only when a tenant other than the page's own is selected.
 */
export function TailorButton() {
  const { id, data } = useDocumentInfo()
  const { selectedTenantID } = useTenantSelection()
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const pageTenant = typeof data?.tenant === 'object' && data.tenant !== null ? (data.tenant as { id: unknown }).id : data?.tenant
  if (!id || !selectedTenantID || pageTenant === selectedTenantID || data?.tailors) return null

  const tailor = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/pages/${id}/tailor`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ tenant: selectedTenantID }),
      })
      const answer = (await response.json()) as Answer
      if ((response.status === 201 || response.status === 409) && answer.id) {
        toast.success(response.status === 201 ? 'Your copy is ready to edit.' : 'Opening your existing version of this page.')
        router.push(`${config.routes.admin}/collections/pages/${answer.id}`)
        return
      }
      toast.error(answer.errors?.[0]?.message ?? 'The page could not be tailored.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={tailor}>
      Tailor this page
    </Button>
  )
}
