import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { CodeForm } from '@/components/twoFactor/CodeForm.client'
import { SetupInstructions } from '@/components/twoFactor/SetupInstructions'
import { resolveSite } from '@/data/site'
import { setupFor, statusFor } from '@/data/twoFactor'
import { sitePath } from '@/lib/siteRoutes'

import { memberOrSignIn } from '../viewerOrSignIn'
import { turnOffAction, turnOnAction } from './actions'

type Params = Promise<{ tenant: string; locale: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const t = await getTranslations({ locale: site.locale, namespace: 'TwoFactor' })
  return { title: t('settingsTitle'), robots: { index: false } }
}

/** A member's own two-step sign-in: turn it on (scan, first code, recovery codes) or, if their role allows, off. */
export default async function TwoFactorSettingsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  const { locale, home } = site
  setRequestLocale(locale)
  const viewer = await memberOrSignIn(site, sitePath(home, 'twoFactor'))
  const { tenant: segment } = await params
  const turnedOff = (await searchParams).off === '1'
  const t = await getTranslations({ locale, namespace: 'TwoFactor' })
  const status = await statusFor(viewer)
  const formStrings = { label: t('codeLabel'), pending: t('checking'), errorTitle: t('errorTitle') }
  const setup = status.enabled ? null : await setupFor(viewer)
  return (
    <main id="main">
      <h1>{t('settingsTitle')}</h1>
      <p>{t('settingsIntro')}</p>
      {turnedOff && !status.enabled ? (
        <p role="status" className="notice">
          {t('turnedOff')}
        </p>
      ) : null}
      {status.enabled ? (
        <>
          <p>{t('statusOn', { count: status.recoveryCodesLeft })}</p>
          {status.required ? (
            <p>{t('requiredNote')}</p>
          ) : (
            <section aria-labelledby="turn-off-heading">
              <h2 id="turn-off-heading">{t('turnOffHeading')}</h2>
              <CodeForm action={turnOffAction.bind(null, segment, locale)} strings={{ ...formStrings, hint: t('turnOffHint'), submit: t('turnOffSubmit') }} />
            </section>
          )}
        </>
      ) : (
        <>
          <p>{t('statusOff')}</p>
          {setup ? (
            <section aria-labelledby="turn-on-heading">
              <h2 id="turn-on-heading">{t('turnOnHeading')}</h2>
              <SetupInstructions setup={setup} strings={{ scan: t('scan'), qrLabel: t('qrLabel'), typeInstead: t('typeInstead'), secretLabel: t('secretLabel') }} />
              <CodeForm action={turnOnAction.bind(null, segment, locale)} strings={{ ...formStrings, hint: t('setupCodeHint'), submit: t('turnOnSubmit') }} />
            </section>
          ) : null}
        </>
      )}
      <p>
        <a href={`${home}/members`}>{t('backToMembers')}</a>
      </p>
    </main>
  )
}
