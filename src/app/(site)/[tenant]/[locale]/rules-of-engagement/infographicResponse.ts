import { getEngagement, getLogoFile, isEngagementAudience } from '@/data/engagement'
import { resolveSite, type SiteRequest } from '@/data/site'
import {
  infographicFormats,
  logoDataUri,
  renderInfographicPng,
  renderInfographicSvg,
  type InfographicFormat,
} from '@/components/infographic'

export type InfographicParams = Promise<SiteRequest>

/**
 * Shared headers. The SVG is served from our own origin, so it gets a CSP that forbids script
 * and every external load (belt and braces: the renderer escapes all text and emits none).
 * Browsers and CDNs may keep an image for five minutes; publishing a change expires the data
 * cache at once, so a fresh request always renders the current rules.
 */
const commonHeaders = {
  'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
  'X-Content-Type-Options': 'nosniff',
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  })
}

function isFormat(value: string): value is InfographicFormat {
  return (infographicFormats as readonly string[]).includes(value)
}

/**
 * GET /{tenant}/{locale}/rules-of-engagement/infographic.{svg,png}?audience=…&format=…, and the
 * same on the tenant's own domain. Unknown audience, format, tenant, inactive tenant or a locale
 * the tenant has not enabled: 404. Other query parameters are ignored.
 */
export async function infographicResponse(request: Request, params: InfographicParams, type: 'svg' | 'png'): Promise<Response> {
  const query = new URL(request.url).searchParams
  const audience = query.get('audience') ?? 'councillor'
  const format = query.get('format') ?? 'square'
  if (!isEngagementAudience(audience) || !isFormat(format)) return notFound()
  const site = await resolveSite(params)
  if (!site) return notFound()
  const { tenant, locale } = site

  const template = await getEngagement(site, audience)
  if (!template) return notFound()

  const logoFile = await getLogoFile(tenant)
  const logo = logoFile ? await logoDataUri(logoFile.file) : null
  const svg = renderInfographicSvg({
    tenantName: tenant.name,
    logoUrl: logo,
    primaryColour: tenant.primaryColour,
    accentColour: tenant.accentColour,
    locale,
    audience,
    title: template.title,
    intro: template.intro,
    rules: template.rules,
    format,
  })
  const filename = `rules-of-engagement-${tenant.slug}-${locale}-${audience}-${format}.${type}`

  if (type === 'svg') {
    return new Response(svg, {
      headers: {
        ...commonHeaders,
        'Content-Type': 'image/svg+xml; charset=utf-8',
        'Content-Security-Policy': "default-src 'none'; img-src data:; style-src 'unsafe-inline'",
        'Content-Disposition': `inline; filename="${filename}"`,
      },
    })
  }
  const png = await renderInfographicPng(svg)
  return new Response(new Uint8Array(png), {
    headers: { ...commonHeaders, 'Content-Type': 'image/png', 'Content-Disposition': `inline; filename="${filename}"` },
  })
}
