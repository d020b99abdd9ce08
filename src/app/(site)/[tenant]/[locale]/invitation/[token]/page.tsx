import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { LinkUnusable } from '@/components/site/LinkUnusable'
import { NewPasswordForm } from '@/components/site/NewPasswordForm.client'
import { emptyNewPasswordState } from '@/components/site/newPasswordState'
import { newPasswordStrings } from '@/components/site/passwordMessages'
import { readInvitation } from '@/data/invitations'
import { resolveSite } from '@/data/site'

import { acceptInvitationAction } from './actions'

type Params = Promise<{ tenant: string; locale: string; token: string }>

// Per request, never cached: the answer depends on the token and on the invitation's state now.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const t = await getTranslations({ locale: site.locale, namespace: 'Invitation' })
  // The token is in the address: keep it out of search engines and other sites' logs.
  return { title: t('title', { tenant: site.tenant.name }), robots: { index: false }, referrer: 'no-referrer' }
}

/**
 * `/{tenant}/{locale}/invitation/{token}` (a contract): opening it only reads. A usable invitation
 * shows the password form; anything else the same "cannot be used" page with what to do next.
 */
export default async function InvitationPage({ params }: { params: Params }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  const { tenant, locale, home } = site
  setRequestLocale(locale)
  const { tenant: segment, token } = await params
  const t = await getTranslations({ locale, namespace: 'Invitation' })
  const invitation = await readInvitation(site, token)
  if (!invitation) {
    return (
      <LinkUnusable title={t('unusableTitle')} body={t('unusableBody')}>
        <p>{t('unusableNext', { tenant: tenant.name })}</p>
        <p>
          <a href={`${home}/login`}>{t('signIn')}</a>
        </p>
        <p>
          <a href={`${home}/login/forgotten`}>{t('resetInstead')}</a>
        </p>
      </LinkUnusable>
    )
  }
  const roles = await getTranslations({ locale, namespace: 'Email.roles' })
  return (
    <main id="main">
      <h1>{t('title', { tenant: tenant.name })}</h1>
      <p>{t('intro', { tenant: tenant.name, role: roles(invitation.role) })}</p>
      {invitation.existingAccount ? <p>{t('existingAccount')}</p> : null}
      <NewPasswordForm
        action={acceptInvitationAction.bind(null, segment, locale, token)}
        email={invitation.email}
        initial={emptyNewPasswordState}
        strings={await newPasswordStrings(locale, t('emailLabel'), t('submit'))}
      />
    </main>
  )
}
