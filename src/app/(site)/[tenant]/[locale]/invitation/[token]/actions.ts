'use server'

import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { siteOnlyRoles } from '@/access/roles'
import type { NewPasswordState } from '@/components/site/newPasswordState'
import { checkNewPassword, throttledState } from '@/components/site/passwordMessages'
import { countFormPost, invitationPostsPerAddress } from '@/data/formLimits'
import { acceptInvitation, readInvitation } from '@/data/invitations'
import { signInWithNewPassword } from '@/data/session'
import { resolveSite } from '@/data/site'

/**
 * The invitation form's POST, the only thing that uses the token: counted per client address
 * first, the passwords checked (each problem on its field, both passwords handed back), then the
 * invitation accepted and the person signed in. Councillors and candidates land in the members'
 * area, everyone else in the admin. A token that stopped working meanwhile shows the same page
 * as any unusable link.
 */
export async function acceptInvitationAction(segment: string, locale: string, token: string, _previous: NewPasswordState, form: FormData): Promise<NewPasswordState> {
  const site = await resolveSite(Promise.resolve({ tenant: segment, locale }))
  if (!site) return { password: '', confirm: '', errors: { form: 'Not found' } }
  const limit = await countFormPost(invitationPostsPerAddress)
  if (!limit.allowed) return throttledState(site.locale, limit.retryAfterSeconds, form)

  const invitation = await readInvitation(site, token)
  // Reloading the page now shows the "cannot be used" page with what to do next.
  if (!invitation) redirect(`${site.home}/invitation/${encodeURIComponent(token)}`)
  const checked = await checkNewPassword(site.locale, form, invitation.email)
  if (checked.state) return checked.state

  const accepted = await acceptInvitation(site, token, checked.password)
  if (!accepted.ok) redirect(`${site.home}/invitation/${encodeURIComponent(token)}`)
  const siteOnly = siteOnlyRoles.includes(accepted.role)
  const place = siteOnly ? ({ kind: 'site', tenantId: site.tenant.id } as const) : ({ kind: 'admin' } as const)
  const user = await signInWithNewPassword(accepted.email, checked.password, place, siteOnly ? `${site.home}/members` : '/admin')
  // Two-step sign-in first (an officer or admin sets it up now): its page, then where they were going.
  if (user === 'second-step') redirect(siteOnly ? `${site.home}/login/two-factor` : '/admin/login')
  if (!user) {
    const t = await getTranslations({ locale: site.locale, namespace: 'Password' })
    // The account exists now; only the sign-in was refused (too many from this address).
    return { password: '', confirm: '', errors: { form: t('throttled', { minutes: 10 }) } }
  }
  redirect(siteOnly ? `${site.home}/members` : '/admin')
}
