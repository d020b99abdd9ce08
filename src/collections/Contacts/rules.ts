/**
 * The rules behind the contacts page, as pure functions (no Payload, no cache) so that they are
 * unit-tested apart from the database:
 *
 * - national contacts live in the baseline tenant and apply to a tenant when their `nations` is
 *   empty (every nation) or includes the tenant's nation;
 * - a tenant's own contact of a kind stands in front of the national ones of that kind: they
 *   are not shown to that tenant at all;
 * - the emergency route is 999, then 101 with the police force's name, then the council's named
 *   officer.
 */
import { contactKinds, DEFAULT_STALE_AFTER_DAYS, type ContactAudience, type ContactKind, type Nation } from '@/collections/Contacts/kinds'

/** One contact as the site shows it (plain data: it goes through Next's data cache as JSON). */
export type EffectiveContact = {
  id: number
  kind: ContactKind
  label: string
  organisation: string | null
  /** Stored form (E.164 or short-code digits), display form, and `tel:` URI. */
  phone: { value: string; display: string; uri: string } | null
  email: string | null
  url: string | null
  hours: string | null
  notes: string | null
  audience: ContactAudience
  source: 'tenant' | 'national'
  order: number
  /** ISO date-time, or null when never verified. */
  lastVerifiedAt: string | null
}

/** A contact before inheritance, with the nations it applies to (national contacts only). */
export type CandidateContact = EffectiveContact & { nations: Nation[] }

export type ContactGroup = { kind: ContactKind; contacts: EffectiveContact[] }

function appliesToNation(contact: CandidateContact, nation: Nation | null): boolean {
  if (contact.nations.length === 0) return true
  return nation !== null && contact.nations.includes(nation)
}

function byOrderThenLabel(a: EffectiveContact, b: EffectiveContact): number {
  return a.order - b.order || a.label.localeCompare(b.label, 'en') || a.id - b.id
}

function withoutNations(contact: CandidateContact): EffectiveContact {
  const { nations: _nations, ...rest } = contact
  return rest
}

/**
 * The contacts a tenant shows, grouped by kind in the order of `contactKinds`. A tenant with no
 * nation (a UK-wide party) inherits only the national contacts that apply to every nation.
 */
export function resolveEffectiveContacts(
  nation: Nation | null,
  own: CandidateContact[],
  national: CandidateContact[],
): ContactGroup[] {
  const ownKinds = new Set(own.map((contact) => contact.kind))
  const inherited = national.filter((contact) => appliesToNation(contact, nation) && !ownKinds.has(contact.kind))
  const all = [...own.map((contact) => ({ ...withoutNations(contact), source: 'tenant' as const })), ...inherited.map((contact) => ({ ...withoutNations(contact), source: 'national' as const }))]
  return contactKinds
    .map((kind) => ({ kind, contacts: all.filter((contact) => contact.kind === kind).sort(byOrderThenLabel) }))
    .filter((group) => group.contacts.length > 0)
}

export type EmergencyStep =
  | { step: 'emergency'; phone: NonNullable<EffectiveContact['phone']>; contact: EffectiveContact | null }
  | { step: 'police'; phone: NonNullable<EffectiveContact['phone']>; force: string | null; contact: EffectiveContact | null }
  | { step: 'officer'; contact: EffectiveContact }

const DIAL_999 = { value: '999', display: '999', uri: 'tel:999' }
const DIAL_101 = { value: '101', display: '101', uri: 'tel:101' }

function firstOfKind(groups: ContactGroup[], kind: ContactKind): EffectiveContact[] {
  return groups.find((group) => group.kind === kind)?.contacts ?? []
}

/**
 * "Abuse happening now", in order: 999 (always, even if no emergency contact was entered: the
 * number never changes), then 101 with the force's name when the tenant has entered its police
 * non-emergency contact, then the council's named officer (Monitoring Officer, else member
 * support), when there is one.
 */
export function buildEmergencyRoute(groups: ContactGroup[]): EmergencyStep[] {
  const emergencyContacts = firstOfKind(groups, 'emergency')
  const emergency = emergencyContacts.find((contact) => contact.phone?.value === '999') ?? null
  const police = firstOfKind(groups, 'police-non-emergency').find((contact) => contact.phone !== null) ?? null
  const officer = firstOfKind(groups, 'monitoring-officer')[0] ?? firstOfKind(groups, 'member-support')[0]

  const route: EmergencyStep[] = [
    { step: 'emergency', phone: DIAL_999, contact: emergency },
    { step: 'police', phone: police?.phone ?? DIAL_101, force: police?.organisation ?? null, contact: police },
  ]
  if (officer) route.push({ step: 'officer', contact: officer })
  return route
}

const DAY_MS = 86_400_000

/** A contact is stale when it was never verified, or verified more than `staleAfterDays` ago. */
export function isStale(lastVerifiedAt: string | Date | null | undefined, staleAfterDays: number | null | undefined, now: Date): boolean {
  if (!lastVerifiedAt) return true
  const verified = new Date(lastVerifiedAt).getTime()
  if (Number.isNaN(verified)) return true
  const days = staleAfterDays && staleAfterDays > 0 ? staleAfterDays : DEFAULT_STALE_AFTER_DAYS
  return now.getTime() - verified > days * DAY_MS
}
