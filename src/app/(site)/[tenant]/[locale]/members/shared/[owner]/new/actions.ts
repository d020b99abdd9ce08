'use server'

import { notFound, redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import type { IncidentFormState } from '@/components/site/incidentFormState'
import { recordForOwner } from '@/data/incidentHelpers'
import { resolveSite } from '@/data/site'
import { getViewer } from '@/data/viewer'

import { formErrorsOf, formValuesOf, incidentInputOf } from '../../../incidents/formInput'

/**
 * A helper's record form: the incident goes into the owner's log (theirs, added by the helper).
 * Whether the helper still helps is checked again here and by the collection's own access; on a
 * refusal everything typed comes back with a message per field.
 */
export async function recordForOwnerAction(segment: string, locale: string, owner: number, _previous: IncidentFormState, form: FormData): Promise<IncidentFormState> {
  const site = await resolveSite(Promise.resolve({ tenant: segment, locale }))
  const values = formValuesOf(form)
  if (!site) return { values, errors: {}, draftId: null }
  const viewer = await getViewer()
  if (!viewer) redirect(`${site.home}/login?next=${encodeURIComponent(`${site.home}/members/shared/${owner}/new`)}`)
  const result = await recordForOwner(site, viewer, owner, incidentInputOf(values))
  // No longer a helper (revoked meanwhile): as if the log were not there.
  if (!result) notFound()
  if (!result.ok) {
    const t = await getTranslations({ locale: site.locale, namespace: 'Incidents' })
    return { values, errors: formErrorsOf(result.problems, (code, max) => t(`errors.${code}`, { max })), draftId: null }
  }
  redirect(`${site.home}/members/shared/${owner}/${result.id}?recorded=1`)
}
