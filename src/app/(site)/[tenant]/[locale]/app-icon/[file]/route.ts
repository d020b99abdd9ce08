import { isAppIconSize } from '@/lib/offline/manifest'
import { getAppIcon } from '@/data/appManifest'
import { resolveSite } from '@/data/site'

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

/**
 * /{tenant}/{locale}/app-icon/{192,512}.png (and /{locale}/app-icon/... on the tenant's own
 * domain): the home-screen icon the manifest lists, from the tenant's logo or its initials. Per
 * language, because the initials come from the tenant's name, which has one in each language.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string; locale: string; file: string }> }) {
  const { tenant, locale, file } = await params
  const pixels = Number(/^(\d{3})\.png$/.exec(file)?.[1])
  if (!isAppIconSize(pixels)) return notFound()
  const site = await resolveSite({ tenant, locale })
  if (!site) return notFound()
  const png = await getAppIcon(site, pixels)
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600' },
  })
}
