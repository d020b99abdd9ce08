import { unstable_cache } from 'next/cache'

import { isLocale, type Locale } from '@/i18n/locales'
import { hostnameProblem, normaliseHostname } from '@/lib/hostname'
import { slugProblem } from '@/lib/slug'

import { cacheTags } from './cacheTags'
import { payloadClient } from './payload'

/** What every page of a tenant's site needs about the tenant itself. */
export type TenantSite = {
  id: number
  slug: string
  name: string
  shortName: string | null
  kind: 'council' | 'party' | 'baseline'
  nation: string | null
  locales: Locale[]
  defaultLocale: Locale
  primaryColour: string | null
  accentColour: string | null
  /** Custom domains, the first being the canonical address of the tenant's site. */
  domains: string[]
  logo: { url: string; alt: string; width: number | null; height: number | null } | null
}

/** How a site URL names its tenant: by path segment, or by the custom domain it was asked on. */
export type TenantKey = { by: 'slug'; slug: string } | { by: 'domain'; domain: string }

/** Uncached read, as the anonymous public. */
export async function readTenantSite(key: TenantKey, locale: Locale): Promise<TenantSite | null> {
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'tenants',
    // As the anonymous public: an inactive tenant is simply not found.
    overrideAccess: false,
    where: key.by === 'slug' ? { slug: { equals: key.slug } } : { 'domains.domain': { equals: key.domain } },
    locale,
    fallbackLocale: 'en',
    depth: 1,
    limit: 1,
  })
  const tenant = found.docs[0]
  if (!tenant) return null
  const logo = typeof tenant.branding?.logo === 'object' ? tenant.branding.logo : null
  const locales = (tenant.locales ?? []).filter(isLocale)
  return {
    id: tenant.id,
    slug: tenant.slug,
    name: tenant.name,
    shortName: tenant.branding?.shortName ?? null,
    kind: tenant.kind,
    nation: tenant.nation ?? null,
    locales,
    defaultLocale: isLocale(tenant.defaultLocale) ? tenant.defaultLocale : 'en',
    primaryColour: tenant.branding?.primaryColour ?? null,
    accentColour: tenant.branding?.accentColour ?? null,
    domains: (tenant.domains ?? []).map((row) => row.domain),
    logo: logo?.url ? { url: logo.url, alt: logo.alt, width: logo.width ?? null, height: logo.height ?? null } : null,
  }
}

const cachedTenantSite = (slug: string, locale: Locale) =>
  unstable_cache(() => readTenantSite({ by: 'slug', slug }, locale), ['tenant-site', slug, locale], {
    tags: [cacheTags.tenants, cacheTags.tenant(slug)],
  })()

// Keyed by domain, so only the all-tenants tag can expire it: a domain moving from one tenant to
// another changes two tenants at once.
const cachedTenantSiteByDomain = (domain: string, locale: Locale) =>
  unstable_cache(() => readTenantSite({ by: 'domain', domain }, locale), ['tenant-site-domain', domain, locale], {
    tags: [cacheTags.tenants],
  })()

/**
 * The active tenant at `slug`, with its name in `locale`; null for anything that is not one
 * (malformed slug, unknown or inactive tenant, the baseline, which has no site of its own).
 * Tags: `tenants`, `tenant:{slug}`.
 */
export async function getTenantSite(slug: string, locale: Locale): Promise<TenantSite | null> {
  if (slugProblem(slug) !== null) return null
  const tenant = await cachedTenantSite(slug, locale)
  return tenant && tenant.kind !== 'baseline' ? tenant : null
}

/**
 * The active tenant whose custom domains include `host`; null for a malformed host or one no
 * active tenant claims. Tags: `tenants`.
 */
export async function getTenantSiteByDomain(host: string, locale: Locale): Promise<TenantSite | null> {
  if (hostnameProblem(host) !== null) return null
  const tenant = await cachedTenantSiteByDomain(normaliseHostname(host), locale)
  return tenant && tenant.kind !== 'baseline' ? tenant : null
}
