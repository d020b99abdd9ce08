'use client'

import { useParams } from 'next/navigation'
import { useEffect } from 'react'

import { isLocale } from '@/i18n/locales'
import { homePath, siteVia } from '@/i18n/sitePaths'

import { useErrorStrings } from './ErrorStrings.client'

type Props = { error: Error & { digest?: string }; retry: () => void }

/**
 * A page of a tenant's site failed while its layout did not: this replaces the page inside the
 * tenant's branded chrome (emergency banner with 999, header, footer), in the page's language.
 */
export function SiteError({ error, retry }: Props) {
  const strings = useErrorStrings()
  const params = useParams<{ tenant?: string; locale?: string }>()
  useEffect(() => {
    // The server logged the error itself; the digest ties this screen to that log line.
    console.error(error.digest ?? error.message)
  }, [error])
  // Without the layout's strings there is nothing translated to show: let global-error take it.
  if (!strings) throw error
  const home = params.tenant && isLocale(params.locale) ? homePath({ slug: params.tenant }, params.locale, siteVia(params.tenant)) : '/'
  return (
    <main id="main">
      <h1>{strings.title}</h1>
      <p>{strings.body}</p>
      <p className="error-actions">
        <button type="button" className="button" onClick={() => retry()}>
          {strings.tryAgain}
        </button>{' '}
        <a href={home}>{strings.home}</a>
      </p>
    </main>
  )
}
