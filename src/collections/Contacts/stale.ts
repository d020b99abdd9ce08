import type { Payload, TypedUser } from 'payload'

import { contentRoles, isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'
import { isStale } from './rules'

import type { ContactKind } from './kinds'
import { relationId } from '@/lib/relationId'

export type StaleContact = {
  id: number
  label: string
  kind: ContactKind
  organisation: string | null
  lastVerifiedAt: string | null
}

export type TenantStaleContacts = {
  tenant: { id: number; slug: string; name: string; staleAfterDays: number | null }
  contacts: StaleContact[]
}

/**
 * The contacts of the given tenants that are due a check, per tenant (tenants with none are left
 * out). With `user` it reads as that user (overrideAccess: false: the dashboard); without, as the
 * server (the weekly reminder job).
 */
export async function findStaleContacts(
  payload: Payload,
  { tenantIds, now, user }: { tenantIds: number[]; now: Date; user?: TypedUser },
): Promise<TenantStaleContacts[]> {
  // Public contacts of every active tenant are readable by anyone, so read access alone would
  // not keep another tenant's list off an editor's dashboard: keep to the tenants they edit.
  const edited = user && !isPlatformAdmin(user) ? new Set(tenantIdsWithRole(user, contentRoles)) : undefined
  const wanted = edited ? tenantIds.filter((id) => edited.has(id)) : tenantIds
  if (wanted.length === 0) return []
  const access = user ? { overrideAccess: false, user } : { overrideAccess: true }
  const tenants = await payload.find({
    collection: 'tenants',
    where: { id: { in: wanted } },
    ...access,
    depth: 0,
    limit: 0,
    pagination: false,
    locale: 'en',
    sort: 'name',
    select: { slug: true, name: true, contactStaleAfterDays: true },
  })
  const contacts = await payload.find({
    collection: 'contacts',
    where: { tenant: { in: tenants.docs.map((tenant) => tenant.id) } },
    ...access,
    depth: 0,
    limit: 0,
    pagination: false,
    locale: 'en',
    sort: 'lastVerifiedAt',
    select: { tenant: true, label: true, kind: true, organisation: true, lastVerifiedAt: true },
  })
  return tenants.docs
    .map((tenant) => ({
      tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name, staleAfterDays: tenant.contactStaleAfterDays ?? null },
      contacts: contacts.docs
        .filter((contact) => relationId(contact.tenant) === tenant.id)
        .filter((contact) => isStale(contact.lastVerifiedAt, tenant.contactStaleAfterDays, now))
        .map((contact) => ({
          id: contact.id,
          label: contact.label,
          kind: contact.kind,
          organisation: contact.organisation ?? null,
          lastVerifiedAt: contact.lastVerifiedAt ?? null,
        })),
    }))
    .filter((entry) => entry.contacts.length > 0)
}
