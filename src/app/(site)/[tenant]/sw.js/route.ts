import { workerScript, workerSettings } from '@/lib/offline/workerScript'
import { resolveSite } from '@/data/site'

/**
 * /{tenant}/sw.js, and /sw.js on the tenant's own domain: the tenant's service worker. Its
 * address decides its reach (a worker controls the pages under the folder it is served from), so
 * on the portal it sees only this tenant's pages and on a custom domain the whole domain, where
 * it still keeps only the tenant's site pages (serviceWorker.js says which).
 *
 * `no-cache`: browsers, nginx's micro-cache (which skips no-cache answers) and CDNs ask again
 * every time, so a new worker reaches readers at their next visit.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const site = await resolveSite(params)
  if (!site) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return new Response(workerScript(workerSettings(site.tenant)), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' },
  })
}
