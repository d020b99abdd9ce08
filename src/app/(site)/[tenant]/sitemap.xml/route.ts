import { getToolkit } from '@/data/pages'
import { hreflang, tenantSiteUrl } from '@/i18n/alternates'
import { escapeXml } from '@/lib/xml'
import { resolveSite } from '@/data/site'
import { sitemapPaths } from '@/lib/siteRoutes'

/**
 * /{tenant}/sitemap.xml (and /sitemap.xml on the tenant's own domain): every page of the tenant's
 * site in each of its languages, with the other languages as alternates (what search engines need
 * to offer the reader's language).
 *
 * A route handler, not Next's `sitemap.ts` (`MetadataRoute.Sitemap`): in Next 16 a sitemap file's
 * function is called with no arguments (only `{ id }` with `generateSitemaps`), so one under
 * [tenant] cannot know its tenant, and `generateSitemaps` would move it to /{tenant}/sitemap/{id}.xml.
 * Next's own writer also puts URLs into the XML unescaped; ours escapes them (src/lib/xml.ts).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const site = await resolveSite(params)
  if (!site) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  // Canonical addresses: the tenant's own domain when it has one, whichever host was asked.
  const { tenant } = site
  const root = tenantSiteUrl(tenant)
  const pages = await getToolkit(site)
  const paths = [...sitemapPaths, ...pages.map((page) => `/${page.slug}`)]
  const url = (locale: string, path: string) => escapeXml(`${root}/${locale}${path}`)
  const entries = paths.flatMap((path) =>
    tenant.locales.map((locale) =>
      [
        '  <url>',
        `    <loc>${url(locale, path)}</loc>`,
        ...tenant.locales.map((other) => `    <xhtml:link rel="alternate" hreflang="${hreflang[other]}" href="${url(other, path)}"/>`),
        '  </url>',
      ].join('\n'),
    ),
  )
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n')
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } })
}
