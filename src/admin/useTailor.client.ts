'use client'

import { toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Answer = { id?: number | null; errors?: { message: string }[] }

/**
 * Tailoring from the admin: POSTs to the collection's tailor endpoint for the selected tenant and
 * opens the council's copy (the new one, or the one it already has). Shared by the national
 * toolkit view and the Tailor button on a national document.
 */
export function useTailor(collection: string) {
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)

  const tailor = async (nationalId: number | string, tenant: number | string) => {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/${collection}/${nationalId}/tailor`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ tenant }),
      })
      const answer = (await response.json()) as Answer
      if ((response.status === 201 || response.status === 409) && answer.id) {
        toast.success(response.status === 201 ? 'Your copy is ready to edit.' : 'Opening your existing version.')
        router.push(`${config.routes.admin}/collections/${collection}/${answer.id}`)
        return
      }
      toast.error(answer.errors?.[0]?.message ?? 'It could not be tailored.')
    } catch {
      toast.error('It could not be tailored: the server could not be reached. Try again.')
    } finally {
      setBusy(false)
    }
  }
  return { tailor, busy }
}
