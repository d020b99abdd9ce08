'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Props = { api: string; collection: string; id: number; noun: string; locale: string; languageName: string }

/**
 * "Mark reviewed": records that a speaker has checked this language against today's English (by
 * the signed-in editor, as a draft: publishing goes through the normal flow). A refusal (text
 * still untranslated) is shown as the server words it.
 */
export function MarkReviewed({ api, collection, id, noun, locale, languageName }: Props) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const mark = async () => {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`${api}/translations/review`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ collection, id, locale }),
      })
      if (response.ok) {
        toast.success(`${languageName} marked reviewed against today's English (saved as a draft: publish the ${noun} to show it).`)
        router.refresh()
        return
      }
      const json = (await response.json().catch(() => null)) as { errors?: Array<{ message?: string }> } | null
      setError(json?.errors?.[0]?.message ?? `That did not work (${response.status}). Try again.`)
    } catch {
      setError('The server could not be reached. Try again.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <div>
      <Button buttonStyle="primary" size="medium" margin={false} disabled={busy} onClick={() => void mark()}>
        Mark {languageName} reviewed
      </Button>
      {error ? (
        <p className="invitation-import__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
