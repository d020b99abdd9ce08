import type { CollectionSlug } from 'payload'

/**
 * Collections whose documents belong to one tenant. The multi-tenant plugin adds their `tenant`
 * field, and deleting a tenant deletes their documents; new tenant-scoped collections join here.
 */
export const tenantScopedCollections = ['pages', 'contacts', 'media', 'engagement-templates', 'invitations'] as const satisfies readonly CollectionSlug[]
