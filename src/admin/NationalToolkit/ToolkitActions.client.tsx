'use client'

import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { useTailor } from '@/admin/useTailor.client'
import type { TailoringState } from '@/tailoring/nationalToolkit'

type Answer = { id?: number | null; errors?: { message: string }[] }

type Props = {
  collection: 'pages' | 'engagement-templates'
  nationalId: number
  tenant: number
  title: string
  state: TailoringState
  copyId: number | null
}

/**
 * One national document's actions for the selected council: Tailor (make the council's copy and
 * open it), Open your copy, and for pages Hide / Show again. Each names its page for screen
 * readers, since a row holds several.
 */
export function ToolkitActions({ collection, nationalId, tenant, title, state, copyId }: Props) {
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const api = `${config.serverURL}${config.routes.api}/${collection}/${nationalId}`
  const copyHref = (id: number) => `${config.routes.admin}/collections/${collection}/${id}`

  const { tailor, busy: tailoring } = useTailor(collection)
  const post = async (body: Record<string, unknown>): Promise<{ status: number; answer: Answer }> => {
    const response = await fetch(`${api}/visibility`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ tenant, ...body }),
    })
    return { status: response.status, answer: (await response.json()) as Answer }
  }

  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    try {
      await work()
    } catch {
      toast.error('That did not work: the server could not be reached. Try again.')
    } finally {
      setBusy(false)
    }
  }


  const setHidden = (hidden: boolean) =>
    run(async () => {
      const { status, answer } = await post({ hidden })
      if (status === 200) {
        toast.success(hidden ? `“${title}” is hidden on your site.` : `“${title}” shows on your site again.`)
        router.refresh()
        return
      }
      toast.error(answer.errors?.[0]?.message ?? 'That could not be changed.')
    })

  const hasCopy = copyId !== null && state !== 'hidden'
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
      {state === 'inherited' ? (
        <Button buttonStyle="primary" size="small" margin={false} disabled={tailoring} onClick={() => tailor(nationalId, tenant)} aria-label={`Tailor “${title}”`}>
          Tailor
        </Button>
      ) : null}
      {hasCopy ? (
        <Button buttonStyle="primary" size="small" margin={false} el="link" url={copyHref(copyId)} aria-label={`Open your copy of “${title}”`}>
          Open your copy
        </Button>
      ) : null}
      {collection === 'pages' && state !== 'hidden' ? (
        <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => setHidden(true)} aria-label={`Hide “${title}” on your site`}>
          Hide
        </Button>
      ) : null}
      {collection === 'pages' && state === 'hidden' ? (
        <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => setHidden(false)} aria-label={`Show “${title}” on your site again`}>
          Show again
        </Button>
      ) : null}
    </div>
  )
}
