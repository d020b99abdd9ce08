import type { ContactAudience, ContactKind, Nation } from '@/collections/Contacts/kinds'
import type { Locale } from '@/i18n/locales'

type Localised = Partial<Record<Locale, string>> & { en: string }

export type SeedContact = {
  kind: ContactKind
  /**
   * With `kind` and the tenant, the key that decides whether the seed already created it: two
   * contacts of one kind in one tenant need different English labels.
   */
  label: Localised
  organisation?: Localised
  hours?: Localised
  notes?: Localised
  phone?: string
  email?: string
  url?: string
  audience?: ContactAudience
  nations?: Nation[]
  order?: number
}

/**
 * National contacts, in the baseline tenant, inherited by nation. Real public numbers only.
 * lastVerifiedAt is left empty: the seed has not checked them, a platform admin has to.
 */
export const nationalContacts: SeedContact[] = [
  {
    kind: 'emergency',
    label: { en: 'Emergency services', cy: 'Gwasanaethau brys' },
    organisation: { en: 'Police, fire, ambulance and coastguard' },
    phone: '999',
    hours: { en: '24 hours, every day' },
    notes: { en: 'If you are in immediate danger, or a crime is happening now.' },
    order: 0,
  },
  {
    kind: 'emergency',
    label: { en: 'Emergency services (112)', cy: 'Gwasanaethau brys (112)' },
    organisation: { en: 'Police, fire, ambulance and coastguard' },
    phone: '112',
    hours: { en: '24 hours, every day' },
    notes: { en: '112 reaches the same emergency services as 999, including from abroad.' },
    order: 1,
  },
  {
    kind: 'police-non-emergency',
    label: { en: 'Police non-emergency' },
    organisation: { en: 'Your local police force' },
    phone: '101',
    notes: { en: 'To report abuse or threats that are not an emergency. Ask for your force\'s elected-official adviser.' },
    nations: ['england', 'wales'],
  },
  {
    kind: 'police-non-emergency',
    label: { en: 'Police Scotland non-emergency' },
    organisation: { en: 'Police Scotland' },
    phone: '101',
    notes: { en: 'To report abuse or threats that are not an emergency.' },
    nations: ['scotland'],
  },
  {
    kind: 'police-non-emergency',
    label: { en: 'PSNI non-emergency' },
    organisation: { en: 'Police Service of Northern Ireland' },
    phone: '101',
    notes: { en: 'To report abuse or threats that are not an emergency.' },
    nations: ['northern-ireland'],
  },
  {
    kind: 'fraud-hacked-accounts',
    label: { en: 'Report Fraud' },
    organisation: { en: 'Report Fraud' },
    phone: '+443001232040',
    notes: { en: 'If an account of yours has been hacked or you have been defrauded.' },
    nations: ['england', 'wales', 'northern-ireland'],
  },
  {
    kind: 'fraud-hacked-accounts',
    label: { en: 'Report a hacked account' },
    organisation: { en: 'Police Scotland' },
    phone: '101',
    notes: { en: 'In Scotland, report hacked accounts and fraud to Police Scotland on 101.' },
    nations: ['scotland'],
  },
  {
    kind: 'harmful-content',
    label: { en: 'Report Harmful Content' },
    organisation: { en: 'Report Harmful Content' },
    url: 'https://reportharmfulcontent.com/',
    notes: { en: 'Report to the platform first; this service can step in when the platform has not acted.' },
  },
  {
    kind: 'wellbeing',
    label: { en: 'Samaritans', cy: 'Samariaid' },
    organisation: { en: 'Samaritans', cy: 'Samariaid' },
    phone: '116123',
    hours: { en: '24 hours, every day' },
    notes: { en: 'Free to call, to talk about anything that is troubling you.' },
  },
]

/**
 * Demo contacts for the demo tenants: obviously fictional names, reserved email domains, and no
 * invented phone numbers (police use the real short code 101; officers have an email only).
 */
export const demoContacts: Record<string, SeedContact[]> = {
  'example-county': [
    {
      kind: 'police-non-emergency',
      label: { en: 'Example Constabulary (non-emergency)', cy: 'Heddlu Enghraifft (nid argyfwng)' },
      organisation: { en: 'Example Constabulary', cy: 'Heddlu Enghraifft' },
      phone: '101',
      notes: { en: 'Ask for the elected-official adviser.' },
    },
    {
      kind: 'monitoring-officer',
      label: { en: 'Monitoring Officer', cy: 'Swyddog Monitro' },
      organisation: { en: 'Example County Council', cy: 'Cyngor Sir Enghraifft' },
      email: 'monitoring.officer@example.gov.uk',
    },
    {
      kind: 'member-support',
      label: { en: 'Member support officer', cy: 'Swyddog cymorth aelodau' },
      organisation: { en: 'Example County Council', cy: 'Cyngor Sir Enghraifft' },
      email: 'member.support@example.gov.uk',
      audience: 'members',
    },
  ],
  'example-borough': [
    {
      kind: 'police-non-emergency',
      label: { en: 'Example Borough Police (non-emergency)' },
      organisation: { en: 'Example Borough Police' },
      phone: '101',
    },
    {
      kind: 'democratic-services',
      label: { en: 'Democratic Services' },
      organisation: { en: 'Example Borough Council' },
      email: 'democratic.services@example.gov.uk',
    },
    {
      kind: 'member-support',
      label: { en: 'Member support officer' },
      organisation: { en: 'Example Borough Council' },
      email: 'member.support@example.gov.uk',
      audience: 'members',
    },
  ],
  'example-party': [
    {
      kind: 'party-safety-lead',
      label: { en: 'Party safety lead' },
      organisation: { en: 'Example Party' },
      email: 'safety@example.org',
      audience: 'members',
    },
  ],
}
