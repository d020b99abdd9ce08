'use client'

import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useSyncExternalStore } from 'react'

/*
 * Payload's live preview protocol for server-rendered pages, as @payloadcms/live-preview-react's
 * RefreshRouteOnSave speaks it (that package is not published at 3.90.2, and Payload refuses to
 * start with @payloadcms packages of mixed versions): the page tells the admin window it is ready,
 * and the admin then posts a "document event" after every save and autosave, upon which the page
 * re-renders on the server with the new draft.
 * https://payloadcms.com/docs/live-preview/server
 */
const READY = { type: 'payload-live-preview', ready: true } as const
const DOCUMENT_EVENT = 'payload-document-event'

const noSubscription = () => () => {}

export function RefreshOnSave() {
  const router = useRouter()
  // The preview URL is relative, so the admin that frames this page shares its origin; messages
  // from any other origin are ignored. Null while rendering on the server.
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => null,
  )
  const refresh = useCallback(() => router.refresh(), [router])

  useEffect(() => {
    if (!origin) return
    const onMessage = (event: MessageEvent<unknown>) => {
      const data = event.data
      if (event.origin !== origin || !data || typeof data !== 'object') return
      if ('type' in data && data.type === DOCUMENT_EVENT) refresh()
    }
    window.addEventListener('message', onMessage)
    // An iframe in the admin's edit view, or a popup the admin opened.
    const admin = (window.opener as Window | null) ?? (window.parent === window ? null : window.parent)
    admin?.postMessage(READY, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [origin, refresh])

  return null
}
