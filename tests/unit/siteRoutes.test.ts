import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { validatePageSlug } from '@/collections/Pages/fields/validateSlug'
import { footerRoutes, membersAreaSegments, sitemapPaths, sitePath, siteRouteSegments } from '@/lib/siteRoutes'
import en from '@/messages/en.json'

describe('the site route registry', () => {
  it('keeps page slugs off every first segment the site uses, and off the sitemap', () => {
    expect([...siteRouteSegments].sort()).toEqual(['accessibility', 'app-icon', 'contacts', 'hide-your-visit', 'invitation', 'login', 'members', 'rules-of-engagement', 'search', 'sitemap.xml'])
  })

  it("keeps members-only page slugs off the members' area's own pages (the incident log)", async () => {
    expect(membersAreaSegments).toEqual(['incidents', 'shared', 'two-factor', 'search'])
    // Refused before the database is asked: no request is needed for these.
    const req = {} as PayloadRequest
    for (const slug of ['incidents', 'members', 'invitation', 'search']) {
      expect(await validatePageSlug(slug, { req })).toBe(`"${slug}" is used by the site itself; choose another slug.`)
    }
  })

  it('lists the public pages, never the sign-in or members-only ones, in the sitemap', () => {
    expect(sitemapPaths).toEqual(['', '/contacts', '/rules-of-engagement', '/rules-of-engagement/candidate', '/accessibility'])
  })

  it('links the footer in order, each label a message of the Site namespace', () => {
    expect(footerRoutes.map(({ route }) => sitePath('/example-county/cy', route))).toEqual([
      '/example-county/cy/contacts',
      '/example-county/cy/rules-of-engagement',
      '/example-county/cy/accessibility',
      '/example-county/cy/members',
    ])
    for (const { label } of footerRoutes) expect(en.Site[label]).toEqual(expect.any(String))
  })
})
