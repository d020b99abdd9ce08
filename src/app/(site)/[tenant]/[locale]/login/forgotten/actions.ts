'use server'

import { getTranslations } from 'next-intl/server'

import type { ForgottenState } from '@/components/site/forgottenState'
import { requestSiteReset } from '@/data/passwordReset'
import { resolveSite } from '@/data/site'
import { normaliseEmailAddress } from '@/lib/emailAddress'

/**
 * Checks the address's form, then asks for a reset link. Every well-formed address gets the same
 * "check your email", whether or not it has an account here; only the limits (too many requests
 * from this client or for this inbox) answer otherwise, and they count unknown addresses alike.
 */
export async function requestResetAction(segment: string, locale: string, _previous: ForgottenState, form: FormData): Promise<ForgottenState> {
  const site = await resolveSite(Promise.resolve({ tenant: segment, locale }))
  if (!site) return { email: '', sent: false, errors: { form: 'Not found' } }
  const t = await getTranslations({ locale: site.locale, namespace: 'PasswordReset' })
  const typed = (typeof form.get('email') === 'string' ? String(form.get('email')) : '').slice(0, 320)
  if (typed.trim() === '') return { email: typed, sent: false, errors: { email: t('emailMissing') } }
  const checked = normaliseEmailAddress(typed)
  if (!checked.ok) return { email: typed, sent: false, errors: { email: t('emailInvalid') } }
  const result = await requestSiteReset(site, checked.value.toLowerCase())
  if (!result.ok) {
    const members = await getTranslations({ locale: site.locale, namespace: 'Members' })
    return { email: typed, sent: false, errors: { form: members('throttled', { minutes: Math.ceil(result.retryAfterSeconds / 60) }) } }
  }
  return { email: checked.value, sent: true, errors: {} }
}
