'use server'

import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { signInMember, signOut } from '@/data/session'
import { resolveSite } from '@/data/site'
import type { SignInState } from '@/components/site/signInState'
import { membersReturnPath } from '@/i18n/sitePaths'
import { normaliseEmailAddress } from '@/lib/emailAddress'
import { sitePath } from '@/lib/siteRoutes'


/** Longest password we pass on to hashing: a megabyte of "password" is only a way to load the server. */
const PASSWORD_MAX = 256

/**
 * The sign-in form's action (also its no-JavaScript answer: React re-renders the page with this
 * state). The tenant comes from the bound URL segments and is resolved again here; the email typed
 * is handed back on every refusal so nothing is lost, the password never is.
 */
export async function signInAction(segment: string, locale: string, next: string | null, _previous: SignInState, form: FormData): Promise<SignInState> {
  const site = await resolveSite(Promise.resolve({ tenant: segment, locale }))
  if (!site) return { email: '', errors: { form: 'Not found' } }
  const t = await getTranslations({ locale: site.locale, namespace: 'Members' })
  const rawEmail = typeof form.get('email') === 'string' ? String(form.get('email')) : ''
  const password = typeof form.get('password') === 'string' ? String(form.get('password')) : ''
  const email = rawEmail.slice(0, 320)
  const errors: SignInState['errors'] = {}
  if (email.trim() === '') errors.email = t('emailMissing')
  else if (!normaliseEmailAddress(email).ok) errors.email = t('emailInvalid')
  if (password === '') errors.password = t('passwordMissing')
  else if (password.length > PASSWORD_MAX) errors.password = t('passwordTooLong', { max: PASSWORD_MAX })
  if (errors.email || errors.password) return { email, errors }

  const result = await signInMember(site.tenant.id, email.trim(), password, membersReturnPath(site.home, next))
  if (!result.ok && result.reason === 'second-step') redirect(`${site.home}/login/two-factor`)
  if (!result.ok) {
    const message =
      result.reason === 'throttled'
        ? t('throttled', { minutes: Math.ceil(result.retryAfterSeconds / 60) })
        : result.reason === 'not-member'
          ? t('notMember', { tenant: site.tenant.name })
          : t('credentials')
    return { email, errors: { form: message } }
  }
  redirect(result.former ? sitePath(site.home, 'incidentLog') : membersReturnPath(site.home, next))
}

export async function signOutAction(segment: string, locale: string): Promise<void> {
  await signOut()
  const site = await resolveSite(Promise.resolve({ tenant: segment, locale }))
  redirect(site ? site.home : '/')
}
