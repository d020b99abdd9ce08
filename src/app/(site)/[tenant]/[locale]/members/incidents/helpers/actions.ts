'use server'

import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import type { HelperFormState } from '@/components/site/helperFormState'
import { addHelper, revokeHelper } from '@/data/incidentHelpers'
import { incidentLogOpenTo } from '@/data/incidents'
import { resolveSite } from '@/data/site'
import { getViewer } from '@/data/viewer'

/**
 * Naming a helper: the tenant resolved again from the bound segments, the owner from the session.
 * A refusal answers the address as typed with one message for the field; the same message for
 * every address that is not a current member here, so the form tells nobody who has an account
 * on another council.
 */
export async function addHelperAction(segment: string, locale: string, _previous: HelperFormState, form: FormData): Promise<HelperFormState> {
  const site = await resolveSite(Promise.resolve({ tenant: segment, locale }))
  const typed = form.get('email')
  const email = typeof typed === 'string' ? typed.slice(0, 320) : ''
  if (!site) return { email, error: null, added: null }
  const viewer = await getViewer()
  if (!viewer || !(await incidentLogOpenTo(site, viewer, { toRecord: true }))) redirect(`${site.home}/login?next=${encodeURIComponent(`${site.home}/members/incidents/helpers`)}`)
  const t = await getTranslations({ locale: site.locale, namespace: 'Helpers' })
  const result = await addHelper(site, viewer, email)
  if (!result.ok) return { email, error: t(`errors.${result.problem}`), added: null }
  return { email: '', error: null, added: t('added', { email: email.trim() }) }
}

/** Revoking a helper: at once, then back to the page with a word that it is done. */
export async function revokeHelperAction(segment: string, locale: string, helper: number): Promise<void> {
  const site = await resolveSite(Promise.resolve({ tenant: segment, locale }))
  if (!site) return
  const viewer = await getViewer()
  if (!viewer) redirect(`${site.home}/login?next=${encodeURIComponent(`${site.home}/members/incidents/helpers`)}`)
  const done = await revokeHelper(site, viewer, helper)
  redirect(`${site.home}/members/incidents/helpers${done ? '?revoked=1' : ''}`)
}
