import { describe, expect, it } from 'vitest'

import { membersReturnPath } from '@/i18n/sitePaths'
import { decideHost, hostnameOf, portalHosts, portalOrigins } from '@/lib/siteHost'

const portal = portalHosts('https://portal.example.org', 'www.portal.example.org, bad host')

describe('hostnameOf', () => {
  it.each([
    ['Example.ORG', 'example.org'],
    ['example.org:443', 'example.org'],
    ['example.org.', 'example.org'],
    ['localhost:3000', 'localhost'],
    ['127.0.0.1:8080', '127.0.0.1'],
    ['[::1]:3000', '[::1]'],
    ['safety.example-county.gov.uk', 'safety.example-county.gov.uk'],
  ])('reads %j as %j', (header, expected) => {
    expect(hostnameOf(header)).toBe(expected)
  })

  it.each([null, '', ' ', 'exa mple.org', 'example.org:port', 'example.org:123456', 'evil.org/path', 'a..b', '-lead.example', 'user@example.org', 'example.org:80:80', `${'a'.repeat(64)}.example`, `${'a.'.repeat(140)}org`, '<script>.org'])(
    'refuses %j',
    (header) => {
      expect(hostnameOf(header)).toBeNull()
    },
  )
})

describe('portalHosts', () => {
  it('always includes loopback, then the server URL host and valid extras', () => {
    expect([...portal].sort()).toEqual(['127.0.0.1', '[::1]', 'localhost', 'portal.example.org', 'www.portal.example.org'])
  })

  it('ignores a malformed server URL rather than throwing', () => {
    expect(portalHosts('not a url', undefined).has('localhost')).toBe(true)
  })
})

describe('decideHost', () => {
  it('serves the portal by path on its own hosts, whatever X-Forwarded-Host might say', () => {
    expect(decideHost('portal.example.org', '/example-county/en', portal)).toEqual({ kind: 'portal' })
    expect(decideHost('localhost:3000', '/admin', portal)).toEqual({ kind: 'portal' })
  })

  it('moves every site path on a custom domain under the host', () => {
    expect(decideHost('safety.county.gov.uk', '/', portal)).toEqual({ kind: 'tenant-domain', path: '/safety.county.gov.uk' })
    expect(decideHost('Safety.County.gov.uk:443', '/cy/contacts', portal)).toEqual({ kind: 'tenant-domain', path: '/safety.county.gov.uk/cy/contacts' })
    expect(decideHost('safety.county.gov.uk', '/sitemap.xml', portal)).toEqual({ kind: 'tenant-domain', path: '/safety.county.gov.uk/sitemap.xml' })
  })

  it('keeps the API (uploaded logos) and refuses the admin on custom domains', () => {
    expect(decideHost('safety.county.gov.uk', '/api/media/file/logo.png', portal)).toEqual({ kind: 'portal' })
    expect(decideHost('safety.county.gov.uk', '/admin', portal)).toEqual({ kind: 'admin-elsewhere' })
    expect(decideHost('safety.county.gov.uk', '/admin/collections/users', portal)).toEqual({ kind: 'admin-elsewhere' })
  })

  it("serves the site's icon as it is on custom domains, not as a tenant path", () => {
    expect(decideHost('safety.county.gov.uk', '/icon.svg', portal)).toEqual({ kind: 'portal' })
    expect(decideHost('safety.county.gov.uk', '/en/icon.svg', portal)).toEqual({ kind: 'tenant-domain', path: '/safety.county.gov.uk/en/icon.svg' })
  })

  it('never reads a dotless host as a tenant slug', () => {
    expect(decideHost('example-county', '/en', portal)).toEqual({ kind: 'refuse', status: 404 })
  })

  it('answers 400 for a malformed or missing Host', () => {
    expect(decideHost(null, '/', portal)).toEqual({ kind: 'refuse', status: 400 })
    expect(decideHost('evil.org/../x', '/', portal)).toEqual({ kind: 'refuse', status: 400 })
  })
})

describe('membersReturnPath', () => {
  it.each([
    ['/example-county/en/members/briefing', '/example-county/en/members/briefing'],
    ['/example-county/en/members', '/example-county/en/members'],
    [null, '/example-county/en/members'],
    ['https://evil.example/', '/example-county/en/members'],
    ['//evil.example/example-county/en/members', '/example-county/en/members'],
    ['/example-borough/en/members/briefing', '/example-county/en/members'],
    ['/example-county/en/members-other', '/example-county/en/members'],
    ['/example-county/en/members/../../admin', '/example-county/en/members'],
    ['/example-county/en/members/%2e%2e', '/example-county/en/members'],
    ['/example-county/en/members/search?q=home%20address', '/example-county/en/members/search?q=home%20address'],
    ['/example-county/en/members/search?q=a&next=https://evil.example', '/example-county/en/members'],
    ['/example-county/en/members/search?q=//evil.example', '/example-county/en/members'],
    ['/example-borough/en/members/search?q=x', '/example-county/en/members'],
  ])('after signing in, %j goes to %j', (next, expected) => {
    expect(membersReturnPath('/example-county/en', next)).toBe(expected)
  })
})

describe('portalOrigins (the admin\'s CSRF allowlist)', () => {
  it('names every portal host with the server URL\'s scheme and port, and plain http on loopback', () => {
    expect(portalOrigins('https://portal.example.org', 'www.portal.example.org').sort()).toEqual(
      [
        'http://127.0.0.1',
        'http://[::1]',
        'http://localhost',
        'https://127.0.0.1',
        'https://[::1]',
        'https://localhost',
        'https://portal.example.org',
        'https://www.portal.example.org',
      ].sort(),
    )
  })

  it('keeps the port, so the admin works on localhost and 127.0.0.1 alike in development and tests', () => {
    expect(portalOrigins('http://127.0.0.1:41989', undefined).sort()).toEqual(['http://127.0.0.1:41989', 'http://[::1]:41989', 'http://localhost:41989'].sort())
  })
})
