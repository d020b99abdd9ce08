import { getEngagement, isEngagementAudience } from '@/data/engagement'
import { isLocale } from '@/i18n/locales'
import {
  infographicFormats,
  logoDataUri,
  renderInfographicPng,
  renderInfographicSvg,
  type InfographicFormat,
} from '@/lib/infographic'

export type InfographicParams = Promise<{ tenant: string; locale: string }>

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
 * GET /{tenant}/{locale}/rules-of-engagement/infographic.{svg,png}?audience=…&format=…
 * Unknown audience, format, tenant, inactive tenant or a locale the tenant has not enabled:
 * 404. Other query parameters are ignored.
 */
export async function infographicResponse(request: Request, params: InfographicParams, type: 'svg' | 'png'): Promise<Response> {
  const { tenant, locale } = await params
  const query = new URL(request.url).searchParams
  const audience = query.get('audience') ?? 'councillor'
  const format = query.get('format') ?? 'square'
  if (!isEngagementAudience(audience) || !isFormat(format) || !isLocale(locale)) return notFound()

  const view = await getEngagement(tenant, locale, audience)
  if (!view?.template) return notFound()

  const logo = view.tenant.branding.logo ? await logoDataUri(view.tenant.branding.logo.file) : null
  const svg = renderInfographicSvg({
    tenantName: view.tenant.name,
    logoUrl: logo,
    primaryColour: view.tenant.branding.primaryColour,
    accentColour: view.tenant.branding.accentColour,
    locale,
    audience,
    title: view.template.title,
    intro: view.template.intro,
    rules: view.template.rules,
    format,
  })
  const filename = `rules-of-engagement-${view.tenant.slug}-${locale}-${audience}-${format}.${type}`

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
