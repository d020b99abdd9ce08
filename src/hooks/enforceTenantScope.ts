import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { contentRoles, isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'

type TenantValue = number | { id: number } | null | undefined

function tenantIdOf(value: unknown): number | undefined {
  const relation = value as TenantValue
  if (relation === null || relation === undefined) return undefined
  return typeof relation === 'number' ? relation : relation.id
}

/**
 * For tenant-scoped collections: the tenant id in a write comes from the client and is not
 * trusted. The multi-tenant plugin's own check accepts any tenant the user belongs to, councillor
 * memberships included, so here:
 *
 * - a non-platform user may create only in a tenant where they are editor or tenant admin;
 * - nobody, platform admins included, moves a document to another tenant: its cache tags,
 *   inheritance and audience were decided for the tenant it was written in.
 *
 * Server code without a user (seed, jobs) is trusted.
 */
export const enforceTenantScope: CollectionBeforeChangeHook = ({ collection, data, originalDoc, operation, req }) => {
  const before = tenantIdOf((originalDoc as { tenant?: unknown } | undefined)?.tenant)
  const submitted = (data as { tenant?: unknown }).tenant
  const after = submitted === undefined ? before : tenantIdOf(submitted)
  const refuse = (message: string): never => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'tenant', message }], req })
  }

  if (operation === 'update' && before !== undefined && after !== before) {
    refuse('This item belongs to its tenant and cannot be moved. Create it again in the other tenant instead.')
  }
  const { user } = req
  if (!user || isPlatformAdmin(user)) return data
  if (operation === 'create' && (after === undefined || !tenantIdsWithRole(user, contentRoles).includes(after))) {
    refuse('You can only add items to a tenant in which you are an editor or tenant admin.')
  }
  return data
}
