import { NextResponse, type NextRequest } from 'next/server'

import { SITE_PATH_HEADER } from '@/i18n/sitePaths'
import { decideHost, portalHosts } from '@/lib/siteHost'

// Read at run time (a bracketed name is not inlined at build), so one build serves any deployment.
const env: Record<string, string | undefined> = process.env
const portal = portalHosts(env['NEXT_PUBLIC_SERVER_URL'], env['PORTAL_HOSTS'])

/**
 * Host to tenant: a request on a tenant's custom domain is rewritten to `/{domain}/...`, where the
 * site looks the domain up (404 when no active tenant claims it). This is routing only, not an
 * access check: every page and route checks what it serves itself.
 */
export function proxy(request: NextRequest) {
  const decision = decideHost(request.headers.get('host'), request.nextUrl.pathname, portal)
  if (decision.kind === 'portal') return NextResponse.next({ request: { headers: withSitePath(request, request.nextUrl.pathname) } })
  if (decision.kind === 'refuse') {
    return new NextResponse(decision.status === 400 ? 'Bad request: malformed Host header' : 'Not found', {
      status: decision.status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const url = request.nextUrl.clone()
  url.pathname = decision.path
  return NextResponse.rewrite(url, { request: { headers: withSitePath(request, decision.path) } })
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
