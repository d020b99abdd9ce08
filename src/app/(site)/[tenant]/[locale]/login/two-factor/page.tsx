import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { CodeForm } from '@/components/twoFactor/CodeForm.client'
import { SetupInstructions } from '@/components/twoFactor/SetupInstructions'
import { resolveSite } from '@/data/site'
import { pendingSignIn, setupFor } from '@/data/twoFactor'
import { sitePath } from '@/lib/siteRoutes'

import { secondStepAction } from './actions'

type Params = Promise<{ tenant: string; locale: string }>

// Per request: it reads the sealed "password accepted" cookie.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const t = await getTranslations({ locale: site.locale, namespace: 'TwoFactor' })
  return { title: t('signInTitle'), robots: { index: false } }
}

/** A sign-in's second step: the code from the app, or, the first time for an officer or admin, setting the app up. */
export default async function SecondStepPage({ params }: { params: Params }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  const { locale, home, tenant } = site
  setRequestLocale(locale)
  const pending = await pendingSignIn()
  if (!pending || pending.place.kind !== 'site' || pending.place.tenantId !== tenant.id) redirect(sitePath(home, 'login'))
  const { tenant: segment } = await params
  const t = await getTranslations({ locale, namespace: 'TwoFactor' })
  const action = secondStepAction.bind(null, segment, locale)
  const formStrings = { label: t('codeLabel'), submit: t('submit'), pending: t('checking'), errorTitle: t('errorTitle') }
  if (pending.step === 'setup') {
    const setup = await setupFor(pending.user)
    if (!setup) redirect(sitePath(home, 'login'))
    return (
      <main id="main">
        <h1>{t('setupTitle')}</h1>
        <p>{t('setupRequired')}</p>
        <SetupInstructions setup={setup} strings={{ scan: t('scan'), qrLabel: t('qrLabel'), typeInstead: t('typeInstead'), secretLabel: t('secretLabel') }} />
        <CodeForm action={action} strings={{ ...formStrings, hint: t('setupCodeHint') }} />
      </main>
    )
  }
  return (
    <main id="main">
      <h1>{t('signInTitle')}</h1>
      <p>{t('signInIntro')}</p>
      <CodeForm action={action} strings={{ ...formStrings, hint: t('codeHint') }} />
      <p>
        <a href={`${home}/login/forgotten`}>{t('lostPhone')}</a>
      </p>
    </main>
  )
}
