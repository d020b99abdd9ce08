import { describe, expect, it } from 'vitest'

import { homePath, placeOfPath, siteVia } from '@/i18n/sitePaths'

describe('site paths', () => {
  it('a dotted first segment is a custom domain, anything else a tenant slug', () => {
    expect(siteVia('example-county')).toBe('path')
    expect(siteVia('safety.county.gov.uk')).toBe('domain')
    expect(homePath({ slug: 'example-county' }, 'cy', 'path')).toBe('/example-county/cy')
    expect(homePath({ slug: 'example-county' }, 'cy', 'domain')).toBe('/cy')
  })

  it.each([
    ['/example-county/cy/wellbeing', 'cy', '/example-county/cy'],
    ['/example-party/gd', 'gd', '/example-party/gd'],
    ['/ga/contacts', 'ga', '/ga'],
    ['/', 'en', '/'],
    [null, 'en', '/'],
    ['/example-county/fr/x', 'en', '/'],
    ['/a/b/cy', 'en', '/'],
  ])('placeOfPath(%j) is %s, home %s', (path, locale, home) => {
    expect(placeOfPath(path)).toEqual({ locale, home })
  })
})
