import { negotiateLocale } from '@/i18n/negotiate'
import { findSiteTenant } from '@/i18n/siteParams'
import { homePath, siteVia } from '@/i18n/sitePaths'

/**
 * /{tenant}, and / on a tenant's own domain: send the reader to the tenant's toolkit in the best
 * of its languages for their browser. Not cached: the answer depends on the Accept-Language header.
 */
export async function GET(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: segment } = await params
  const tenant = await findSiteTenant(segment, 'en')
  if (!tenant) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const locale = negotiateLocale(request.headers.get('accept-language'), tenant.locales, tenant.defaultLocale)
  return new Response(null, {
    status: 307,
    headers: { Location: homePath(tenant, locale, siteVia(segment)), Vary: 'Accept-Language', 'Cache-Control': 'private, no-store' },
  })
}
