import { incidentKinds, incidentLimits, incidentPlatforms, type IncidentKind, type IncidentPlatform } from './options'

/**
 * An incident as its owner wrote it (plaintext), whatever the route: the site's form, REST, the
 * Local API. The collection's hooks turn it into encrypted columns and back
 * (src/collections/Incidents/hooks/encryption.ts); the site's action checks it with the same
 * `incidentProblems` before saving, so both answer with the same per-field reasons.
 */
export type IncidentInput = {
  happenedAt: string | null
  happenedUntil: string | null
  platform: IncidentPlatform | null
  kinds: IncidentKind[]
  whatHappened: string
  impact: string
  witnesses: string
  handles: string[]
  links: string[]
  platformReport: { reportedOn: string | null; reference: string; outcome: string }
  policeReport: { reportedOn: string | null; crimeReference: string; officer: string; operationFord: boolean }
}

/** Why a field was refused; the site translates the code (Incidents.errors), the API says it in English. */
export type ProblemCode = 'required' | 'tooLong' | 'tooMany' | 'notDate' | 'future' | 'beforeStart' | 'notUrl' | 'unknownOption'

export type IncidentProblems = Partial<Record<IncidentField, { code: ProblemCode; max?: number }>>

export type IncidentField =
  | 'happenedAt'
  | 'happenedUntil'
  | 'platform'
  | 'kinds'
  | 'whatHappened'
  | 'impact'
  | 'witnesses'
  | 'handles'
  | 'links'
  | 'platformReport.reportedOn'
  | 'platformReport.reference'
  | 'platformReport.outcome'
  | 'policeReport.reportedOn'
  | 'policeReport.crimeReference'
  | 'policeReport.officer'

export const emptyIncidentInput: IncidentInput = {
  happenedAt: null,
  happenedUntil: null,
  platform: null,
  kinds: [],
  whatHappened: '',
  impact: '',
  witnesses: '',
  handles: [],
  links: [],
  platformReport: { reportedOn: null, reference: '', outcome: '' },
  policeReport: { reportedOn: null, crimeReference: '', officer: '', operationFord: false },
}

// Clocks differ a little between a phone and the server; a time a few minutes ahead is not "the future".
const CLOCK_SKEW_MS = 5 * 60 * 1000

function dateProblem(value: string | null, required: boolean, now: number): { code: ProblemCode } | null {
  if (value === null || value === '') return required ? { code: 'required' } : null
  const time = Date.parse(value)
  if (Number.isNaN(time)) return { code: 'notDate' }
  if (time > now + CLOCK_SKEW_MS) return { code: 'future' }
  return null
}

/** A link to where the abuse is: http or https (posts are not always on https), a host, no spaces. */
export function incidentLinkProblem(value: string): ProblemCode | null {
  if (value.length > incidentLimits.link) return 'tooLong'
  if (/\s/.test(value)) return 'notUrl'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'notUrl'
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') return 'notUrl'
  return null
}

/** Every problem with an incident, by field; empty when it may be saved. */
export function incidentProblems(input: IncidentInput, now = Date.now()): IncidentProblems {
  const problems: IncidentProblems = {}
  const start = dateProblem(input.happenedAt, true, now)
  if (start) problems.happenedAt = start
  const end = dateProblem(input.happenedUntil, false, now)
  if (end) problems.happenedUntil = end
  else if (!start && input.happenedUntil && input.happenedAt && Date.parse(input.happenedUntil) < Date.parse(input.happenedAt)) {
    problems.happenedUntil = { code: 'beforeStart' }
  }
  if (input.platform === null) problems.platform = { code: 'required' }
  else if (!(incidentPlatforms as readonly string[]).includes(input.platform)) problems.platform = { code: 'unknownOption' }
  if (input.kinds.length === 0) problems.kinds = { code: 'required' }
  else if (input.kinds.some((kind) => !(incidentKinds as readonly string[]).includes(kind))) problems.kinds = { code: 'unknownOption' }
  if (input.whatHappened.trim() === '') problems.whatHappened = { code: 'required' }
  const texts: [IncidentField, string, number][] = [
    ['whatHappened', input.whatHappened, incidentLimits.whatHappened],
    ['impact', input.impact, incidentLimits.impact],
    ['witnesses', input.witnesses, incidentLimits.witnesses],
    ['platformReport.reference', input.platformReport.reference, incidentLimits.reference],
    ['platformReport.outcome', input.platformReport.outcome, incidentLimits.outcome],
    ['policeReport.crimeReference', input.policeReport.crimeReference, incidentLimits.reference],
    ['policeReport.officer', input.policeReport.officer, incidentLimits.officer],
  ]
  for (const [field, value, max] of texts) if (!problems[field] && value.length > max) problems[field] = { code: 'tooLong', max }
  if (input.handles.length > incidentLimits.handles) problems.handles = { code: 'tooMany', max: incidentLimits.handles }
  else if (input.handles.some((handle) => handle.length > incidentLimits.handle)) problems.handles = { code: 'tooLong', max: incidentLimits.handle }
  if (input.links.length > incidentLimits.links) problems.links = { code: 'tooMany', max: incidentLimits.links }
  else {
    const linkCode = input.links.map(incidentLinkProblem).find((code) => code !== null)
    if (linkCode) problems.links = { code: linkCode, ...(linkCode === 'tooLong' ? { max: incidentLimits.link } : {}) }
  }
  const platformDate = dateProblem(input.platformReport.reportedOn, false, now)
  if (platformDate) problems['platformReport.reportedOn'] = platformDate
  const policeDate = dateProblem(input.policeReport.reportedOn, false, now)
  if (policeDate) problems['policeReport.reportedOn'] = policeDate
  return problems
}

const englishMessages: Record<ProblemCode, string> = {
  required: 'This field is required.',
  tooLong: 'This is too long (at most {max} characters).',
  tooMany: 'There are too many entries (at most {max}).',
  notDate: 'This is not a date and time.',
  future: 'This date is in the future.',
  beforeStart: 'The end of the period is before its start.',
  notUrl: 'Each link must be a web address starting with https:// or http://.',
  unknownOption: 'This is not one of the choices.',
}

/** The problems as English messages for Payload's ValidationError (REST, GraphQL, Local API callers). */
export function englishProblems(problems: IncidentProblems): { path: string; message: string }[] {
  return Object.entries(problems).map(([path, problem]) => ({
    path,
    message: englishMessages[problem.code].replace('{max}', String(problem.max ?? '')),
  }))
}

/** The distinct, trimmed, non-empty lines of a list the owner typed (handles, links). */
export function listOf(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))]
}
