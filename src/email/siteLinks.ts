import { serverEnv } from '@/env'
import type { Locale } from '@/i18n/locales'

/** What a link into a tenant's site needs to know about the tenant. */
export type LinkTenant = { slug: string; domains: string[] }

/**
 * The address of `path` (which starts with `/`, after the language) on the tenant's own site: its
 * first custom domain when it has one (same scheme and port as the portal), else the portal's
 * `/{tenant}/{locale}`. Built from NEXT_PUBLIC_SERVER_URL, never from a request's Host header.
 */
export function tenantSiteUrl(tenant: LinkTenant, locale: Locale, path: string): string {
  const server = new URL(serverEnv().NEXT_PUBLIC_SERVER_URL)
  const domain = tenant.domains[0]
  if (domain) {
    const port = server.port ? `:${server.port}` : ''
    return `${server.protocol}//${domain}${port}/${locale}${path}`
  }
  return `${server.origin}/${tenant.slug}/${locale}${path}`
}

/** The same path on the portal's own host, where the admin lives (and its session cookie). */
export function portalSiteUrl(tenant: LinkTenant, locale: Locale, path: string): string {
  return `${new URL(serverEnv().NEXT_PUBLIC_SERVER_URL).origin}/${tenant.slug}/${locale}${path}`
}
