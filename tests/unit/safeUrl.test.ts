import { describe, expect, it } from 'vitest'

import { lexicalLinkProblems } from '@/fields/lexicalLinks'
import { negotiateLocale } from '@/i18n/negotiate'
import { isExternal, linkProblem, safeHref } from '@/lib/safeUrl'

describe('linkProblem', () => {
  it.each(['https://www.local.gov.uk/', 'http://example.org', 'mailto:mo@example.gov.uk', 'tel:101', '/example-county/en/wellbeing', '#sources'])(
    'accepts %s',
    (url) => expect(linkProblem(url)).toBeNull(),
  )

  it.each([
    ['javascript:alert(1)', /"javascript:" are not allowed/],
    [' JAVASCRIPT:alert(1)', /"javascript:" are not allowed/],
    ['java\nscript:alert(1)', /"javascript:" are not allowed/],
    ['data:text/html;base64,PHNjcmlwdD4=', /"data:" are not allowed/],
    ['vbscript:msgbox(1)', /"vbscript:" are not allowed/],
    ['file:///etc/passwd', /"file:" are not allowed/],
    ['//evil.example/path', /Start the link with https:\/\//],
    ['/\\evil.example/path', /has no "\\"/],
    ['/\t/evil.example/path', /Start the link with https:\/\//],
    ['/en/page\\..', /has no "\\"/],
    ['www.example.org', /Start the link with https:\/\//],
    ['https://', /not a valid web address/],
    ['', /Enter the link address/],
  ])('refuses %j', (url, message) => expect(linkProblem(url)).toMatch(message))

  it('safeHref neutralises, isExternal spots off-site links', () => {
    expect(safeHref('javascript:alert(1)')).toBe('#')
    expect(safeHref(' https://example.org ')).toBe('https://example.org')
    expect(isExternal('https://example.org')).toBe(true)
    expect(isExternal('/local')).toBe(false)
  })
})

describe('lexicalLinkProblems', () => {
  const doc = (url: string, linkType = 'custom') => ({
    root: { children: [{ type: 'paragraph', children: [{ type: 'link', fields: { url, linkType }, children: [] }] }] },
  })

  it('finds a dangerous link anywhere in the tree, internal links included', () => {
    expect(lexicalLinkProblems(doc('javascript:alert(1)'))).toEqual(['javascript:alert(1): Links starting with "javascript:" are not allowed.'])
    expect(lexicalLinkProblems(doc('https://example.org'))).toEqual([])
    // No collection can be linked to in the editor: an "internal" link is hand-made, and refused.
    expect(lexicalLinkProblems(doc('', 'internal'))).toEqual([': Links to documents are not available; link to an address.'])
    expect(lexicalLinkProblems(doc('/\\evil.example'))).toEqual(['/\\evil.example: A link within this site has no "\\" in it.'])
    expect(lexicalLinkProblems(null)).toEqual([])
  })
})

describe('negotiateLocale', () => {
  it.each([
    ['cy-GB,cy;q=0.9,en;q=0.5', ['en', 'cy'], 'cy'],
    ['en-GB,en;q=0.9,cy;q=0.8', ['en', 'cy'], 'en'],
    ['fr-FR,fr;q=0.9', ['en', 'cy'], 'en'],
    ['gd;q=0.4,en;q=0.3', ['en', 'gd'], 'gd'],
    ['cy;q=0, en', ['en', 'cy'], 'en'],
    ['*', ['en', 'cy'], 'en'],
    ['', ['en', 'cy'], 'en'],
    ['cy;q=abc', ['en', 'cy'], 'cy'],
    ['x!!,cy', ['en', 'cy'], 'cy'],
    ['*;q=0.9,gd-Latn-GB;q=0.5', ['en', 'gd'], 'gd'],
  ] as const)('%j with %j → %s', (header, available, expected) => {
    expect(negotiateLocale(header, available, 'en')).toBe(expected)
  })

  it('uses the tenant default when nothing matches', () => {
    expect(negotiateLocale('fr', ['en', 'cy'], 'cy')).toBe('cy')
    expect(negotiateLocale('x'.repeat(2000), ['en', 'cy'], 'cy')).toBe('cy')
  })
})
