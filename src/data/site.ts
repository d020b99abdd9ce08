import { headers } from 'next/headers'
import { cache } from 'react'

import { cacheTags } from '@/cache/tags'
import { defaultLocale, isLocale, locales, type Locale } from '@/i18n/locales'
import { negotiateLocale } from '@/i18n/negotiate'
import { homePath, SITE_PATH_HEADER, siteVia, type SiteVia } from '@/i18n/sitePaths'
import { hostnameProblem, normaliseHostname } from '@/lib/hostname'
import { slugProblem } from '@/lib/slug'

import { cachedRead } from './cache'
import { payloadClient } from './payload'

/*
 * The door's first step. Every site route, route handler and server action turns the request
 * (the first path segment, a slug or a custom domain; the language; Accept-Language where no
 * language is in the path) into one `Site` here, once, and every getter in src/data takes that
 * object. No getter sees a URL segment, so none can mistake a hostname for a slug.
 */

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
  /** `filename` and `mimeType` let the infographic embed the file from disk (never over the network). */
  logo: { url: string; alt: string; width: number | null; height: number | null; filename: string | null; mimeType: string | null } | null
}

/** One tenant's site in one language, as the reader reached it. */
export type Site = {
  tenant: TenantSite
  locale: Locale
  via: SiteVia
  /** The path of the tenant's home page in `locale`, as the reader's browser addresses it. */
  home: string
}

/** How a site URL names its tenant: by path segment, or by the custom domain it was asked on. */
export type TenantKey = { by: 'slug'; slug: string } | { by: 'domain'; domain: string }

/** What a request says about the site it wants: the URL's first segment and, when it has one, its language. */
export type SiteRequest = { tenant: string; locale?: string }

/** Uncached, as the anonymous public (an inactive tenant is not found). The only read of tenants for the site. */
export async function readTenantSite(key: TenantKey, locale: Locale): Promise<TenantSite | null> {
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'tenants',
    overrideAccess: false,
    where: key.by === 'slug' ? { slug: { equals: key.slug } } : { 'domains.domain': { equals: key.domain } },
    locale,
    fallbackLocale: defaultLocale,
    depth: 1,
    limit: 1,
  })
  const tenant = found.docs[0]
  if (!tenant) return null
  const logo = typeof tenant.branding?.logo === 'object' ? tenant.branding.logo : null
  return {
    id: tenant.id,
    slug: tenant.slug,
    name: tenant.name,
    shortName: tenant.branding?.shortName ?? null,
    kind: tenant.kind,
    nation: tenant.nation ?? null,
    locales: (tenant.locales ?? []).filter(isLocale),
    defaultLocale: isLocale(tenant.defaultLocale) ? tenant.defaultLocale : defaultLocale,
    primaryColour: tenant.branding?.primaryColour ?? null,
    accentColour: tenant.branding?.accentColour ?? null,
    domains: (tenant.domains ?? []).map((row) => row.domain),
    logo: logo?.url
      ? {
          url: logo.url,
          alt: logo.alt,
          width: logo.width ?? null,
          height: logo.height ?? null,
          filename: logo.filename ?? null,
          mimeType: logo.mimeType ?? null,
        }
      : null,
  }
}

/**
 * The tenant a key names, cached. By slug: tags `tenants`, `tenant:{slug}`. By domain only
 * `tenants` can expire it: a domain moving from one tenant to another changes two tenants at once.
 * Null for a malformed key, so nothing malformed reaches the database.
 */
export async function getTenantSite(key: TenantKey, locale: Locale): Promise<TenantSite | null> {
  if (key.by === 'slug') {
    if (slugProblem(key.slug) !== null) return null
    return cachedRead(() => readTenantSite(key, locale), ['tenant-site', key.slug, locale], [cacheTags.tenants, cacheTags.tenant(key.slug)])
  }
  if (hostnameProblem(key.domain) !== null) return null
  const domain = normaliseHostname(key.domain)
  return cachedRead(() => readTenantSite({ by: 'domain', domain }, locale), ['tenant-site-domain', domain, locale], [cacheTags.tenants])
}

/** The key a URL's first segment stands for: slugs never contain a dot and hostnames always do. */
export function tenantKeyOf(segment: string): TenantKey {
  return siteVia(segment) === 'domain' ? { by: 'domain', domain: segment } : { by: 'slug', slug: segment }
}

/** A site made of a tenant read in `locale`. */
function siteOf(tenant: TenantSite, locale: Locale, via: SiteVia): Site {
  return { tenant, locale, via, home: homePath(tenant, locale, via) }
}

/**
 * The site a request asks for, or null when it names no active tenant (or the baseline, which has
 * no site of its own) or a language the tenant has not enabled: both answer 404, never another
 * tenant's page. Without a language in the request (the tenant's bare address, its sitemap) the
 * best of the tenant's languages for `acceptLanguage`, else its default.
 */
export async function resolveSite(request: SiteRequest | Promise<SiteRequest>, options: { acceptLanguage?: string | null } = {}): Promise<Site | null> {
  const { tenant: segment, locale: asked } = await request
  if (asked !== undefined && !isLocale(asked)) return null
  const key = tenantKeyOf(segment)
  const via = siteVia(segment)
  // The tenant's languages are the same in every language; its name is not, so read it again in the chosen one.
  const first = await getTenantSite(key, asked ?? defaultLocale)
  if (!first || first.kind === 'baseline') return null
  const locale = asked ?? negotiateLocale(options.acceptLanguage ?? null, first.locales, first.defaultLocale)
  if (!first.locales.includes(locale)) return null
  const tenant = locale === (asked ?? defaultLocale) ? first : await getTenantSite(key, locale)
  return tenant ? siteOf(tenant, locale, via) : null
}

/**
 * An editor's preview site: by slug only (previews live on the portal's host), the baseline
 * included (national pages have no public site, so their drafts are shown in the baseline's own
 * branding). Whether the viewer may preview it is the caller's check (src/data/preview.ts).
 */
export async function resolvePreviewSite(request: SiteRequest | Promise<SiteRequest>): Promise<Site | null> {
  const { tenant: segment, locale } = await request
  if (!isLocale(locale) || siteVia(segment) !== 'path') return null
  // Uncached: the preview is per request anyway, and an editor expects what they just saved.
  const tenant = slugProblem(segment) === null ? await readTenantSite({ by: 'slug', slug: segment }, locale) : null
  return tenant && tenant.locales.includes(locale) ? siteOf(tenant, locale, 'path') : null
}

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
    const site =
      (isLocale(pathLocale) ? await resolveSite({ tenant: segment, locale: pathLocale }) : null) ??
      (await resolveSite({ tenant: segment }, { acceptLanguage: accept }))
    return site ? { kind: 'tenant', site } : portal
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
