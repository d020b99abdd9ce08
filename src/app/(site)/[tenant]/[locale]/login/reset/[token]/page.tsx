import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { LinkUnusable } from '@/components/site/LinkUnusable'
import { NewPasswordForm } from '@/components/site/NewPasswordForm.client'
import { emptyNewPasswordState } from '@/components/site/newPasswordState'
import { newPasswordStrings } from '@/components/site/passwordMessages'
import { readResetToken } from '@/data/passwordReset'
import { resolveSite } from '@/data/site'

import { resetPasswordAction } from './actions'

type Params = Promise<{ tenant: string; locale: string; token: string }>

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const t = await getTranslations({ locale: site.locale, namespace: 'PasswordReset' })
  return { title: t('chooseTitle'), robots: { index: false }, referrer: 'no-referrer' }
}

/** Where the site's reset email leads: choose a new password, then on to the members' area. Opening it changes nothing. */
export default async function ResetPasswordPage({ params }: { params: Params }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  const { locale, home } = site
  setRequestLocale(locale)
  const { tenant: segment, token } = await params
  const t = await getTranslations({ locale, namespace: 'PasswordReset' })
  const account = await readResetToken(token)
  if (!account) {
    return (
      <LinkUnusable title={t('unusableTitle')} body={t('unusableBody')}>
        <p>
          <a href={`${home}/login/forgotten`}>{t('requestAgain')}</a>
        </p>
      </LinkUnusable>
    )
  }
  return (
    <main id="main">
      <h1>{t('chooseTitle')}</h1>
      <NewPasswordForm
        action={resetPasswordAction.bind(null, segment, locale, token)}
        email={account.email}
        initial={emptyNewPasswordState}
        strings={await newPasswordStrings(locale, t('email'), t('save'))}
      />
    </main>
  )
}
