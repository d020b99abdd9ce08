/**
 * The fixed list of contact kinds. Pages refer to contacts by kind (a contact card, a rung of the
 * escalation ladder, a tenant value in running text) and each tenant fills the kinds in.
 */
export const contactKinds = [
  'emergency',
  'police-non-emergency',
  'police-elected-official-adviser',
  'monitoring-officer',
  'democratic-services',
  'member-support',
  'wellbeing',
  'party-safety-lead',
  'harmful-content',
  'fraud-hacked-accounts',
  'other',
] as const

export type ContactKind = (typeof contactKinds)[number]

export const contactKindLabels: Record<ContactKind, string> = {
  emergency: 'Emergency',
  'police-non-emergency': 'Police (non-emergency)',
  'police-elected-official-adviser': 'Police elected-official adviser',
  'monitoring-officer': 'Monitoring Officer',
  'democratic-services': 'Democratic Services',
  'member-support': 'Member support',
  wellbeing: 'Wellbeing',
  'party-safety-lead': 'Party safety lead',
  'harmful-content': 'Harmful content reporting',
  'fraud-hacked-accounts': 'Fraud and hacked accounts',
  other: 'Other',
}

export const contactKindOptions = contactKinds.map((value) => ({ label: contactKindLabels[value], value }))

export function isContactKind(value: unknown): value is ContactKind {
  return typeof value === 'string' && (contactKinds as readonly string[]).includes(value)
}
