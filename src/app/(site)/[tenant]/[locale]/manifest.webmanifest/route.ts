import { getAppManifest } from '@/data/appManifest'
import { resolveSite } from '@/data/site'

/**
 * /{tenant}/{locale}/manifest.webmanifest, and /{locale}/manifest.webmanifest on the tenant's own
 * domain: what a phone needs to put the tenant's toolkit on its home screen (name, colours,
 * icons, where it starts). Linked from every page of the tenant's site (the layout's metadata).
 * Browsers and proxies may keep it five minutes; a saved tenant expires the server's copy at once.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string; locale: string }> }) {
  const site = await resolveSite(params)
  if (!site) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return new Response(JSON.stringify(await getAppManifest(site)), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8', 'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600' },
  })
}
