import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { escapeXml, renderInfographicPng, renderInfographicSvg, safeColour, type InfographicInput } from '@/components/infographic'
import { estimateWidth, wrapText } from '@/components/infographic/wrap'

const input: InfographicInput = {
  tenantName: 'Example </text><script>alert(1)</script> & "Co"',
  logoUrl: null,
  primaryColour: '#00594f',
  accentColour: '#a4343a',
  locale: 'en',
  audience: 'councillor',
  title: 'Rules of engagement',
  intro: 'Please follow these rules on my pages.',
  rules: ['Be courteous.', 'No abuse or threats.', 'Casework goes by email.'],
  format: 'square',
}

describe('renderInfographicSvg', () => {
  it('keeps a hostile tenant name as text', () => {
    const svg = renderInfographicSvg(input)
    expect(svg).not.toContain('<script')
    expect(svg).not.toContain('</text><script>')
    expect(svg).toContain('Example &lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;')
  })

  it('is an image labelled by its title and described by every rule in order', () => {
    const svg = renderInfographicSvg(input)
    expect(svg).toMatch(/<svg [^>]*role="img"[^>]*aria-labelledby="roe-title roe-desc"/)
    expect(svg).toContain('<title id="roe-title">Rules of engagement: Example')
    expect(svg).toContain('<desc id="roe-desc">Please follow these rules on my pages. 1. Be courteous. 2. No abuse or threats. 3. Casework goes by email.</desc>')
  })

  it('has the width and height of each format', () => {
    expect(renderInfographicSvg(input)).toContain('width="1080" height="1080" viewBox="0 0 1080 1080"')
    expect(renderInfographicSvg({ ...input, format: 'a4' })).toContain('width="1240" height="1754" viewBox="0 0 1240 1754"')
  })

  it('uses the tenant colours, and the defaults for anything that is not #rrggbb', () => {
    const svg = renderInfographicSvg(input)
    expect(svg).toContain('fill="#00594f"')
    expect(svg).toContain('fill="#a4343a"')
    const fallback = renderInfographicSvg({ ...input, primaryColour: 'red" onload="x', accentColour: '#abc' })
    expect(fallback).toContain('fill="#1d4f91"')
    expect(fallback).toContain('fill="#b35900"')
    expect(fallback).not.toContain('onload')
    expect(safeColour('#ABCDEF', '#000000')).toBe('#abcdef')
  })

  it('draws the audience and language from the locale\u2019s messages', () => {
    const svg = renderInfographicSvg({ ...input, locale: 'cy', audience: 'candidate', title: '' })
    expect(svg).toContain('xml:lang="cy"')
    expect(svg).toContain('Ar gyfer ymgeiswyr')
    expect(svg).toContain('Rheolau ymgysylltu')
  })

  it('embeds a data-URI logo and refuses any other kind of address', () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo='
    expect(renderInfographicSvg({ ...input, logoUrl: logo })).toContain(`href="${logo}"`)
    for (const bad of ['javascript:alert(1)', 'http://example.org/logo.png', 'data:image/svg+xml;base64,PHN2Zz4=', 'https://x" onload="y']) {
      expect(renderInfographicSvg({ ...input, logoUrl: bad }), bad).not.toContain('<image')
    }
  })

  it('wraps long rules to the width and shrinks text so that twelve long rules still fit', () => {
    const rules = Array.from({ length: 12 }, (_, index) => `Rule ${index + 1}: ${'a rather long piece of wording that needs wrapping '.repeat(2).trim()}`)
    const svg = renderInfographicSvg({ ...input, rules })
    const ys = [...svg.matchAll(/<tspan x="\d+" y="(\d+)"/g)].map((match) => Number(match[1]))
    expect(Math.max(...ys)).toBeLessThan(1080)
    for (const line of [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1] ?? '')) {
      expect(estimateWidth(line, 18)).toBeLessThan(1080)
    }
  })

  it('drops characters XML cannot carry', () => {
    expect(escapeXml('a\u0000b\u001fc\uFFFEd')).toBe('abcd')
    expect(escapeXml('\u{1F44D}\u{1F3FD}')).toBe('\u{1F44D}\u{1F3FD}')
  })
})

describe('wrapText', () => {
  it('breaks between words and inside a word longer than a line', () => {
    expect(wrapText('one two three', estimateWidth('one two', 20), 20)).toEqual(['one two', 'three'])
    const lines = wrapText('x'.repeat(50), estimateWidth('x'.repeat(20), 20), 20)
    expect(lines.map((line) => line.length)).toEqual([20, 20, 10])
  })
})

describe('renderInfographicPng', () => {
  it('rasterises each format at its own size', async () => {
    for (const [format, width, height] of [['square', 1080, 1080], ['a4', 1240, 1754]] as const) {
      const png = await renderInfographicPng(renderInfographicSvg({ ...input, format }))
      const meta = await sharp(png).metadata()
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'png', width, height })
    }
  })
})
