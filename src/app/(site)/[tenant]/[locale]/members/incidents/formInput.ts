import type { IncidentFormField, IncidentFormState, IncidentFormValues } from '@/components/site/incidentFormState'
import type { IncidentField, IncidentInput, IncidentKind, IncidentPlatform, IncidentProblems, IncidentView, ProblemCode } from '@/data/incidents'
import { isoToUkLocal, ukLocalToIso } from '@/lib/londonTime'

/*
 * The incident form's values, both ways: what a post holds (all text, as typed) to the incident
 * the data layer checks, and a stored incident (or draft) back to the form's values. Shared by
 * recording, editing and drafts, so every form reads and answers the same way.
 */

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

/** A post's values as typed (a field missing from the post is empty). */
export function formValuesOf(form: FormData): IncidentFormValues {
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

export function incidentInputOf(values: IncidentFormValues): IncidentInput {
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

/** A stored incident as the form shows it for editing (dates as UK wall-clock time, lists one per line). */
export function formValuesOfIncident(incident: IncidentView): IncidentFormValues {
  const day = (iso: string | null): string => isoToUkLocal(iso).slice(0, 10)
  return {
    happenedAt: isoToUkLocal(incident.happenedAt),
    happenedUntil: isoToUkLocal(incident.happenedUntil),
    platform: incident.platform ?? '',
    kinds: [...incident.kinds],
    whatHappened: incident.whatHappened,
    impact: incident.impact,
    witnesses: incident.witnesses,
    handles: incident.handles.join('\n'),
    links: incident.links.join('\n'),
    platformReportedOn: day(incident.platformReport.reportedOn),
    platformReference: incident.platformReport.reference,
    platformOutcome: incident.platformReport.outcome,
    policeReportedOn: day(incident.policeReport.reportedOn),
    crimeReference: incident.policeReport.crimeReference,
    officer: incident.policeReport.officer,
    operationFord: incident.policeReport.operationFord,
  }
}

/** The data layer's problems as the form's messages, in the page's language. */
export function formErrorsOf(problems: IncidentProblems, message: (code: ProblemCode, max: number) => string): IncidentFormState['errors'] {
  const errors: IncidentFormState['errors'] = {}
  for (const [field, problem] of Object.entries(problems) as [IncidentField, NonNullable<IncidentProblems[IncidentField]>][]) {
    errors[FORM_FIELD[field]] = message(problem.code, problem.max ?? 0)
  }
  return errors
}
