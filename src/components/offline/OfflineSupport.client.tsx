'use client'

import { useEffect, useSyncExternalStore } from 'react'

import { writeLongDate, type LongDateWords } from '@/lib/offline/savedDate'

export type OfflineStrings = {
  /** "You are reading a copy saved on this device on {date}. …" */
  savedCopy: string
  /** The day and month names of the page's language, spelled out by the server (src/lib/offline/savedDate.ts). */
  dateWords: LongDateWords
}

/**
 * When the page on screen was saved, from the worker's <meta>: read as this script first runs,
 * before React hydrates the document around it. Null on a page fresh from the network.
 */
const savedAtMarker: string | null =
  typeof document === 'undefined' ? null : (document.querySelector<HTMLMetaElement>('meta[name="portal-saved-copy"]')?.content ?? null)

const neverChanges = () => () => undefined

/**
 * Registers the tenant's service worker (serviceWorker.js), asks it to keep the emergency and
 * contacts pages in the reader's language, and, when the page on screen is a saved copy (the
 * worker marks it with a <meta>), says so and from when, in a polite live region: present and
 * empty in every page's HTML, filled after load, so a screen reader announces it once.
 */
export function OfflineSupport({ strings, workerUrl, scope, keep }: { strings: OfflineStrings; workerUrl: string; scope: string; keep: string[] }) {
  // The server (and hydration) render the empty region; the browser then fills it, once.
  const marker = useSyncExternalStore(neverChanges, () => savedAtMarker, () => null)
  const savedAt = marker === null ? null : new Date(marker)

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return
    navigator.serviceWorker
      .register(workerUrl, { scope })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => registration.active?.postMessage({ type: 'keep', urls: keep }))
      // No worker (a private window, storage blocked, an old browser): the site works as before.
      .catch(() => undefined)
    // Once per page: the addresses come from the server and do not change while it is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return (
    <div className="saved-copy" role="status">
      {savedAt && !Number.isNaN(savedAt.getTime()) ? <p>{strings.savedCopy.replace('{date}', writeLongDate(savedAt, strings.dateWords))}</p> : null}
    </div>
  )
}
