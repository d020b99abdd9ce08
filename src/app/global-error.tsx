'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useState } from 'react'

import type { Locale } from '@/i18n/locales'
import { placeOfPath } from '@/i18n/sitePaths'

import './(site)/site.css'

type Messages = typeof import('@/messages/en.json')

/*
 * Loaded only when this page shows: global-error is part of every page's JavaScript, and the four
 * message files would otherwise ride along with all of them.
 */
const loadMessages: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import('@/messages/en.json'),
  cy: () => import('@/messages/cy.json'),
  gd: () => import('@/messages/gd.json'),
  ga: () => import('@/messages/ga.json'),
}

/**
 * The last resort, when a root layout itself failed (say the database is down while the tenant is
 * looked up): no tenant data can be trusted here, so the portal's plain look, with 999 first. The
 * number is shown at once; the words follow in the address's language.
 */
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const { locale, home } = placeOfPath(usePathname())
  const [messages, setMessages] = useState<Messages | null>(null)
  useEffect(() => {
    console.error(error.digest ?? error.message)
  }, [error])
  useEffect(() => {
    let current = true
    loadMessages[locale]()
      .then((module) => current && setMessages(module.default))
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [locale])
  return (
    <html lang={locale}>
      <body>
        <p className="emergency-banner">
          {messages ? `${messages.Site.emergencyBanner} ` : null}
          <a href="tel:999">999</a>
        </p>
        {messages ? (
          <main id="main">
            <h1>{messages.Error.title}</h1>
            <p>{messages.Error.body}</p>
            <p className="error-actions">
              <button type="button" className="button" onClick={() => retry()}>
                {messages.Error.tryAgain}
              </button>{' '}
              <a href={home}>{messages.Error.home}</a>
            </p>
          </main>
        ) : null}
      </body>
    </html>
  )
}
