/**
 * What a contact is for. The slugs are a contract: the toolkit's text refers to contacts by kind
 * ("tenant values"), and the order here is the order of the contacts page.
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
  emergency: 'Emergency (999)',
  'police-non-emergency': 'Police non-emergency (101)',
  'police-elected-official-adviser': 'Police elected-official adviser',
  'monitoring-officer': 'Monitoring Officer',
  'democratic-services': 'Democratic Services',
  'member-support': 'Member support officer',
  wellbeing: 'Wellbeing and support',
  'party-safety-lead': 'Party or group safety lead',
  'harmful-content': 'Harmful content online',
  'fraud-hacked-accounts': 'Fraud and hacked accounts',
  other: 'Other',
}

export const nations = ['england', 'wales', 'scotland', 'northern-ireland'] as const
export type Nation = (typeof nations)[number]

export const nationLabels: Record<Nation, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
}

export const contactAudiences = ['public', 'members'] as const
export type ContactAudience = (typeof contactAudiences)[number]

/** How long a contact stays "verified" when the tenant has not chosen (tenants.contactStaleAfterDays). */
export const DEFAULT_STALE_AFTER_DAYS = 180
