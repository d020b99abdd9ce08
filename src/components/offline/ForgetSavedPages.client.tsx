'use client'

import { useState, useSyncExternalStore } from 'react'

import { OFFLINE_CACHE_PREFIX } from '@/lib/offline/offlineCachePrefix'

export type ForgetSavedPagesStrings = {
  button: string
  done: string
  failed: string
}

/**
 * "Delete saved pages", on the hide-your-visit page: removes every page this portal saved on the
 * device for reading offline (every tenant's: a reader hiding a visit wants none left) and the
 * worker that saves them, until a page of the site is opened again. Shown only once the page's
 * script runs: without it there is no worker and nothing saved.
 */
export function ForgetSavedPages({ strings }: { strings: ForgetSavedPagesStrings }) {
  // False on the server and in hydration, then whether this browser keeps caches at all.
  const ready = useSyncExternalStore(
    () => () => undefined,
    () => 'caches' in window,
    () => false,
  )
  const [result, setResult] = useState<'done' | 'failed' | null>(null)

  async function forget() {
    try {
      const names = await caches.keys()
      await Promise.all(names.filter((name) => name.startsWith(OFFLINE_CACHE_PREFIX)).map((name) => caches.delete(name)))
      const registrations = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistrations() : []
      await Promise.all(registrations.map((registration) => registration.unregister()))
      setResult('done')
    } catch {
      setResult('failed')
    }
  }

  return (
    <>
      {ready ? (
        <button type="button" className="button" onClick={forget}>
          {strings.button}
        </button>
      ) : null}
      <p role="status">{result ? strings[result] : null}</p>
    </>
  )
}
