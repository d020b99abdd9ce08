import { NextResponse, type NextRequest } from 'next/server'

import { SITE_PATH_HEADER } from '@/i18n/sitePaths'
import { refuseBadFormPost, refuseForeignOrigin } from '@/lib/formPost'
import { refuseStaleAction } from '@/i18n/staleAction'
import { contentSecurityPolicy, newNonce, proxyCacheUntilNextSecond, routeKind, SHARED_CACHE_CONTROL, SIGNED_IN_CACHE_CONTROL } from '@/lib/securityHeaders'
import { decideHost, portalHosts } from '@/lib/siteHost'

// Read at run time (a bracketed name is not inlined at build), so one build serves any deployment.
const env: Record<string, string | undefined> = process.env
const portal = portalHosts(env['NEXT_PUBLIC_SERVER_URL'], env['PORTAL_HOSTS'])

/** Payload's own routes: their POSTs are API calls and admin server functions, not site forms. */
function isPayloadPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/') || pathname === '/admin' || pathname.startsWith('/admin/')
}

/**
 * Jobs before Next routes a request, none of them an access check (every page, route and action
 * checks what it serves itself):
 *
 * 1. Refuse what Next would answer with a 500: a path with broken %-encoding (400), a POST from
 *    another site's page (403), a form or server-action call that cannot be ours (4xx), and a
 *    form from a build no longer running (409, asking the reader to reload).
 * 2. Host to tenant: a request on a tenant's custom domain is rewritten to `/{domain}/...`, where
 *    the site looks the domain up (404 when no active tenant claims it).
 * 3. Security headers that depend on the route: the Content-Security-Policy (with a nonce on
 *    per-request pages) and, on cached pages, a short life in shared caches.
 *
 * It also passes on the routed path (`x-portal-site-path`, always overwritten), which the global
 * 404 page needs to find the tenant and language of an address no route matched.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (!isWellEncoded(pathname)) return plainText(400, 'Bad request: the path is not valid percent-encoding')
  const decision = decideHost(request.headers.get('host'), pathname, portal)
  if (decision.kind === 'refuse') {
    return plainText(decision.status, decision.status === 400 ? 'Bad request: malformed Host header' : 'Not found')
  }
  if (decision.kind === 'admin-elsewhere') return adminElsewhere()
  const moved = request.method === 'GET' ? audienceQueryRedirect(request) : null
  if (moved) return moved
  // The admin's server functions are server actions too; the REST API is for other sites' scripts.
  const foreign = pathname.startsWith('/api/') ? null : refuseForeignOrigin(request)
  if (foreign) return foreign
  if (request.method === 'POST' && !isPayloadPath(pathname)) {
    const refused = (await refuseBadFormPost(request)) ?? (await refuseStaleAction(request, decision.kind === 'portal' ? pathname : decision.path))
    if (refused) return refused
  }
  const routed = decision.kind === 'portal' ? pathname : decision.path
  const headers = withSitePath(request, routed)
  const policy = securityPolicy(request, routed, headers)
  const response =
    decision.kind === 'portal'
      ? NextResponse.next({ request: { headers } })
      : NextResponse.rewrite(Object.assign(request.nextUrl.clone(), { pathname: routed }), { request: { headers } })
  for (const [name, value] of policy) response.headers.set(name, value)
  return response
}

/**
 * The response's Content-Security-Policy (src/lib/securityHeaders.ts) and, for public pages, how
 * long a shared cache may keep them (Next would say a year), or, asked with a session cookie,
 * that nothing may keep them (no shared cache, no service worker). A nonce-based policy is also set
 * on the request, where Next finds the nonce for its scripts.
 */
function securityPolicy(request: NextRequest, routed: string, requestHeaders: Headers): [string, string][] {
  const kind = routeKind(routed)
  const nonce = kind === 'personal' ? newNonce() : undefined
  const policy = contentSecurityPolicy(kind, nonce)
  if (nonce) requestHeaders.set('Content-Security-Policy', policy)
  const headers: [string, string][] = [['Content-Security-Policy', policy]]
  if (kind === 'cached' && (request.method === 'GET' || request.method === 'HEAD')) {
    if (hasSession(request)) headers.push(['Cache-Control', SIGNED_IN_CACHE_CONTROL])
    else headers.push(['Cache-Control', SHARED_CACHE_CONTROL], ['X-Accel-Expires', proxyCacheUntilNextSecond()])
  }
  return headers
}

/**
 * Whether the request carries a Payload session (`payload-token`, Payload's default cookie prefix,
 * which payload.config.ts keeps). Presence only: whether it is valid is for the page to decide,
 * and an expired one still marks the answer as not for sharing.
 */
function hasSession(request: NextRequest): boolean {
  return request.cookies.has('payload-token')
}

function plainText(status: number, message: string): NextResponse {
  return new NextResponse(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
}

/** Next and the pages decode the path; a broken `%` sequence would throw there, as a 500. */
function isWellEncoded(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

/**
 * The admin is served on the portal's own addresses only. Asked for on a council's domain, it
 * says where it is instead of a bare 404, so an editor with an old bookmark is not left guessing.
 */
function adminElsewhere(): NextResponse {
  const admin = new URL('/admin', env['NEXT_PUBLIC_SERVER_URL']).href
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>The admin is at another address</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>The admin is at another address</h1><p>This address is a council's public site. To edit it, sign in to the admin at <a href="${admin}">${admin}</a>.</p></body></html>`
  return new NextResponse(html, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } })
}

/**
 * The rules of engagement once took its audience from `?audience=`; each audience now has its own
 * cached address, and old links are sent there for good.
 */
function audienceQueryRedirect(request: NextRequest): NextResponse | null {
  const { pathname, searchParams } = request.nextUrl
  if (!pathname.endsWith('/rules-of-engagement') || !searchParams.has('audience')) return null
  const url = request.nextUrl.clone()
  url.search = ''
  if (searchParams.get('audience') === 'candidate') url.pathname = `${pathname}/candidate`
  return NextResponse.redirect(url, 308)
}

/** The request's headers with the routed path set (a client's own value is overwritten). */
function withSitePath(request: NextRequest, path: string): Headers {
  const headers = new Headers(request.headers)
  headers.set(SITE_PATH_HEADER, path)
  return headers
}

export const config = {
  // Next's own assets never depend on the host. The evidence upload is left alone too: for any
  // request the proxy sees, Next first reads the whole body into memory (so the proxy could read
  // it) and cuts it at 10 MB, and evidence files may be 20 MB. The upload checks its own origin.
  matcher: ['/((?!_next/|api/evidence$).*)'],
}
