import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { contentRoles, isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'

type TenantValue = number | { id: number } | null | undefined

function tenantIdOf(value: TenantValue): number | undefined {
  if (value === null || value === undefined) return undefined
  return typeof value === 'number' ? value : value.id
}

/**
 * For every tenant-scoped collection: the `tenant` a caller writes must be one they edit, and a
 * document never moves to another tenant. The access rules only filter which documents a caller
 * may touch; this checks the value they send, which must never be trusted on its own.
 * Writes without a user (the seed, jobs) are the server's own and pass.
 */
export const enforceTenantScope: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, collection }) => {
  const { user } = req
  if (!user || isPlatformAdmin(user)) return data
  const requested = tenantIdOf(data.tenant as TenantValue) ?? tenantIdOf(originalDoc?.tenant as TenantValue)
  const current = tenantIdOf(originalDoc?.tenant as TenantValue)
  const refuse = (message: string): never => {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'tenant', message }], req })
  }
  if (operation === 'update' && current !== undefined && requested !== current) {
    refuse('A document cannot be moved to another tenant. Create it again in the other tenant instead.')
  }
  if (requested === undefined || !tenantIdsWithRole(user, contentRoles).includes(requested)) {
    refuse('Choose one of your own tenants.')
  }
  return data
}
