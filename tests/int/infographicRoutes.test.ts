import sharp from 'sharp'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET as getPng } from '@/app/(site)/[tenant]/[locale]/rules-of-engagement/infographic.png/route'
import { GET as getSvg } from '@/app/(site)/[tenant]/[locale]/rules-of-engagement/infographic.svg/route'
import type { Tenant } from '@/payload-types'

import { EngagementFixtures, templateData } from '../helpers/engagementFixtures'
import { testPayload } from '../helpers/payload'

let payload: Payload
let fixtures: EngagementFixtures
let welsh: Tenant
let english: Tenant

function call(handler: typeof getSvg, tenant: string, locale: string, query = ''): Promise<Response> {
  const request = new Request(`http://localhost/${tenant}/${locale}/rules-of-engagement/infographic${query}`)
  return handler(request, { params: Promise.resolve({ tenant, locale }) })
}

async function pngSize(response: Response): Promise<{ width?: number; height?: number; format?: string }> {
  const { width, height, format } = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
  return { width, height, format }
}

beforeAll(async () => {
  payload = await testPayload()
  fixtures = new EngagementFixtures(payload)
  await fixtures.baselineTemplate('councillor')
  await fixtures.baselineTemplate('candidate')
  welsh = await fixtures.tenant('Sir Brawf', { locales: ['en', 'cy'], branding: { primaryColour: '#00594f', accentColour: '#a4343a' } })
  await payload.update({ collection: 'tenants', id: welsh.id, locale: 'cy', overrideAccess: true, data: { name: 'Cyngor Sir Brawf' } })
  english = await fixtures.tenant('Testing <Borough> & Co', { nation: 'england', locales: ['en'], branding: { primaryColour: '#4b2e83', accentColour: '#0b6e4f' } })
  await payload.create({
    collection: 'engagement-templates',
    overrideAccess: true,
    locale: 'en',
    data: { ...templateData('councillor', 'BOROUGH-OWN'), rules: [{ text: 'Borough rule </text><script>alert(1)</script>' }], tenant: english.id },
  })
})

afterAll(async () => {
  await fixtures.cleanUp()
})

describe('infographic.svg', () => {
  it("answers on the tenant's own domain, where the proxy's rewrite puts the host in the tenant segment", async () => {
    const domain = `${english.slug}.example.org`
    await payload.update({ collection: 'tenants', id: english.id, overrideAccess: true, data: { domains: [{ domain }] } })
    try {
      const svg = await call(getSvg, domain, 'en', '?audience=councillor')
      expect(svg.status).toBe(200)
      expect(await svg.text()).toContain('BOROUGH-OWN')
      const png = await call(getPng, domain, 'en', '?audience=candidate&format=a4')
      expect(png.status).toBe(200)
      expect((await pngSize(png)).format).toBe('png')
    } finally {
      await payload.update({ collection: 'tenants', id: english.id, overrideAccess: true, data: { domains: [] } })
    }
  })

  it('answers an SVG with the tenant name escaped, a title, a long description and the tenant colours', async () => {
    const response = await call(getSvg, english.slug, 'en', '?audience=councillor&format=square&utm_source=ignored')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    const svg = await response.text()
    expect(svg).toContain('width="1080" height="1080"')
    expect(svg).toContain('Testing &lt;Borough&gt; &amp; Co')
    expect(svg).not.toContain('<Borough>')
    expect(svg).not.toContain('<script')
    expect(svg).toContain('Borough rule &lt;/text&gt;&lt;script&gt;')
    expect(svg).toMatch(/<title id="roe-title">Rules of engagement: Testing &lt;Borough&gt; &amp; Co/)
    expect(svg).toMatch(/<desc id="roe-desc">BOROUGH-OWN .*1\. Borough rule/)
    expect(svg).toContain('fill="#4b2e83"')
    expect(svg).toContain('fill="#0b6e4f"')
  })

  it('differs between tenants and between locales, each with its own data only', async () => {
    const borough = await (await call(getSvg, english.slug, 'en')).text()
    const welshEn = await (await call(getSvg, welsh.slug, 'en')).text()
    const welshCy = await (await call(getSvg, welsh.slug, 'cy')).text()
    expect(welshEn).toContain('Sir Brawf')
    expect(welshEn).not.toContain('BOROUGH-OWN')
    expect(welshEn).not.toContain('Testing')
    expect(borough).not.toContain('Sir Brawf')
    expect(welshCy).toContain('Cyngor Sir Brawf')
    expect(welshCy).toContain('xml:lang="cy"')
    expect(welshCy).toContain('Ar gyfer cynghorwyr')
    expect(welshCy).not.toEqual(welshEn)
  })

  it('draws the candidate version and the A4 size on request', async () => {
    const svg = await (await call(getSvg, welsh.slug, 'en', '?audience=candidate&format=a4')).text()
    expect(svg).toContain('width="1240" height="1754"')
    expect(svg).toContain('For candidates')
  })
})

describe('infographic.png', () => {
  it('answers a 1080×1080 PNG by default and an A4 one on request', async () => {
    const square = await call(getPng, welsh.slug, 'cy')
    expect(square.status).toBe(200)
    expect(square.headers.get('content-type')).toBe('image/png')
    expect(await pngSize(square)).toEqual({ width: 1080, height: 1080, format: 'png' })
    const a4 = await call(getPng, welsh.slug, 'en', '?format=a4&audience=candidate')
    expect(await pngSize(a4)).toEqual({ width: 1240, height: 1754, format: 'png' })
  })

  it('renders different images for different tenants', async () => {
    const one = Buffer.from(await (await call(getPng, welsh.slug, 'en')).arrayBuffer())
    const two = Buffer.from(await (await call(getPng, english.slug, 'en')).arrayBuffer())
    expect(one.equals(two)).toBe(false)
  })
})

describe('404s', () => {
  it.each([
    ['an unknown audience', () => call(getSvg, welsh.slug, 'en', '?audience=mayor')],
    ['an unknown format', () => call(getPng, welsh.slug, 'en', '?format=a3')],
    ['an unknown tenant', () => call(getSvg, `nobody-${Date.now()}`, 'en')],
    ['a locale the tenant has not enabled', () => call(getSvg, english.slug, 'cy')],
    ['a locale the portal does not know', () => call(getPng, welsh.slug, 'fr')],
  ])('for %s', async (_what, request) => {
    const response = await request()
    expect(response.status).toBe(404)
  })

  it('for an inactive tenant', async () => {
    const dormant = await fixtures.tenant('Dormant Borough', { nation: 'england', locales: ['en'], active: false })
    expect((await call(getSvg, dormant.slug, 'en')).status).toBe(404)
    expect((await call(getPng, dormant.slug, 'en')).status).toBe(404)
  })
})
