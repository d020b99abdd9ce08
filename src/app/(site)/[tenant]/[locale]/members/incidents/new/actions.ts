'use server'

import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import type { IncidentFormField, IncidentFormState, IncidentFormValues } from '@/components/site/incidentFormState'
import { incidentLogOpenTo, recordIncident, type IncidentField, type IncidentInput, type IncidentKind, type IncidentPlatform, type IncidentProblems } from '@/data/incidents'
import { resolveSite } from '@/data/site'
import { getViewer } from '@/data/viewer'
import { ukLocalToIso } from '@/lib/londonTime'

const FORM_FIELD: Record<IncidentField, IncidentFormField> = {
  happenedAt: 'happenedAt',
  happenedUntil: 'happenedUntil',
  platform: 'platform',
  kinds: 'kinds',
  whatHappened: 'whatHappened',
  impact: 'impact',
  witnesses: 'witnesses',
  handles: 'handles',
  links: 'links',
  'platformReport.reportedOn': 'platformReportedOn',
  'platformReport.reference': 'platformReference',
  'platformReport.outcome': 'platformOutcome',
  'policeReport.reportedOn': 'policeReportedOn',
  'policeReport.crimeReference': 'crimeReference',
  'policeReport.officer': 'officer',
}

function valuesOf(form: FormData): IncidentFormValues {
  const get = (name: string): string => {
    const value = form.get(name)
    return typeof value === 'string' ? value : ''
  }
  return {
    happenedAt: get('happenedAt'),
    happenedUntil: get('happenedUntil'),
    platform: get('platform'),
    kinds: form.getAll('kinds').filter((value): value is string => typeof value === 'string'),
    whatHappened: get('whatHappened'),
    impact: get('impact'),
    witnesses: get('witnesses'),
    handles: get('handles'),
    links: get('links'),
    platformReportedOn: get('platformReportedOn'),
    platformReference: get('platformReference'),
    platformOutcome: get('platformOutcome'),
    policeReportedOn: get('policeReportedOn'),
    crimeReference: get('crimeReference'),
    officer: get('officer'),
    operationFord: get('operationFord') === 'yes',
  }
}

/** A UK wall-clock date (and time) as an instant; text that is no date stays text, and is refused as "not a date". */
const instant = (value: string): string | null => (value.trim() === '' ? null : (ukLocalToIso(value) ?? value))
const lines = (value: string): string[] => value.split(/\r?\n/)

function inputOf(values: IncidentFormValues): IncidentInput {
  return {
    happenedAt: instant(values.happenedAt),
    happenedUntil: instant(values.happenedUntil),
    platform: values.platform === '' ? null : (values.platform as IncidentPlatform),
    kinds: values.kinds as IncidentKind[],
    whatHappened: values.whatHappened,
    impact: values.impact,
    witnesses: values.witnesses,
    handles: lines(values.handles),
    links: lines(values.links),
    platformReport: { reportedOn: instant(values.platformReportedOn), reference: values.platformReference, outcome: values.platformOutcome },
    policeReport: { reportedOn: instant(values.policeReportedOn), crimeReference: values.crimeReference, officer: values.officer, operationFord: values.operationFord },
  }
}

/**
 * The record form's action (also its no-JavaScript answer). The tenant is resolved again from the
 * bound segments and the person from the session; on a refusal everything typed comes back with
 * a message per field; on success, the incident's page with the wellbeing prompt.
 */
export async function recordIncidentAction(segment: string, locale: string, _previous: IncidentFormState, form: FormData): Promise<IncidentFormState> {
  const site = await resolveSite(Promise.resolve({ tenant: segment, locale }))
  const values = valuesOf(form)
  if (!site) return { values, errors: {} }
  const viewer = await getViewer()
  if (!viewer || !(await incidentLogOpenTo(site, viewer, { toRecord: true }))) redirect(`${site.home}/login?next=${encodeURIComponent(`${site.home}/members/incidents/new`)}`)
  const result = await recordIncident(site, viewer, inputOf(values))
  if (!result.ok) {
    const t = await getTranslations({ locale: site.locale, namespace: 'Incidents' })
    const errors: IncidentFormState['errors'] = {}
    for (const [field, problem] of Object.entries(result.problems) as [IncidentField, NonNullable<IncidentProblems[IncidentField]>][]) {
      errors[FORM_FIELD[field]] = t(`errors.${problem.code}`, { max: problem.max ?? 0 })
    }
    return { values, errors }
  }
  redirect(`${site.home}/members/incidents/${result.id}?recorded=1`)
}
