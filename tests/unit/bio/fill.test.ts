import { describe, expect, it } from 'vitest'

import { chooseForPlatforms, chooseVariant, fillTemplate } from '@/lib/bio/fill'
import { platforms, type Platform } from '@/lib/bio/platforms'
import { describeTemplateProblems, parseTemplate } from '@/lib/bio/variables'

const platform = (id: Platform['id']): Platform => {
  const found = platforms.find((p) => p.id === id)
  if (!found) throw new Error(id)
  return found
}

const values = {
  name: 'Sam Jones',
  role: 'Councillor for Riverside',
  days: 'Mon–Fri',
  hours: '9am–5pm',
  email: 'sam.jones@example.org',
  website: 'https://example.org/rules',
}

const variants = [
  '{name}, {role}. I read messages {days}, {hours}. I reply on council services; abuse is deleted and may be reported. Casework by email only: {email}. My rules: {website}',
  '{name}, {role}. I read messages {days}, {hours}. Casework by email: {email}. Rules: {website}',
  '{name}, {role}. Casework by email: {email}',
  '{name}, {role}',
]

describe('platform limits', () => {
  it('lists the seven platforms with their limits', () => {
    expect(Object.fromEntries(platforms.map((p) => [p.id, p.maxGraphemes]))).toEqual({
      x: 160,
      instagram: 150,
      threads: 150,
      facebook: 101,
      tiktok: 80,
      linkedin: 220,
      bluesky: 256,
    })
    expect(platform('bluesky').maxBytes).toBe(2560)
  })
})

describe('fillTemplate', () => {
  it('puts values in as plain text: markup and braces in a value are not interpreted', () => {
    const filled = fillTemplate('{name} ({role})', { name: '<script>alert(1)</script>', role: '{email} & <b>x</b>', email: 'x@example.org' })
    expect(filled).toEqual({ ok: true, text: '<script>alert(1)</script> ({email} & <b>x</b>)' })
  })

  it('normalises to NFC, so w + U+0302 becomes ŵ', () => {
    const filled = fillTemplate('{name}', { name: 'Gw\u0302yn' })
    expect(filled).toEqual({ ok: true, text: 'G\u0175yn' })
  })

  it('reports the values a template needs and did not get', () => {
    expect(fillTemplate('{name}: {email} {website}', { name: 'Sam' })).toEqual({ ok: false, reason: 'missing-values', missing: ['email', 'website'] })
  })
})

describe('chooseVariant', () => {
  it('uses the full template where it fits, at exactly the limit (LinkedIn, 220)', () => {
    const result = chooseVariant(variants, values, platform('linkedin'))
    expect(result.status).toBe('fits')
    expect(result.variant).toBe(0)
    expect(result.fallback).toBeNull()
    expect(result.graphemes).toBe(220)
  })

  it('falls back to a shorter variant where the full one is too long (X, 160)', () => {
    const result = chooseVariant(variants, values, platform('x'))
    expect(result).toMatchObject({ status: 'fits', variant: 1, fallback: 'too-long' })
    expect(result.text).toBe('Sam Jones, Councillor for Riverside. I read messages Mon–Fri, 9am–5pm. Casework by email: sam.jones@example.org. Rules: https://example.org/rules')
  })

  it('takes a shorter one still for TikTok (80) and Facebook (101)', () => {
    expect(chooseVariant(variants, values, platform('tiktok'))).toMatchObject({ status: 'fits', variant: 2, graphemes: 77 })
    expect(chooseVariant(variants, values, platform('facebook'))).toMatchObject({ status: 'fits', variant: 2 })
  })

  it('skips variants whose values were not given, and says so', () => {
    const result = chooseVariant(variants, { name: 'Sam', role: 'Councillor', email: 'sam@example.org' }, platform('linkedin'))
    expect(result).toMatchObject({ status: 'fits', variant: 2, fallback: 'missing-values' })
  })

  it('reports when nothing fits, showing the shortest attempt and its length', () => {
    const long = { ...values, name: 'N'.repeat(80), role: 'R'.repeat(80) }
    const result = chooseVariant(variants, long, platform('tiktok'))
    expect(result.status).toBe('too-long')
    expect(result.variant).toBe(3)
    expect(result.graphemes).toBe(162)
  })

  it('reports when no variant can be filled at all', () => {
    const result = chooseVariant(['{name} {email}'], { name: 'Sam' }, platform('x'))
    expect(result).toMatchObject({ status: 'incomplete', missing: ['email'], text: '' })
  })

  it('counts graphemes, not code units, against the limit', () => {
    const flags = '🏴\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}'.repeat(80)
    const result = chooseVariant(['{name}'], { name: flags }, platform('tiktok'))
    expect(flags.length).toBe(1120)
    expect(result).toMatchObject({ status: 'fits', graphemes: 80 })
  })

  it('applies Bluesky\u2019s byte limit as well as its grapheme limit', () => {
    const family = '👨\u200d👩\u200d👧\u200d👦'.repeat(110) // 110 graphemes, 2,750 bytes
    const result = chooseVariant(['{name}', 'short'], { name: family }, platform('bluesky'))
    expect(result).toMatchObject({ status: 'fits', variant: 1, text: 'short', fallback: 'too-long' })
  })

  it('chooses per platform in one call', () => {
    const results = chooseForPlatforms(variants, values, platforms)
    expect(results.map((r) => [r.platform, r.variant])).toEqual([
      ['x', 1],
      ['instagram', 1],
      ['threads', 1],
      ['facebook', 2],
      ['tiktok', 2],
      ['linkedin', 0],
      ['bluesky', 0],
    ])
  })
})

describe('template checks', () => {
  it('accepts the six variables', () => {
    expect(parseTemplate('{name} {role} {days} {hours} {email} {website}').ok).toBe(true)
    expect(describeTemplateProblems('Hello {name}')).toBeNull()
  })

  it('names an unknown variable', () => {
    expect(describeTemplateProblems('Hi {foo} and {name}')).toMatch(/Unknown variable \{foo\}: use only \{name\}/)
  })

  it('refuses unbalanced braces', () => {
    for (const bad of ['Hi {name', 'Hi name}', '{{name}}', '{na{me}']) {
      expect(describeTemplateProblems(bad), bad).toMatch(/brace is not matched/)
    }
  })
})
