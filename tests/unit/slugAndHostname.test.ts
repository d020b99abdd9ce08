import { describe, expect, it } from 'vitest'

import { hostnameProblem, normaliseHostname } from '@/lib/hostname'
import { slugProblem } from '@/lib/slug'

describe('slugProblem', () => {
  it.each(['example-county', 'a1', 'council-2026'])('accepts %s', (slug) => {
    expect(slugProblem(slug)).toBeNull()
  })

  it.each([
    ['', /Enter a slug/],
    ['Example', /lowercase/],
    ['two--hyphens', /single hyphens/],
    ['-leading', /lowercase/],
    ['trailing-', /lowercase/],
    ['has space', /lowercase/],
    ['dots.not.allowed', /lowercase/],
    ['a'.repeat(64), /at most 63/],
    ['admin', /reserved/],
    ['api', /reserved/],
    ['_next', /lowercase/],
    ['health', /reserved/],
    ['cy', /reserved/],
    ['en', /reserved/],
  ])('refuses %j', (slug, message) => {
    expect(slugProblem(slug)).toMatch(message)
  })

  it('refuses non-strings', () => {
    expect(slugProblem(undefined)).toMatch(/Enter a slug/)
    expect(slugProblem(42)).toMatch(/Enter a slug/)
  })
})

describe('hostnameProblem', () => {
  it.each(['safety.example.gov.uk', 'SAFETY.Example.org', 'xn--bcher-kva.example', 'a-b.c-d.uk', 'example.org.'])(
    'accepts %s',
    (host) => {
      expect(hostnameProblem(host)).toBeNull()
    },
  )

  it.each([
    ['https://safety.example.gov.uk', /Leave out the "https:\/\/"/],
    ['safety.example.gov.uk/path', /without a path/],
    ['safety.example.gov.uk:8443', /without a port/],
    ['localhost', /at least one dot/],
    ['-bad.example.org', /letters, digits, hyphens/],
    ['bad_.example.org', /letters, digits, hyphens/],
    ['exa mple.org', /letters, digits, hyphens/],
    ['192.168.0.1', /not an IP address/],
    ['', /Enter a domain/],
    [`${'a'.repeat(64)}.org`, /letters, digits, hyphens/],
  ])('refuses %j', (host, message) => {
    expect(hostnameProblem(host)).toMatch(message)
  })

  it('normalises case and a trailing dot', () => {
    expect(normaliseHostname(' Safety.Example.ORG. ')).toBe('safety.example.org')
  })
})
