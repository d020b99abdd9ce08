import type { Metadata } from 'next'

import { serverEnv } from '@/env'

import type { Locale } from './locales'

/** What addresses need of a tenant (structurally a TenantSite, so this module stays below src/data). */
type Addressed = { slug: string; domains: string[]; locales: Locale[] }

/** hreflang codes: English here is British English. */
export const hreflang: Record<Locale, string> = { en: 'en-GB', cy: 'cy', gd: 'gd', ga: 'ga' }

/**
 * The absolute address of a tenant's site, before the locale: its first custom domain when it has
 * one, else its path on the portal. Canonical URLs and the sitemap use it, so search engines index
 * one address per page whichever way a reader arrived. A custom domain is served by the same
 * deployment, so it takes the portal's scheme and port (https and none in production).
 */
export function tenantSiteUrl(tenant: Pick<Addressed, 'slug' | 'domains'>): string {
  const portal = new URL(serverEnv().NEXT_PUBLIC_SERVER_URL)
  const domain = tenant.domains[0]
  if (!domain) return `${portal.origin}${portal.pathname.replace(/\/$/, '')}/${tenant.slug}`
  return `${portal.protocol}//${domain}${portal.port ? `:${portal.port}` : ''}`
}

/**
 * Canonical URL and hreflang alternates of one page of a tenant's site: the same page in each of
 * the tenant's languages (`path` is what follows /{tenant}/{locale}, e.g. "/contacts").
 */
export function alternatesFor(tenant: Addressed, locale: Locale, path: string): Metadata['alternates'] {
  const root = tenantSiteUrl(tenant)
  const url = (code: Locale) => `${root}/${code}${path}`
  return {
    canonical: url(locale),
    languages: Object.fromEntries(tenant.locales.map((code) => [hreflang[code], url(code)])),
  }
}
