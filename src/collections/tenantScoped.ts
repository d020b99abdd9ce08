import type { Access, CollectionConfig, CollectionSlug } from 'payload'

import { nobody } from '@/access/nobody'
import { createAsMember, ownDocuments } from '@/access/ownDocuments'
import { tenantRoles } from '@/access/roles'
import { createTenantContent, readPublicTenantContent, readStaffTenantContent, writeOwnTenantContent } from '@/access/tenantContent'
import { scopedChangeTags } from '@/cache/tags'
import { enforceTenantScope, enforceTenantScopeFor } from '@/hooks/enforceTenantScope'
import { revalidateTenantScoped, type TagsOfTenant } from '@/hooks/revalidateTenantScoped'
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

/**
 * The standard read rules a collection may name instead of writing its own, and so get its rows
 * in the access matrix without writing them (tests/helpers/accessExpectations.ts derives them):
 *
 * - `public`: anyone reads the documents of active tenants and the baseline; members also their
 *   own (inactive) tenant's; platform admins all (`readPublicTenantContent`);
 * - `staff`: only the tenant's editors and tenant admins, and platform admins
 *   (`readStaffTenantContent`).
 */
export const standardReaders = { public: readPublicTenantContent, staff: readStaffTenantContent } as const
export type StandardReaders = keyof typeof standardReaders

/**
 * What the factory was asked for, kept on the collection as `custom.tenantScoped` so tests can
 * read it from the config: the access matrix derives a collection's expected rows from it.
 * `readers` is `own` when the collection wrote its own read rule, `owner` for one person's
 * documents; `replaced` names the operations whose default the collection replaced.
 */
export type TenantScopedDeclaration = {
  slug: TenantScopedSlug
  readers: StandardReaders | 'own' | 'owner'
  replaced: (keyof AccessBlock)[]
  versions: boolean
  cache: boolean
}

/**
 * Cache expiry for a collection the site shows: `true` expires `{slug}:{tenant}` (and for a
 * baseline document `{slug}:all`) on every write, the tags a getter declares with
 * `scopedReadTags(slug, site.tenant.slug)`; a function names other tags (media's are the
 * tenant's, since its pages and infographic carry its logo). Leave it out when the site never
 * shows the collection.
 */
export type TenantScopedCache = true | TagsOfTenant

/** What a tenant-scoped collection states itself: everything but the parts the factory gives. */
export type TenantScopedOptions = Omit<CollectionConfig, 'slug' | 'access'> & {
  slug: TenantScopedSlug
  cache?: TenantScopedCache
} & (
    | {
        /** Tenant content read by one of the standard rules (see `standardReaders`). */
        readers: StandardReaders
        access?: Partial<Omit<AccessBlock, 'read'>>
        ownedBy?: never
      }
    | {
        /**
         * Tenant content, written by the tenant's editors and tenant admins. `read` is the
         * collection's own (who sees what differs: drafts, members-only, inactive tenants);
         * anything else given here replaces the default for that operation.
         */
        access: { read: Access } & Partial<AccessBlock>
        readers?: never
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
        readers?: never
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
 * - with `cache`, the `afterChange`/`afterDelete` hooks that expire the site's cached pages of
 *   the document's tenant (after the collection's own hooks), so no collection writes its own;
 * - `custom.tenantScoped`, the declaration the access matrix derives its rows from.
 *
 * The collection states the rest: who reads (`readers`, or its own `access.read`), its fields and
 * its own hooks (after the factory's `beforeChange`). docs/recipes.md has the steps.
 */
export function tenantScoped(options: TenantScopedOptions): CollectionConfig {
  const { ownedBy, readers, access, hooks, fields, cache, custom, ...rest } = options
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
        ...(readers === undefined ? {} : { read: standardReaders[readers] }),
        create: createTenantContent,
        update: writeOwnTenantContent,
        delete: writeOwnTenantContent,
        readVersions: nobody,
        unlock: writeOwnTenantContent,
      }
  const scope = owner ? enforceTenantScopeFor(tenantRoles, 'You can only add items to a tenant you belong to.') : enforceTenantScope
  const tagsOf: TagsOfTenant | undefined = cache === true ? (tenant) => scopedChangeTags(options.slug, tenant) : cache
  const expiry = tagsOf === undefined ? undefined : revalidateTenantScoped(tagsOf)
  const declaration: TenantScopedDeclaration = {
    slug: options.slug,
    readers: owner ? 'owner' : (readers ?? 'own'),
    // A collection's own read rule is what `readers: 'own'` says; anything else given replaced a default.
    replaced: (Object.keys(access ?? {}) as (keyof AccessBlock)[]).filter((operation) => owner || operation !== 'read'),
    versions: rest.versions !== undefined && rest.versions !== false,
    cache: expiry !== undefined,
  }
  return {
    ...rest,
    custom: { ...custom, tenantScoped: declaration },
    access: { ...defaults, ...access },
    hooks: {
      ...hooks,
      beforeChange: [scope, ...(owner ? [stampOwner(ownedBy)] : []), ...(hooks?.beforeChange ?? [])],
      ...(expiry
        ? { afterChange: [...(hooks?.afterChange ?? []), expiry.afterChange], afterDelete: [...(hooks?.afterDelete ?? []), expiry.afterDelete] }
        : {}),
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
