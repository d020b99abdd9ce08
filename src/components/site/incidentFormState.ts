/** What the incident form holds as typed (all text, as the inputs give it), so nothing is lost on a refusal. */
export type IncidentFormValues = {
  happenedAt: string
  happenedUntil: string
  platform: string
  kinds: string[]
  whatHappened: string
  impact: string
  witnesses: string
  handles: string
  links: string
  platformReportedOn: string
  platformReference: string
  platformOutcome: string
  policeReportedOn: string
  crimeReference: string
  officer: string
  operationFord: boolean
}

export type IncidentFormField = Exclude<keyof IncidentFormValues, 'operationFord'>

/** `draftId`: the autosaved draft this form is writing (recording only), so that saving it ends the draft. */
export type IncidentFormState = { values: IncidentFormValues; errors: Partial<Record<IncidentFormField, string>>; draftId?: string | null }

export const emptyIncidentForm: IncidentFormValues = {
  happenedAt: '',
  happenedUntil: '',
  platform: '',
  kinds: [],
  whatHappened: '',
  impact: '',
  witnesses: '',
  handles: '',
  links: '',
  platformReportedOn: '',
  platformReference: '',
  platformOutcome: '',
  policeReportedOn: '',
  crimeReference: '',
  officer: '',
  operationFord: false,
}
