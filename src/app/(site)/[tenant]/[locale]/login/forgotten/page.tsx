import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ForgottenPasswordForm } from '@/components/site/ForgottenPasswordForm.client'
import { emptyForgottenState } from '@/components/site/forgottenState'
import { resolveSite } from '@/data/site'

import { requestResetAction } from './actions'

type Params = Promise<{ tenant: string; locale: string }>

// Per request, like the sign-in page it belongs to (its policy gives the form's scripts a nonce).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const t = await getTranslations({ locale: site.locale, namespace: 'PasswordReset' })
  return { title: t('requestTitle'), robots: { index: false } }
}

/** "Forgotten your password?" on the tenant's own site: the link it emails comes back here too. */
export default async function ForgottenPasswordPage({ params }: { params: Params }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  const { tenant, locale, home } = site
  setRequestLocale(locale)
  const { tenant: segment } = await params
  const t = await getTranslations({ locale, namespace: 'PasswordReset' })
  return (
    <main id="main">
      <h1>{t('requestTitle')}</h1>
      <p>{t('requestIntro')}</p>
      <ForgottenPasswordForm
        action={requestResetAction.bind(null, segment, locale)}
        initial={emptyForgottenState}
        strings={{
          email: t('email'),
          send: t('send'),
          sending: t('sending'),
          errorTitle: t('errorTitle'),
          // `{email}` is filled in by the form with the address as typed.
          sentTitle: t('sentTitle'),
          sentBody: t('sentBody', { tenant: tenant.name, email: '{email}' }),
          sentHelp: t('sentHelp', { tenant: tenant.name }),
        }}
      />
      <p>
        <a href={`${home}/login`}>{t('backToSignIn')}</a>
      </p>
    </main>
  )
}
