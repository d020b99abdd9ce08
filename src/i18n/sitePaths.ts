import { isLocale, type Locale } from './locales'

/**
 * How the reader reached the tenant's site: by path on the portal (`/{tenant}/{locale}/...`) or
 * on one of the tenant's own domains (`https://{domain}/{locale}/...`, which the proxy rewrites
 * to `/{domain}/{locale}/...`). Slugs never contain a dot and hostnames always do, so the first
 * path segment says which.
 *
 * Pure, with no data access, so client components (the error page) can build the same links.
 */
export type SiteVia = 'path' | 'domain'

export function siteVia(segment: string): SiteVia {
  return segment.includes('.') ? 'domain' : 'path'
}

/** The tenant's home in `locale`, addressed the way the reader reached the site. */
export function homePath(tenant: { slug: string }, locale: Locale, via: SiteVia): string {
  return via === 'domain' ? `/${locale}` : `/${tenant.slug}/${locale}`
}

/**
 * Where the tenant's whole site starts on the host the reader used (every language below it):
 * `/{slug}/` on the portal, `/` on its own domain. The web app manifest's scope, and the folder
 * its service worker is served from, which is what the worker may control.
 */
export function siteScopePath(tenant: { slug: string }, via: SiteVia): string {
  return via === 'domain' ? '/' : `/${tenant.slug}/`
}

/** The tenant's service worker (src/lib/offline/serviceWorker.js), at the top of its scope. */
export function serviceWorkerPath(tenant: { slug: string }, via: SiteVia): string {
  return `${siteScopePath(tenant, via)}sw.js`
}

/** The members' search's query as a return address carries it: `?q=` and percent-encoded text only. */
const searchReturnQuery = /\?q=[A-Za-z0-9%._~-]{0,1000}$/

/**
 * Where to go after signing in: `next` when it is a page of this tenant's members' area (so the
 * form cannot be used to bounce a councillor to another site or tenant), else the area's home.
 * The members' search may keep its query (`…/members/search?q=…`), so signing in finishes the search.
 */
export function membersReturnPath(home: string, next: string | null | undefined): string {
  const area = `${home}/members`
  if (next && next.startsWith(`${area}/search?`) && searchReturnQuery.test(next) && !next.includes('..')) return next
  if (next && /^\/[a-z0-9./-]*$/.test(next) && !next.includes('..') && (next === area || next.startsWith(`${area}/`))) return next
  return area
}

/**
 * The proxy copies the path it routes (after a custom domain's rewrite) into this request header,
 * always overwriting whatever the client sent, so the global 404 page, which gets no params, can
 * still brand itself for the tenant the path names.
 */
export const SITE_PATH_HEADER = 'x-portal-site-path'

/**
 * The language and home page of an address as the browser shows it, `/{tenant}/{locale}/…` on the
 * portal or `/{locale}/…` on a custom domain; English and `/` when it names no language. For the
 * global error page, which must work without any data.
 */
export function placeOfPath(pathname: string | null): { locale: Locale; home: string } {
  const [first, second] = (pathname ?? '/').split('/').filter(Boolean)
  if (isLocale(first)) return { locale: first, home: `/${first}` }
  if (first && isLocale(second)) return { locale: second, home: `/${first}/${second}` }
  return { locale: 'en', home: '/' }
}
