import { NextResponse, type NextRequest } from 'next/server'

import { SITE_PATH_HEADER } from '@/i18n/sitePaths'
import { refuseBadFormPost } from '@/lib/formPost'
import { decideHost, portalHosts } from '@/lib/siteHost'

// Read at run time (a bracketed name is not inlined at build), so one build serves any deployment.
const env: Record<string, string | undefined> = process.env
const portal = portalHosts(env['NEXT_PUBLIC_SERVER_URL'], env['PORTAL_HOSTS'])

/** Payload's own routes: their POSTs are API calls and admin server functions, not site forms. */
function isPayloadPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/') || pathname === '/admin' || pathname.startsWith('/admin/')
}

/**
 * Two jobs before Next routes a request, neither of them an access check (every page, route and
 * action checks what it serves itself):
 *
 * 1. Host to tenant: a request on a tenant's custom domain is rewritten to `/{domain}/...`, where
 *    the site looks the domain up (404 when no active tenant claims it).
 * 2. A POST to a site page is one of its forms posted without JavaScript (a server action); one
 *    that cannot be gets a 4xx here, since Next would answer some with a 500.
 *
 * It also passes on the routed path (`x-portal-site-path`, always overwritten), which the global
 * 404 page needs to find the tenant and language of an address no route matched.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const decision = decideHost(request.headers.get('host'), pathname, portal)
  if (decision.kind === 'refuse') {
    return new NextResponse(decision.status === 400 ? 'Bad request: malformed Host header' : 'Not found', {
      status: decision.status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  if (decision.kind === 'admin-elsewhere') return adminElsewhere()
  const moved = request.method === 'GET' ? audienceQueryRedirect(request) : null
  if (moved) return moved
  if (request.method === 'POST' && !isPayloadPath(pathname)) {
    const refused = await refuseBadFormPost(request)
    if (refused) return refused
  }
  if (decision.kind === 'portal') return NextResponse.next({ request: { headers: withSitePath(request, pathname) } })
  const url = request.nextUrl.clone()
  url.pathname = decision.path
  return NextResponse.rewrite(url, { request: { headers: withSitePath(request, decision.path) } })
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
  // Next's own assets never depend on the host.
  matcher: ['/((?!_next/).*)'],
}
