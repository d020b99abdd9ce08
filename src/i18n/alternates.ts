import type { Metadata } from 'next'

import type { TenantSite } from '@/data/tenantSite'

import type { Locale } from './locales'

/** hreflang codes: English here is British English. */
const hreflang: Record<Locale, string> = { en: 'en-GB', cy: 'cy', gd: 'gd', ga: 'ga' }

/**
 * Canonical URL and hreflang alternates of one page of a tenant's site: the same page in each of
 * the tenant's languages (`path` is what follows /{tenant}/{locale}, e.g. "/contacts").
 */
export function alternatesFor(tenant: TenantSite, locale: Locale, path: string): Metadata['alternates'] {
  const url = (code: Locale) => `/${tenant.slug}/${code}${path}`
  return {
    canonical: url(locale),
    languages: Object.fromEntries(tenant.locales.map((code) => [hreflang[code], url(code)])),
  }
}
