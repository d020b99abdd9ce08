import { personalSegments } from './siteRoutes'

/**
 * Content-Security-Policy and shared-cache lifetime, chosen per route by `src/proxy.ts` from the
 * routed path (after a custom domain is mapped to `/{tenant}/...`).
 *
 * - `personal` (sign-in, password reset, invitations, members' area): rendered per request, so each response gets a fresh nonce
 *   and scripts run only with it (`'strict-dynamic'`, no `'unsafe-inline'`). Next reads the nonce
 *   from the request's policy header and puts it on its own scripts.
 * - `cached` (public tenant pages, the directory): one rendering serves everyone, so no nonce can
 *   be in it; Next's inline bootstrap scripts need `'unsafe-inline'`. Everything else an injected
 *   script would reach for is shut: plugins, `<base>`, forms posting elsewhere, framing.
 * - `preview`: as cached, but the admin (same origin) frames it for live preview.
 * - `admin`: what Payload's admin needs (its inline scripts and styles), same origin only.
 * - `api`: JSON and uploaded files: nothing in them may run, even opened directly.
 */
export type RouteKind = 'personal' | 'cached' | 'route' | 'preview' | 'admin' | 'api'

export function routeKind(routedPath: string): RouteKind {
  const segments = routedPath.split('/').filter((segment) => segment !== '')
  const [first] = segments
  if (first === 'admin') return 'admin'
  if (first === 'api') return 'api'
  if (first === 'preview') return 'preview'
  const section = segments[2]
  if (section !== undefined && personalSegments.has(section)) return 'personal'
  // Route handlers set their own caching: /{tenant} (a per-reader redirect), vCards, the
  // infographic, the sitemap.
  const last = segments.at(-1) ?? ''
  if (segments.length === 1 || last.includes('.') || segments.includes('vcard')) return 'route'
  return 'cached'
}

const SHARED = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "form-action 'self'",
]

/**
 * The tenant's service worker (/{tenant}/sw.js, /sw.js on its own domain), registered from every
 * page of its site, said outright: a worker's address is otherwise checked against script-src,
 * which on personal pages (a nonce and 'strict-dynamic') refuses any address. Same origin only,
 * no blob: or data: workers.
 */
const SITE_WORKERS = "worker-src 'self'"

const inDevelopment = process.env.NODE_ENV === 'development'
// React's development build evaluates code for its debugging aids; production never does.
const devEval = inDevelopment ? " 'unsafe-eval'" : ''

export function contentSecurityPolicy(kind: RouteKind, nonce?: string): string {
  switch (kind) {
    case 'personal':
      return [
        ...SHARED,
        `script-src 'self' 'nonce-${nonce ?? ''}' 'strict-dynamic'${devEval}`,
        SITE_WORKERS,
        // Brand colours are inline style attributes, which a nonce cannot cover.
        "style-src 'self' 'unsafe-inline'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ].join('; ')
    case 'cached':
    case 'route':
      return [...SHARED, `script-src 'self' 'unsafe-inline'${devEval}`, SITE_WORKERS, "style-src 'self' 'unsafe-inline'", "base-uri 'none'", "frame-ancestors 'none'"].join('; ')
    case 'preview':
      return [...SHARED, `script-src 'self' 'unsafe-inline'${devEval}`, "style-src 'self' 'unsafe-inline'", "base-uri 'none'", "frame-ancestors 'self'"].join('; ')
    case 'admin':
      return [
        ...SHARED,
        `script-src 'self' 'unsafe-inline'${devEval}`,
        "style-src 'self' 'unsafe-inline'",
        "worker-src 'self' blob:",
        // Live preview frames the site's /preview pages.
        "frame-src 'self'",
        "base-uri 'self'",
        "frame-ancestors 'none'",
      ].join('; ')
    case 'api':
      return "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox"
  }
}

/** A fresh nonce: 128 random bits. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}

/**
 * Cached pages change when an editor publishes; Next's own cache is expired at once, but a CDN
 * or proxy in front only asks again when its copy is old. A minute, then served stale for up to
 * five while it fetches the new one, so a changed police number is out there within minutes.
 */
export const SHARED_CACHE_CONTROL = 'public, s-maxage=60, stale-while-revalidate=300'

/**
 * For nginx's micro-cache in front (deploy/nginx.conf; nginx reads this header and never passes it
 * on): keep this answer until the end of the current second. nginx counts a cache's life in whole
 * seconds and keeps a `proxy_cache_valid 1s` copy while its clock's second is at most the one it
 * was stored in plus one, so a copy stored at 10.1 s was still served at 11.9 s: a publish stayed
 * invisible for up to two seconds, not one. An absolute time (`@`, Unix seconds) ends every copy
 * at the next whole second: at most a second, still about one render per second per address.
 * The app's and nginx's clocks must agree to the second (NTP), as the processes' already do.
 */
export function proxyCacheUntilNextSecond(now: number = Date.now()): string {
  return `@${Math.floor(now / 1000)}`
}

/**
 * A cached page asked for by a signed-in reader: the same page, but no shared cache and no
 * service worker may keep an answer to a request that carried a session (the worker keeps only
 * pages marked `public`, and it cannot see cookies itself).
 */
export const SIGNED_IN_CACHE_CONTROL = 'private, no-store'
