'use server'

import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import type { IncidentFormState } from '@/components/site/incidentFormState'
import { discardDraft, saveDraft } from '@/data/incidentDrafts'
import { incidentLogOpenTo, recordIncident } from '@/data/incidents'
import { resolveSite } from '@/data/site'
import { getViewer } from '@/data/viewer'

import { formErrorsOf, formValuesOf, incidentInputOf } from '../formInput'

/**
 * The record form's action (also its no-JavaScript answer). The tenant is resolved again from the
 * bound segments and the person from the session; on a refusal everything typed comes back with
 * a message per field; on success, the draft it was written from (if any) is deleted and the
 * incident's page opens with the wellbeing prompt.
 */
export async function recordIncidentAction(segment: string, locale: string, _previous: IncidentFormState, form: FormData): Promise<IncidentFormState> {
  const site = await resolveSite(Promise.resolve({ tenant: segment, locale }))
  const values = formValuesOf(form)
  const draft = form.get('draftId')
  const draftId = typeof draft === 'string' && draft !== '' ? draft : null
  if (!site) return { values, errors: {}, draftId }
  const viewer = await getViewer()
  if (!viewer || !(await incidentLogOpenTo(site, viewer, { toRecord: true }))) redirect(`${site.home}/login?next=${encodeURIComponent(`${site.home}/members/incidents/new`)}`)
  const result = await recordIncident(site, viewer, incidentInputOf(values))
  if (!result.ok) {
    const t = await getTranslations({ locale: site.locale, namespace: 'Incidents' })
    return { values, errors: formErrorsOf(result.problems, (code, max) => t(`errors.${code}`, { max })), draftId }
  }
  if (draftId) await discardDraft(site, viewer, draftId)
  redirect(`${site.home}/members/incidents/${result.id}?recorded=1`)
}

export type DraftSaveResult = { id: number | null }

/**
 * Autosave (called by the form's script every few seconds while it changes, and when a field is
 * left): the form as typed, into the owner's draft. Answers the draft's id so the next save and
 * the final post name it; null when the person may not record here any more (signed out, left).
 */
export async function saveDraftAction(segment: string, locale: string, form: FormData): Promise<DraftSaveResult> {
  const site = await resolveSite(Promise.resolve({ tenant: segment, locale }))
  const viewer = await getViewer()
  if (!site || !viewer) return { id: null }
  const draft = form.get('draftId')
  const saved = await saveDraft(site, viewer, typeof draft === 'string' ? draft : null, formValuesOf(form))
  return { id: saved?.id ?? null }
}
