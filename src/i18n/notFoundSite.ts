import { headers } from 'next/headers'
import { cache } from 'react'

import { defaultLocale, isLocale, locales, type Locale } from './locales'
import { negotiateLocale } from './negotiate'
import { findSiteTenant, type Site } from './siteParams'
import { homePath, SITE_PATH_HEADER, siteVia } from './sitePaths'

/** Whose 404 to show: the tenant's the path names, in one of its languages, or the portal's own. */
export type NotFoundSite = { kind: 'tenant'; site: Site } | { kind: 'portal'; locale: Locale }

/**
 * The 404 for a site address `/{segment}/{pathLocale}/…` that no page answers. A segment naming an
 * active tenant (slug or custom domain) gets that tenant's branded 404, in the path's language when
 * the tenant offers it, else the best of its languages for `accept` (Accept-Language, when the
 * caller may read it) or its default; anything else gets the portal's 404, in the path's language
 * or the best for `accept`. Never another tenant's; a failing lookup (database down) gives the
 * portal's page rather than a 500.
 */
export async function notFoundFor(segment: string | undefined, pathLocale: string | undefined, accept: string | null): Promise<NotFoundSite> {
  const portal: NotFoundSite = { kind: 'portal', locale: isLocale(pathLocale) ? pathLocale : negotiateLocale(accept, locales, defaultLocale) }
  if (!segment) return portal
  try {
    const named = await findSiteTenant(segment, defaultLocale)
    if (!named) return portal
    const locale = isLocale(pathLocale) && named.locales.includes(pathLocale) ? pathLocale : negotiateLocale(accept, named.locales, named.defaultLocale)
    // Read again in that language: the tenant's name is localized.
    const tenant = locale === defaultLocale ? named : await findSiteTenant(segment, locale)
    if (!tenant) return portal
    const via = siteVia(segment)
    return { kind: 'tenant', site: { tenant, locale, via, home: homePath(tenant, locale, via) } }
  } catch {
    return portal
  }
}

/**
 * For app/global-not-found.tsx (no route matched), which gets no params: the path comes from the
 * proxy's header, and the page is rendered per request, so Accept-Language may choose.
 */
export const notFoundForRequest = cache(async (): Promise<NotFoundSite> => {
  const request = await headers()
  const [segment, pathLocale] = (request.get(SITE_PATH_HEADER) ?? '').split('/').filter(Boolean)
  return notFoundFor(segment, pathLocale, request.get('accept-language'))
})
