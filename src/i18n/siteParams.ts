import { getTenantSite, type TenantSite } from '@/data/tenantSite'

import { isLocale, type Locale } from './locales'

/**
 * The tenant and language of a site URL, or null when the URL names no active tenant or a
 * language the tenant has not enabled (both answer 404, never another tenant's page).
 */
export async function resolveSite(params: Promise<{ tenant: string; locale: string }>): Promise<{ tenant: TenantSite; locale: Locale } | null> {
  const { tenant: slug, locale } = await params
  if (!isLocale(locale)) return null
  const tenant = await getTenantSite(slug, locale)
  if (!tenant || !tenant.locales.includes(locale)) return null
  return { tenant, locale }
}
