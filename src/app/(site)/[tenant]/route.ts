import { resolveSite } from '@/data/site'

/**
 * /{tenant}, and / on a tenant's own domain: send the reader to the tenant's toolkit in the best
 * of its languages for their browser. Not cached: the answer depends on the Accept-Language header.
 */
export async function GET(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const site = await resolveSite(params, { acceptLanguage: request.headers.get('accept-language') })
  if (!site) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return new Response(null, {
    status: 307,
    headers: { Location: site.home, Vary: 'Accept-Language', 'Cache-Control': 'private, no-store' },
  })
}
