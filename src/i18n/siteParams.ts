import { getTenantSite, getTenantSiteByDomain, type TenantSite } from '@/data/tenantSite'

import { isLocale, type Locale } from './locales'
import { homePath, siteVia, type SiteVia } from './sitePaths'

export type Site = {
  tenant: TenantSite
  locale: Locale
  via: SiteVia
  /** The path of the tenant's home page in `locale`, as the reader's browser addresses it. */
  home: string
}

/** The tenant named by a URL's first segment (a slug or a custom domain), or null. */
export async function findSiteTenant(segment: string, locale: Locale): Promise<TenantSite | null> {
  return siteVia(segment) === 'domain' ? getTenantSiteByDomain(segment, locale) : getTenantSite(segment, locale)
}

/**
 * The tenant and language of a site URL, or null when the URL names no active tenant or a
 * language the tenant has not enabled (both answer 404, never another tenant's page).
 */
export async function resolveSite(params: Promise<{ tenant: string; locale: string }>): Promise<Site | null> {
  const { tenant: segment, locale } = await params
  if (!isLocale(locale)) return null
  const tenant = await findSiteTenant(segment, locale)
  if (!tenant || !tenant.locales.includes(locale)) return null
  const via = siteVia(segment)
  return { tenant, locale, via, home: homePath(tenant, locale, via) }
}
