/**
 * The tags of a tenant-scoped collection as the site caches it: `{collection}:{tenant}` for one
 * tenant's own documents, and `{collection}:all` for the national baseline's, which every tenant
 * inherits. `tenantScoped({ cache })` (src/collections/tenantScoped.ts) expires them on every
 * write and a getter declares both with `scopedReadTags`, so the two cannot name different tags.
 */
export const scopedTags = {
  own: (collection: string, tenantSlug: string) => `${collection}:${tenantSlug}`,
  inherited: (collection: string) => `${collection}:all`,
} as const

/** The tenant of a changed document, as much of it as its tags depend on. */
export type TagTenant = { slug: string; kind?: string | null }

/**
 * What a change to a document of `tenant` expires: that tenant's own tag, and for the baseline
 * every tenant's (they all inherit it).
 */
export function scopedChangeTags(collection: string, tenant: TagTenant): string[] {
  const own = scopedTags.own(collection, tenant.slug)
  return tenant.kind === 'baseline' ? [scopedTags.inherited(collection), own] : [own]
}

/** What a getter reading `collection` for one tenant declares: its own documents and the baseline's. */
export function scopedReadTags(collection: string, tenantSlug: string): string[] {
  return [scopedTags.own(collection, tenantSlug), scopedTags.inherited(collection)]
}

/**
 * Every cache tag the site uses, in one place, so that the getters that declare them and the
 * hooks that revalidate them cannot drift apart. Keys always include tenant and locale where the
 * content depends on them.
 */
export const cacheTags = {
  /** The list of active tenants (directory, host lookup). */
  tenants: 'tenants',
  /** Everything shown for one tenant (its branding, settings, its images). */
  tenant: (slug: string) => `tenant:${slug}`,
  // Tenant-scoped collections (pages, contacts, engagement templates): `scopedTags` above.
  /** The search synonyms of every language (one small list, read by every search). */
  searchSynonyms: 'search-synonyms',
} as const
