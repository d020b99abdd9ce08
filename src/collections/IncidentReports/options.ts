import type { IncidentInput } from '../Incidents/input'

/** A report's triage status, in the order it normally moves (a contract: REST values and the statistics). */
export const reportStatuses = ['received', 'assessed', 'referred', 'closed'] as const
export type ReportStatus = (typeof reportStatuses)[number]

export const reportStatusLabels: Record<ReportStatus, string> = {
  received: 'Received',
  assessed: 'Assessed',
  referred: 'Referred to police',
  closed: 'Closed',
}

/** The officer's judgement of how serious it is. */
export const reportSeverities = ['low', 'medium', 'high', 'critical'] as const
export type ReportSeverity = (typeof reportSeverities)[number]

/** How the councillor would like the officer to get in touch. */
export const contactPreferences = ['email', 'phone', 'no-contact'] as const
export type ContactPreference = (typeof contactPreferences)[number]

export const reportLimits = { note: 2000, contactDetail: 200, triageNote: 4000, crimeReference: 100, policeOfficer: 200, officerTitle: 80, evidence: 20 } as const

/** Hours a report may stay 'received' before the tenant's admins are told, unless the tenant sets its own. */
export const DEFAULT_ESCALATE_AFTER_HOURS = 48

/** One piece of evidence as the report keeps it (a copy: the councillor may delete theirs later). */
export type SnapshotEvidence = { evidenceId: number; fileName: string; sha256: string; size: number; mimeType: string; uploadedAt: string }

/** Everything the councillor shared, as it was when they sent it: stored encrypted, as one value. */
export type ReportSnapshot = {
  incident: IncidentInput & { recordedAt: string | null }
  evidence: SnapshotEvidence[]
  contact: { preference: ContactPreference; detail: string }
  note: string
  /** Who it went to (name and title as the councillor saw them), and whom they left out. */
  sentTo: { name: string; title: string }[]
  leftOut: { name: string; title: string }[]
}
