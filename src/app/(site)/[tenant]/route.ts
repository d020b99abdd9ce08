import { getTenantSite } from '@/data/tenantSite'
import { negotiateLocale } from '@/i18n/negotiate'

/**
 * /{tenant}: send the reader to the tenant's toolkit in the best of its languages for their
 * browser. Not cached: the answer depends on the Accept-Language header.
 */
export async function GET(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params
  const tenant = await getTenantSite(slug, 'en')
  if (!tenant) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const locale = negotiateLocale(request.headers.get('accept-language'), tenant.locales, tenant.defaultLocale)
  return new Response(null, {
    status: 307,
    headers: { Location: `/${tenant.slug}/${locale}`, Vary: 'Accept-Language', 'Cache-Control': 'private, no-store' },
  })
}
