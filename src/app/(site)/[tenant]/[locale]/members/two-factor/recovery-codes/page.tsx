import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { RecoveryCodes } from '@/components/twoFactor/RecoveryCodes.client'
import { resolveSite } from '@/data/site'
import { recoveryCodesToShow } from '@/data/twoFactor'
import { membersReturnPath } from '@/i18n/sitePaths'
import { sitePath } from '@/lib/siteRoutes'

import { viewerOrSignIn } from '../../viewerOrSignIn'
import { savedRecoveryCodesAction } from '../actions'

type Params = Promise<{ tenant: string; locale: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const t = await getTranslations({ locale: site.locale, namespace: 'TwoFactor' })
  return { title: t('codesTitle'), robots: { index: false } }
}

/**
 * The recovery codes just made, shown once: read from their short-lived sealed cookie (set by the
 * action that confirmed the set-up, before it redirected here), gone once the person says they
 * saved them, or after five minutes.
 */
export default async function RecoveryCodesPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  const { locale, home } = site
  setRequestLocale(locale)
  const viewer = await viewerOrSignIn(site, sitePath(home, 'twoFactor'))
  const nextParam = (await searchParams).next
  const next = membersReturnPath(home, typeof nextParam === 'string' ? nextParam : null)
  const { tenant: segment } = await params
  const t = await getTranslations({ locale, namespace: 'TwoFactor' })
  const codes = await recoveryCodesToShow(viewer.id)
  return (
    <main id="main">
      <h1>{t('codesTitle')}</h1>
      {codes ? (
        <>
          <p>{t('codesIntro')}</p>
          <RecoveryCodes codes={codes} strings={{ listLabel: t('codesListLabel'), copy: t('copy'), copied: t('copied'), download: t('download'), fileName: t('fileName') }} />
          <form action={savedRecoveryCodesAction.bind(null, segment, locale, next)}>
            <button type="submit" className="button">
              {t('codesSaved')}
            </button>
          </form>
        </>
      ) : (
        <>
          <p>{t('codesGone')}</p>
          <p>
            <a href={next}>{t('continue')}</a>
          </p>
        </>
      )}
    </main>
  )
}
