import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { SignInForm } from '@/components/site/SignInForm.client'
import { emptySignInState } from '@/components/site/signInState'
import { isMemberOf } from '@/access/roles'
import { getViewer } from '@/data/viewer'
import { databaseIsUp } from '@/data/payload'
import { resolveSite } from '@/data/site'
import { membersReturnPath } from '@/i18n/sitePaths'

import { signInAction } from './actions'

type Params = Promise<{ tenant: string; locale: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Per request: it reads the session cookie (a signed-in member goes straight on) and ?next=.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const t = await getTranslations({ locale: site.locale, namespace: 'Members' })
  const meta = await getTranslations({ locale: site.locale, namespace: 'Meta' })
  return { title: t('signInTitle'), description: meta('signIn', { tenant: site.tenant.name }), robots: { index: false } }
}

/** Councillors (and the tenant's officers) sign in here to read the members-only pages and contacts. */
export default async function SignInPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  const { tenant, locale, home } = site
  setRequestLocale(locale)
  const { tenant: segment } = await params
  const nextParam = (await searchParams).next
  const next = membersReturnPath(home, typeof nextParam === 'string' ? nextParam : null)
  if (!(await databaseIsUp())) {
    // PostgreSQL is down: no session can be read and no password checked. Say so, plainly.
    const unavailable = await getTranslations({ locale, namespace: 'Unavailable' })
    return (
      <main id="main">
        <h1>{unavailable('title')}</h1>
        <p>{unavailable('signIn')}</p>
      </main>
    )
  }
  const viewer = await getViewer()
  if (viewer && isMemberOf(viewer, tenant.id)) redirect(next)
  const t = await getTranslations({ locale, namespace: 'Members' })
  return (
    <main id="main">
      <h1>{t('signInTitle')}</h1>
      <p>{t('signInIntro', { tenant: tenant.name })}</p>
      <SignInForm
        action={signInAction.bind(null, segment, locale, next)}
        initial={emptySignInState}
        strings={{ email: t('email'), password: t('password'), submit: t('signIn'), pending: t('signingIn'), errorTitle: t('errorTitle') }}
      />
      <p>
        <a href={`${home}/login/forgotten`}>{t('forgottenLink')}</a>
      </p>
      <p>{t('forgotten', { tenant: tenant.name })}</p>
    </main>
  )
}
