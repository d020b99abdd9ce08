'use server'

import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import type { NewPasswordState } from '@/components/site/newPasswordState'
import { checkNewPassword, throttledState } from '@/components/site/passwordMessages'
import { countFormPost, resetPostsPerAddress } from '@/data/formLimits'
import { readResetToken, resetSitePassword } from '@/data/passwordReset'
import { resolveSite } from '@/data/site'

/** The reset form's POST: counted per client address, passwords checked per field, then Payload's reset. */
export async function resetPasswordAction(segment: string, locale: string, token: string, _previous: NewPasswordState, form: FormData): Promise<NewPasswordState> {
  const site = await resolveSite(Promise.resolve({ tenant: segment, locale }))
  if (!site) return { password: '', confirm: '', errors: { form: 'Not found' } }
  const limit = await countFormPost(resetPostsPerAddress)
  if (!limit.allowed) return throttledState(site.locale, limit.retryAfterSeconds, form)
  const here = `${site.home}/login/reset/${encodeURIComponent(token)}`
  const account = await readResetToken(token)
  if (!account) redirect(here)
  const checked = await checkNewPassword(site.locale, form, account.email)
  if (checked.state) return checked.state
  const result = await resetSitePassword(site, token, checked.password)
  if (!result.ok) redirect(here)
  if (!result.member) {
    const t = await getTranslations({ locale: site.locale, namespace: 'PasswordReset' })
    return { password: '', confirm: '', errors: { form: t('changedNotMember', { tenant: site.tenant.name }) } }
  }
  redirect(`${site.home}/members`)
}
