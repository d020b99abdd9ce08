'use server'

import { redirect } from 'next/navigation'

import { isMemberOf } from '@/access/roles'
import type { CodeFormState } from '@/components/twoFactor/codeState'
import { refusalMessage } from '@/components/twoFactor/refusalMessage'
import { resolveSite, type Site } from '@/data/site'
import { forgetRecoveryCodes, turnOff, turnOn } from '@/data/twoFactor'
import { getViewer } from '@/data/viewer'
import { membersReturnPath } from '@/i18n/sitePaths'
import { sitePath } from '@/lib/siteRoutes'

async function memberOf(segment: string, locale: string) {
  const site = await resolveSite(Promise.resolve({ tenant: segment, locale }))
  const viewer = await getViewer()
  if (!site || !viewer || !isMemberOf(viewer, site.tenant.id)) return null
  return { site, viewer }
}

function codeOf(form: FormData): string {
  return typeof form.get('code') === 'string' ? String(form.get('code')) : ''
}

function settings(site: Site): string {
  return sitePath(site.home, 'twoFactor')
}

/** The first code from the app confirms the set-up; the recovery codes are shown next, once. */
export async function turnOnAction(segment: string, locale: string, _previous: CodeFormState, form: FormData): Promise<CodeFormState> {
  const found = await memberOf(segment, locale)
  if (!found) return { error: 'Not found' }
  const result = await turnOn(found.viewer, codeOf(form))
  if (!result.ok) return { error: await refusalMessage(found.site.locale, result) }
  redirect(`${sitePath(found.site.home, 'recoveryCodes')}?next=${encodeURIComponent(settings(found.site))}`)
}

/** Off, with a current code (or a recovery code), for those whose role does not need it. */
export async function turnOffAction(segment: string, locale: string, _previous: CodeFormState, form: FormData): Promise<CodeFormState> {
  const found = await memberOf(segment, locale)
  if (!found) return { error: 'Not found' }
  const result = await turnOff(found.viewer, codeOf(form))
  if (!result.ok) return { error: await refusalMessage(found.site.locale, result) }
  redirect(`${settings(found.site)}?off=1`)
}

/** "I have saved them": the codes are forgotten here too, then on to where the person was going (on this site only). */
export async function savedRecoveryCodesAction(segment: string, locale: string, next: string): Promise<void> {
  await forgetRecoveryCodes()
  const site = await resolveSite(Promise.resolve({ tenant: segment, locale }))
  if (!site) redirect('/')
  redirect(membersReturnPath(site.home, next))
}
