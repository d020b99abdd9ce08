import { unstable_cache } from 'next/cache'

import { isLocale, type Locale } from '@/i18n/locales'
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
  logo: { url: string; alt: string; width: number | null; height: number | null } | null
}

/** Uncached read, as the anonymous public. */
export async function readTenantSite(slug: string, locale: Locale): Promise<TenantSite | null> {
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'tenants',
    // As the anonymous public: an inactive tenant is simply not found.
    overrideAccess: false,
    where: { slug: { equals: slug } },
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
    logo: logo?.url ? { url: logo.url, alt: logo.alt, width: logo.width ?? null, height: logo.height ?? null } : null,
  }
}

const cachedTenantSite = (slug: string, locale: Locale) =>
  unstable_cache(readTenantSite, ['tenant-site', slug, locale], { tags: [cacheTags.tenants, cacheTags.tenant(slug)] })(slug, locale)

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
