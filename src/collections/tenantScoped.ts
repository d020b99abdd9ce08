import type { Access, CollectionConfig, CollectionSlug } from 'payload'

import { nobody } from '@/access/nobody'
import { createAsMember, ownDocuments } from '@/access/ownDocuments'
import { tenantRoles } from '@/access/roles'
import { createTenantContent, writeOwnTenantContent } from '@/access/tenantContent'
import { enforceTenantScope, enforceTenantScopeFor } from '@/hooks/enforceTenantScope'
import { stampOwner } from '@/hooks/stampOwner'

/**
 * Collections whose documents belong to one tenant. The multi-tenant plugin adds their `tenant`
 * field (registered below), deleting a tenant deletes their documents, and `tenantScoped()`
 * accepts only these slugs: a new tenant-scoped collection joins here first.
 */
export const tenantScopedCollections = ['pages', 'contacts', 'media', 'engagement-templates', 'invitations'] as const satisfies readonly CollectionSlug[]
export type TenantScopedSlug = (typeof tenantScopedCollections)[number]

/**
 * The multi-tenant plugin's `collections` option: it adds the `tenant` field and the admin's
 * "selected tenant" list filter to each. Its own access wrapper stays off (`useTenantAccess:
 * false`): it limits every logged-in user to their own tenants, which would hide public content
 * (another council's published pages, the baseline) that anonymous visitors can see. Each
 * collection's own rules scope by tenant instead (below, and src/access/).
 */
export const multiTenantPluginCollections = Object.fromEntries(
  tenantScopedCollections.map((slug) => [slug, { useTenantAccess: false }] as const),
) as Record<TenantScopedSlug, { useTenantAccess: false }>

type AccessBlock = NonNullable<CollectionConfig['access']>

/** What a tenant-scoped collection states itself: everything but the parts the factory gives. */
export type TenantScopedOptions = Omit<CollectionConfig, 'slug' | 'access'> & {
  slug: TenantScopedSlug
} & (
    | {
        /**
         * Tenant content, written by the tenant's editors and tenant admins. `read` is the
         * collection's own (who sees what differs: drafts, members-only, inactive tenants);
         * anything else given here replaces the default for that operation.
         */
        access: { read: Access } & Partial<AccessBlock>
        ownedBy?: never
      }
    | {
        /**
         * Documents that belong to one person (e.g. an incident log): the name of the
         * relationship to `users` the factory adds and fills with the creator. Read, update,
         * delete and unlock: the owner's own documents only (`ownDocuments`), platform admins
         * included; create: any member of the tenant (`createAsMember`), councillors too.
         * `access` may still replace single operations.
         */
        ownedBy: string
        access?: Partial<AccessBlock>
      }
  )

/**
 * A collection whose documents belong to one tenant, with what every such collection shares:
 *
 * - explicit access for every operation (`create`, `update`, `delete`, `unlock` from
 *   src/access/tenantContent.ts, `readVersions` nobody unless given), so no role falls through
 *   to Payload's default "any logged-in user";
 * - `enforceTenantScope` first in `beforeChange`: the `tenant` a client sends is never trusted,
 *   and a document never moves tenant;
 * - its slug is in `tenantScopedCollections`, so the multi-tenant plugin adds its `tenant` field
 *   and deleting a tenant deletes its documents.
 *
 * The collection states the rest: its `read` rule, fields, its own hooks (after the factory's)
 * and its cache expiry (`afterChange`/`afterDelete` with src/cache). docs/recipes.md has the steps.
 */
export function tenantScoped(options: TenantScopedOptions): CollectionConfig {
  const { ownedBy, access, hooks, fields, ...rest } = options
  const owner = ownedBy !== undefined
  const defaults: AccessBlock = owner
    ? {
        read: ownDocuments(ownedBy),
        create: createAsMember,
        update: ownDocuments(ownedBy),
        delete: ownDocuments(ownedBy),
        readVersions: nobody,
        unlock: ownDocuments(ownedBy),
      }
    : {
        create: createTenantContent,
        update: writeOwnTenantContent,
        delete: writeOwnTenantContent,
        readVersions: nobody,
        unlock: writeOwnTenantContent,
      }
  const scope = owner ? enforceTenantScopeFor(tenantRoles, 'You can only add items to a tenant you belong to.') : enforceTenantScope
  return {
    ...rest,
    access: { ...defaults, ...access },
    hooks: {
      ...hooks,
      beforeChange: [scope, ...(owner ? [stampOwner(ownedBy)] : []), ...(hooks?.beforeChange ?? [])],
    },
    fields: owner
      ? [
          ...fields,
          {
            name: ownedBy,
            type: 'relationship',
            relationTo: 'users',
            index: true,
            // Set by stampOwner from the logged-in user, never by the client.
            admin: { readOnly: true, position: 'sidebar' },
          },
        ]
      : fields,
  }
}
