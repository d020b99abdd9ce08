/**
 * The site's own pages under /{tenant}/{locale}/, beside the toolkit pages: the one list that the
 * page-slug check (src/collections/Pages/fields/validateSlug.ts), the sitemap, the footer and the
 * proxy's choice of security headers read, so a new route is named once.
 *
 * - `path`: the address below the tenant's home, without a leading slash;
 * - `sitemap`: public, the same for every reader, so listed for search engines;
 * - `footer`: linked from every page's footer (its label is `Site.<footer>` in src/messages);
 * - `personal`: rendered per request (for one signed-in reader, or one query), so the proxy gives it a fresh CSP
 *   nonce and `no-store` (src/lib/securityHeaders.ts); the others are cached and shared.
 */
export const siteRoutes = {
  contacts: { path: 'contacts', sitemap: true, footer: 'footerContacts', personal: false },
  rulesOfEngagement: { path: 'rules-of-engagement', sitemap: true, footer: 'footerRules', personal: false },
  candidateRules: { path: 'rules-of-engagement/candidate', sitemap: true, footer: null, personal: false },
  accessibility: { path: 'accessibility', sitemap: true, footer: 'footerAccessibility', personal: false },
  hideYourVisit: { path: 'hide-your-visit', sitemap: false, footer: null, personal: false },
  login: { path: 'login', sitemap: false, footer: null, personal: true },
  members: { path: 'members', sitemap: false, footer: 'footerMembers', personal: true },
  invitation: { path: 'invitation', sitemap: false, footer: null, personal: true },
  incidentLog: { path: 'members/incidents', sitemap: false, footer: null, personal: true },
  // The incident logs whose owners named the reader a helper (src/data/incidentHelpers.ts).
  sharedLogs: { path: 'members/shared', sitemap: false, footer: null, personal: true },
  // Two-step sign-in: the code page of a sign-in, and the member's own settings and recovery codes.
  loginTwoFactor: { path: 'login/two-factor', sitemap: false, footer: null, personal: true },
  twoFactor: { path: 'members/two-factor', sitemap: false, footer: null, personal: true },
  recoveryCodes: { path: 'members/two-factor/recovery-codes', sitemap: false, footer: null, personal: true },
  // Results depend on what was typed (and, in the members' area, on who asks): never cached or listed.
  search: { path: 'search', sitemap: false, footer: null, personal: true },
  membersSearch: { path: 'members/search', sitemap: false, footer: null, personal: true },
} as const satisfies Record<string, { path: string; sitemap: boolean; footer: string | null; personal: boolean }>

export type SiteRoute = keyof typeof siteRoutes

/** `/{home}/{route}`, where `home` is the tenant's home as the reader reached it (`homePath`). */
export function sitePath(home: string, route: SiteRoute): string {
  return `${home}/${siteRoutes[route].path}`
}

/** The routes of the footer, in footer order, with their message key. */
export const footerRoutes = (Object.keys(siteRoutes) as SiteRoute[]).flatMap((route) => {
  const footer = siteRoutes[route].footer
  return footer === null ? [] : [{ route, label: footer }]
})

/** Paths below the home that the sitemap lists besides the toolkit pages ('' is the home itself). */
export const sitemapPaths: readonly string[] = [
  '',
  ...Object.values(siteRoutes).flatMap((route) => (route.sitemap ? [`/${route.path}`] : [])),
]

/**
 * First path segments the site uses under /{tenant}/{locale}/ (and the sitemap's file, the home-screen icons), which a
 * page slug therefore may not take: a page called "members" would be shadowed by the members' area.
 */
export const siteRouteSegments: readonly string[] = [
  ...new Set([...Object.values(siteRoutes).map((route) => route.path.split('/')[0] ?? route.path), 'sitemap.xml', 'app-icon']),
]

/** First segments under /{tenant}/{locale}/ of the pages rendered per request (sign-in, members' area). */
export const personalSegments: ReadonlySet<string> = new Set(
  Object.values(siteRoutes).flatMap((route) => (route.personal ? [route.path.split('/')[0] ?? route.path] : [])),
)

/**
 * Segments the members' area uses under /{tenant}/{locale}/members/ (the incident log), which a
 * members-only page's slug therefore may not take: /members/incidents would never show it.
 */
export const membersAreaSegments: readonly string[] = [
  ...new Set(Object.values(siteRoutes).flatMap((route) => (route.path.startsWith('members/') ? [route.path.split('/')[1] ?? ''] : []))),
]
