'use server'

import { redirect } from 'next/navigation'

import { incidentLogOpenTo } from '@/data/incidents'
import { sendReport } from '@/data/incidentReports'
import { resolveSite } from '@/data/site'
import { getViewer } from '@/data/viewer'

const ids = (form: FormData, name: string): number[] =>
  form
    .getAll(name)
    .filter((value): value is string => typeof value === 'string' && /^\d{1,9}$/.test(value))
    .map(Number)

const text = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === 'string' ? value : ''
}

/**
 * The report form's action (a plain post, so it works without JavaScript). The tenant is resolved
 * again from the bound segments and the person from the session. Officers are posted as the ones
 * to keep (ticked); those shown and not ticked are left out. A refusal comes back to the form
 * with its reasons; success goes to the report's own page with its reference.
 */
export async function sendReportAction(segment: string, locale: string, incidentId: string, form: FormData): Promise<void> {
  const site = await resolveSite(Promise.resolve({ tenant: segment, locale }))
  if (!site) redirect('/')
  const back = `${site.home}/members/incidents/${encodeURIComponent(incidentId)}/report`
  const viewer = await getViewer()
  if (!viewer || !(await incidentLogOpenTo(site, viewer, { toRecord: true }))) redirect(`${site.home}/login?next=${encodeURIComponent(back)}`)
  const shown = ids(form, 'officersShown')
  const kept = ids(form, 'officers')
  const result = await sendReport(site, viewer, {
    incidentId,
    evidenceIds: ids(form, 'evidence'),
    contactPreference: text(form, 'contactPreference'),
    contactDetail: text(form, 'contactDetail'),
    note: text(form, 'note'),
    leaveOut: shown.filter((id) => !kept.includes(id)),
    submissionKey: text(form, 'submissionKey'),
  })
  if (!result.ok) redirect(`${back}?error=${result.problems.join(',')}`)
  redirect(`${site.home}/members/reports/${result.id}?sent=1`)
}
