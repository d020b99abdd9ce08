import type { Payload, TypedUser } from 'payload'

import { isMemberOf } from '@/access/roles'
import { contactKinds, nations, type ContactKind, type Nation } from '@/collections/Contacts/kinds'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { formatPhone, telUri } from '@/lib/phone'
import type { Contact } from '@/payload-types'

import { cachedRead } from './cache'
import { cacheTags } from './cacheTags'
import {
  buildEmergencyRoute,
  resolveEffectiveContacts,
  type CandidateContact,
  type ContactGroup,
  type EffectiveContact,
  type EmergencyStep,
} from './contactRules'
import { payloadClient } from './payload'

export type { ContactGroup, EffectiveContact, EmergencyStep } from './contactRules'

export type EffectiveContacts = {
  tenant: { slug: string; name: string; nation: Nation | null }
  locale: Locale
  groups: ContactGroup[]
}

type SiteTenant = { id: number; slug: string; name: string; nation: Nation | null }

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

/**
 * The tenant whose site is asked for, read as the anonymous public (inactive tenants are not
 * readable, so they come back null), or null when the locale is not one it offers. The baseline
 * is not a site of its own.
 */
async function findSiteTenant(payload: Payload, slug: string, locale: string): Promise<SiteTenant | null> {
  if (!isLocale(locale)) return null
  const found = await payload.find({
    collection: 'tenants',
    overrideAccess: false,
    where: { slug: { equals: slug } },
    locale,
    depth: 0,
    limit: 1,
    select: { slug: true, name: true, nation: true, kind: true, locales: true },
  })
  const tenant = found.docs[0]
  if (!tenant || tenant.kind === 'baseline' || !(tenant.locales ?? []).includes(locale)) return null
  return { id: tenant.id, slug: tenant.slug, name: tenant.name, nation: isNation(tenant.nation) ? tenant.nation : null }
}

async function findBaselineId(payload: Payload): Promise<number | undefined> {
  const found = await payload.find({
    collection: 'tenants',
    overrideAccess: false,
    where: { kind: { equals: 'baseline' } },
    depth: 0,
    limit: 1,
    select: { slug: true },
  })
  return found.docs[0]?.id
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
  tenantIds: number[],
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
      and: [{ tenant: { in: tenantIds } }, ...('public' in audience ? [{ audience: { equals: 'public' } }] : [])],
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

function tenantIdOf(row: ContactRow): number | undefined {
  const tenant = row.tenant
  if (tenant === null || tenant === undefined) return undefined
  return typeof tenant === 'number' ? tenant : tenant.id
}

function split(rows: ContactRow[], tenantId: number): { own: CandidateContact[]; national: CandidateContact[] } {
  const own: CandidateContact[] = []
  const national: CandidateContact[] = []
  for (const row of rows) {
    const isOwn = tenantIdOf(row) === tenantId
    const candidate = toCandidate(row, isOwn ? 'tenant' : 'national')
    if (candidate) (isOwn ? own : national).push(candidate)
  }
  return { own, national }
}

/** Uncached: the public contacts of a tenant's site. Exported for tests; the site uses getEffectiveContacts. */
export async function readEffectiveContacts(payload: Payload, tenantSlug: string, locale: string): Promise<EffectiveContacts | null> {
  const tenant = await findSiteTenant(payload, tenantSlug, locale)
  if (!tenant || !isLocale(locale)) return null
  const baselineId = await findBaselineId(payload)
  const rows = await readContacts(payload, baselineId === undefined ? [tenant.id] : [tenant.id, baselineId], locale, { public: true })
  const { own, national } = split(rows, tenant.id)
  return {
    tenant: { slug: tenant.slug, name: tenant.name, nation: tenant.nation },
    locale,
    groups: resolveEffectiveContacts(tenant.nation, own, national),
  }
}

/**
 * The public contacts of `/{tenant}/{locale}/contacts`, grouped by kind: national contacts
 * inherited by nation, the tenant's own in front of the national ones of the same kind. Null for
 * an unknown or inactive tenant or a locale it does not offer (the page answers 404).
 *
 * Only public contacts: this is cached and shared by every visitor. Members-only contacts come
 * from readMembersOnlyContacts (the members' area). Tags: contacts:{tenant}, contacts:all, tenant:{tenant}, tenants.
 */
export async function getEffectiveContacts(
  tenantSlug: string,
  locale: string,
  _options: { audience: 'public' } = { audience: 'public' },
): Promise<EffectiveContacts | null> {
  return cachedRead(
    async () => readEffectiveContacts(await payloadClient(), tenantSlug, locale),
    ['contacts', tenantSlug, locale],
    [cacheTags.contacts(tenantSlug), cacheTags.contactsAll, cacheTags.tenant(tenantSlug), cacheTags.tenants],
  )
}

/** "Abuse happening now", in order: 999, then 101 with the force's name, then the council's named officer. */
export async function getEmergencyRoute(tenantSlug: string, locale: string): Promise<EmergencyStep[] | null> {
  const contacts = await getEffectiveContacts(tenantSlug, locale)
  return contacts ? buildEmergencyRoute(contacts.groups) : null
}

/** One public contact shown on the tenant's site (its own or an inherited national one), for its vCard. */
export async function getPublicContact(tenantSlug: string, locale: string, contactId: number): Promise<EffectiveContact | null> {
  const contacts = await getEffectiveContacts(tenantSlug, locale)
  return contacts?.groups.flatMap((group) => group.contacts).find((contact) => contact.id === contactId) ?? null
}

/**
 * Uncached, per user: the tenant's members-only contacts, grouped by kind, for a member of that
 * tenant; null for anyone else. Reads as that user (overrideAccess: false), so the access rules
 * check membership a second time. Only the tenant's own rows: national contacts are always public
 * and already on the public contacts page. Never put its result in a shared cache.
 */
export async function readMembersOnlyContacts(
  payload: Payload,
  tenant: { id: number; nation?: string | null },
  locale: Locale,
  user: TypedUser | null | undefined,
): Promise<ContactGroup[] | null> {
  if (!user || !isMemberOf(user, tenant.id)) return null
  const rows = await readContacts(payload, [tenant.id], locale, { user })
  const membersOnly = split(rows, tenant.id).own.filter((contact) => contact.audience === 'members')
  return resolveEffectiveContacts(isNation(tenant.nation) ? tenant.nation : null, membersOnly, [])
}
