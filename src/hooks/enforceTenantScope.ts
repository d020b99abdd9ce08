import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { contentRoles, isPlatformAdmin, tenantIdsWithRole, type TenantRole } from '@/access/roles'
import { relationId } from '@/lib/relationId'

/**
 * For tenant-scoped collections: the tenant id in a write comes from the client and is not
 * trusted. The multi-tenant plugin's own check accepts any tenant the user belongs to, councillor
 * memberships included, so here:
 *
 * - a non-platform user may create only in a tenant where they hold one of `creatorRoles`
 *   (editor or tenant admin for tenant content; any membership for a person's own documents);
 * - nobody, platform admins included, moves a document to another tenant: its cache tags,
 *   inheritance and audience were decided for the tenant it was written in.
 *
 * Server code without a user (seed, jobs) is trusted.
 */
export const enforceTenantScopeFor =
  (creatorRoles: readonly TenantRole[], createRefusal: string): CollectionBeforeChangeHook =>
  ({ collection, data, originalDoc, operation, req }) => {
    const before = relationId((originalDoc as { tenant?: unknown } | undefined)?.tenant)
    const submitted = (data as { tenant?: unknown }).tenant
    const after = submitted === undefined ? before : relationId(submitted)
    const refuse = (message: string): never => {
      throw new ValidationError({ collection: collection.slug, errors: [{ path: 'tenant', message }], req })
    }

    if (operation === 'update' && before !== undefined && after !== before) {
      refuse('This item belongs to its tenant and cannot be moved. Create it again in the other tenant instead.')
    }
    const { user } = req
    if (!user || isPlatformAdmin(user)) return data
    if (operation === 'create' && (after === undefined || !tenantIdsWithRole(user, creatorRoles).includes(after))) {
      refuse(createRefusal)
    }
    return data
  }

/** Tenant content (pages, contacts, templates, media): created by its editors and tenant admins. */
export const enforceTenantScope = enforceTenantScopeFor(
  contentRoles,
  'You can only add items to a tenant in which you are an editor or tenant admin.',
)
