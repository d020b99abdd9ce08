'use server'

import { redirect } from 'next/navigation'

import type { CodeFormState } from '@/components/twoFactor/codeState'
import { refusalMessage } from '@/components/twoFactor/refusalMessage'
import { resolveSite } from '@/data/site'
import { completeSecondStep, pendingSignIn } from '@/data/twoFactor'
import { sitePath } from '@/lib/siteRoutes'

/**
 * The second step's POST: the code (or, at set-up, the first code from the app). Right: the
 * session starts and the browser goes on, to the recovery codes first after a set-up. A sign-in
 * that is no longer waiting (expired, another tenant's) goes back to the password.
 */
export async function secondStepAction(segment: string, locale: string, _previous: CodeFormState, form: FormData): Promise<CodeFormState> {
  const site = await resolveSite(Promise.resolve({ tenant: segment, locale }))
  if (!site) return { error: 'Not found' }
  const pending = await pendingSignIn()
  if (!pending || pending.place.kind !== 'site' || pending.place.tenantId !== site.tenant.id) redirect(sitePath(site.home, 'login'))
  const code = typeof form.get('code') === 'string' ? String(form.get('code')) : ''
  const outcome = await completeSecondStep(pending, code)
  if (!outcome.ok) return { error: await refusalMessage(site.locale, outcome) }
  redirect(outcome.recoveryCodes ? `${sitePath(site.home, 'recoveryCodes')}?next=${encodeURIComponent(outcome.next)}` : outcome.next)
}
