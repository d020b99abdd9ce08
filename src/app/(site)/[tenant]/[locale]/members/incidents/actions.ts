'use server'

import { notFound, redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import type { IncidentFormState } from '@/components/site/incidentFormState'
import { discardDraft } from '@/data/incidentDrafts'
import { deleteIncident, deleteIncidentLog, incidentLogOpenTo, updateIncident } from '@/data/incidents'
import { resolveSite, type Site } from '@/data/site'
import { getViewer } from '@/data/viewer'

import { formErrorsOf, formValuesOf, incidentInputOf } from './formInput'

/*
 * The log's changes other than recording: edit, delete one, delete all, discard a draft. Each
 * resolves the tenant again from the bound segments and the person from the session, and works
 * as a plain form post (no JavaScript needed). An incident or draft that is not the person's is
 * a 404, as on the pages.
 */

async function siteAndOwner(segment: string, locale: string, below: string) {
  const site = await resolveSite(Promise.resolve({ tenant: segment, locale }))
  if (!site) notFound()
  const viewer = await getViewer()
  if (!viewer || !(await incidentLogOpenTo(site, viewer))) redirect(`${site.home}/login?next=${encodeURIComponent(`${site.home}/members/incidents${below}`)}`)
  return { site, viewer }
}

const logPath = (site: Site, query: string) => `${site.home}/members/incidents?${query}`

/** Saves the owner's changes to an incident: refused fields come back with everything typed. */
export async function updateIncidentAction(segment: string, locale: string, id: number, _previous: IncidentFormState, form: FormData): Promise<IncidentFormState> {
  const { site, viewer } = await siteAndOwner(segment, locale, `/${id}/edit`)
  const values = formValuesOf(form)
  const result = await updateIncident(site, viewer, id, incidentInputOf(values))
  if (result === null) notFound()
  if (!result.ok) {
    const t = await getTranslations({ locale: site.locale, namespace: 'Incidents' })
    return { values, errors: formErrorsOf(result.problems, (code, max) => t(`errors.${code}`, { max })) }
  }
  redirect(`${site.home}/members/incidents/${id}?updated=1`)
}

export async function deleteIncidentAction(segment: string, locale: string, id: number): Promise<void> {
  const { site, viewer } = await siteAndOwner(segment, locale, `/${id}/delete`)
  if (!(await deleteIncident(site, viewer, id))) notFound()
  redirect(logPath(site, 'deleted=1'))
}

export async function deleteIncidentLogAction(segment: string, locale: string): Promise<void> {
  const { site, viewer } = await siteAndOwner(segment, locale, '/delete-log')
  await deleteIncidentLog(site, viewer)
  redirect(logPath(site, 'logDeleted=1'))
}

export async function discardDraftAction(segment: string, locale: string, id: number): Promise<void> {
  const { site, viewer } = await siteAndOwner(segment, locale, '')
  if (!(await discardDraft(site, viewer, id))) notFound()
  redirect(logPath(site, 'draftDiscarded=1'))
}
