import { platformIds } from '@/lib/bio/platforms'

/**
 * Where an incident happened: the bio builder's platforms, then the ways abuse arrives offline.
 * The values are stored; the site's labels are in the message files (Incidents.platforms).
 */
export const incidentPlatforms = [...platformIds, 'email', 'phone', 'letter', 'in-person', 'other'] as const
export type IncidentPlatform = (typeof incidentPlatforms)[number]

/** What kind of abuse it was (several may apply). Labels: Incidents.kinds in the message files. */
export const incidentKinds = ['threat', 'harassment', 'hate', 'sexual', 'doxxing', 'impersonation', 'misinformation', 'other'] as const
export type IncidentKind = (typeof incidentKinds)[number]

/** Limits per field: generous for a phone, and together well inside the site's 32 KB form limit. */
export const incidentLimits = {
  whatHappened: 5000,
  impact: 2000,
  witnesses: 1000,
  handle: 200,
  handles: 20,
  link: 2000,
  links: 10,
  reference: 200,
  outcome: 1000,
  officer: 200,
} as const
