import type { Payload, TypedUser, Where } from 'payload'

import { isMemberOf } from '@/access/roles'
import { cacheTags, scopedReadTags } from '@/cache/tags'
import { contactKinds, nations, type ContactKind, type Nation } from '@/collections/Contacts/kinds'
import {
  buildEmergencyRoute,
  resolveEffectiveContacts,
  type CandidateContact,
  type ContactGroup,
  type EffectiveContact,
  type EmergencyStep,
} from '@/collections/Contacts/rules'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { formatPhone, telUri } from '@/lib/phone'
import type { Contact } from '@/payload-types'

import { cachedRead } from './cache'
import { payloadClient } from './payload'
import type { Site, TenantSite } from './site'
import { relationId } from '@/lib/relationId'

export type { ContactGroup, EffectiveContact, EmergencyStep } from '@/collections/Contacts/rules'

const contactSelect = {
  tenant: true,
  kind: true,
  label: true,
  organisation: true,
  phone: true,
  email: true,
  url: true,
  hours: true,
  notes: true,
  audience: true,
  nations: true,
  order: true,
  lastVerifiedAt: true,
} as const

function isNation(value: unknown): value is Nation {
  return typeof value === 'string' && (nations as readonly string[]).includes(value)
}

function isKind(value: unknown): value is ContactKind {
  return typeof value === 'string' && (contactKinds as readonly string[]).includes(value)
}

type ContactRow = Pick<Contact, 'id' | keyof typeof contactSelect>

function toCandidate(doc: ContactRow, source: EffectiveContact['source']): CandidateContact | null {
  if (!isKind(doc.kind)) return null
  return {
    id: doc.id,
    kind: doc.kind,
    label: doc.label,
    organisation: doc.organisation ?? null,
    phone: doc.phone ? { value: doc.phone, display: formatPhone(doc.phone), uri: telUri(doc.phone) } : null,
    email: doc.email ?? null,
    url: doc.url ?? null,
    hours: doc.hours ?? null,
    notes: doc.notes ?? null,
    audience: doc.audience === 'members' ? 'members' : 'public',
    source,
    order: doc.order ?? 0,
    lastVerifiedAt: doc.lastVerifiedAt ?? null,
    nations: (doc.nations ?? []).filter(isNation),
  }
}

async function readContacts(
  payload: Payload,
  tenants: Where,
  locale: Locale,
  audience: { public: true } | { user: TypedUser },
): Promise<ContactRow[]> {
  const result = await payload.find({
    collection: 'contacts',
    // Access rules, not only this query, decide what is visible: anonymous callers can only
    // ever read public contacts of active tenants.
    overrideAccess: false,
    ...('user' in audience ? { user: audience.user } : {}),
    where: {
      and: [tenants, ...('public' in audience ? [{ audience: { equals: 'public' } }] : [])],
    },
    locale,
    fallbackLocale: defaultLocale,
    depth: 0,
    limit: 0,
    pagination: false,
    select: contactSelect,
  })
  return result.docs
}

function split(rows: ContactRow[], tenantId: number): { own: CandidateContact[]; national: CandidateContact[] } {
  const own: CandidateContact[] = []
  const national: CandidateContact[] = []
  for (const row of rows) {
    const isOwn = relationId(row.tenant) === tenantId
    const candidate = toCandidate(row, isOwn ? 'tenant' : 'national')
    if (candidate) (isOwn ? own : national).push(candidate)
  }
  return { own, national }
}

/** The tenant's own contacts and the baseline's (each nation's filtered by the rules below). */
function ownAndNational(tenant: TenantSite): Where {
  return { or: [{ tenant: { equals: tenant.id } }, { 'tenant.kind': { equals: 'baseline' } }] }
}

function nationOf(tenant: Pick<TenantSite, 'nation'>): Nation | null {
  return isNation(tenant.nation) ? tenant.nation : null
}

/** Uncached: the public contacts of a tenant's site. Exported for tests; the site uses getEffectiveContacts. */
export async function readEffectiveContacts(payload: Payload, { tenant, locale }: Pick<Site, 'tenant' | 'locale'>): Promise<ContactGroup[]> {
  if (tenant.kind === 'baseline') return []
  const rows = await readContacts(payload, ownAndNational(tenant), locale, { public: true })
  const { own, national } = split(rows, tenant.id)
  return resolveEffectiveContacts(nationOf(tenant), own, national)
}

/**
 * The public contacts of the site's contacts page, grouped by kind: national contacts inherited
 * by nation, the tenant's own in front of the national ones of the same kind.
 *
 * Only public contacts: this is cached and shared by every visitor. Members-only contacts come
 * from readMembersOnlyContacts (the members' area). Tags: contacts:{tenant}, contacts:all, tenant:{tenant}, tenants.
 */
export async function getEffectiveContacts(site: Site): Promise<ContactGroup[]> {
  const { slug } = site.tenant
  return cachedRead(
    async () => readEffectiveContacts(await payloadClient(), site),
    ['contacts', slug, site.locale],
    [...scopedReadTags('contacts', slug), cacheTags.tenant(slug), cacheTags.tenants],
  )
}

/**
 * "Abuse happening now", in order: 999, then 101 with the force's name, then the council's named
 * officer. Null for the baseline (previewed national pages): it has no local route to show.
 */
export async function getEmergencyRoute(site: Site): Promise<EmergencyStep[] | null> {
  return site.tenant.kind === 'baseline' ? null : buildEmergencyRoute(await getEffectiveContacts(site))
}

/** One public contact shown on the tenant's site (its own or an inherited national one), for its vCard. */
export async function getPublicContact(site: Site, contactId: number): Promise<EffectiveContact | null> {
  const groups = await getEffectiveContacts(site)
  return groups.flatMap((group) => group.contacts).find((contact) => contact.id === contactId) ?? null
}

/**
 * Uncached, per user: the tenant's members-only contacts, grouped by kind, for a member of that
 * tenant; null for anyone else. Reads as that user (overrideAccess: false), so the access rules
 * check membership a second time. Only the tenant's own rows: national contacts are always public
 * and already on the public contacts page. Never put its result in a shared cache.
 */
export async function readMembersOnlyContacts(
  payload: Payload,
  { tenant, locale }: Pick<Site, 'tenant' | 'locale'>,
  user: TypedUser | null | undefined,
): Promise<ContactGroup[] | null> {
  if (!user || !isMemberOf(user, tenant.id)) return null
  const rows = await readContacts(payload, { tenant: { equals: tenant.id } }, locale, { user })
  const membersOnly = split(rows, tenant.id).own.filter((contact) => contact.audience === 'members')
  return resolveEffectiveContacts(nationOf(tenant), membersOnly, [])
}
