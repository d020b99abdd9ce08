/**
 * Every cache tag the site uses, in one place, so that the getters that declare them and the
 * hooks that revalidate them cannot drift apart. Keys always include tenant and locale where the
 * content depends on them.
 */
export const cacheTags = {
  /** The list of active tenants (directory, host lookup). */
  tenants: 'tenants',
  /** Everything shown for one tenant (its branding, settings). */
  tenant: (slug: string) => `tenant:${slug}`,
  /** One tenant's own pages (tailored, hidden, local). */
  pages: (slug: string) => `pages:${slug}`,
  /** National pages: every tenant's page views carry this tag, so a baseline edit reaches all. */
  allPages: 'pages:all',
  /** One tenant's own engagement templates (rules of engagement, bio builder, infographic). */
  engagementTemplates: (slug: string) => `engagement-templates:${slug}`,
  /** The baseline's engagement templates, inherited by every tenant without its own. */
  engagementBaseline: 'engagement-templates:baseline',
  /** One tenant's contacts page, emergency route and vCards (its own contacts). */
  contacts: (slug: string) => `contacts:${slug}`,
  /** Every tenant's contacts: national contacts are inherited by all of them. */
  contactsAll: 'contacts:all',
  /** The search synonyms of every language (one small list, read by every search). */
  searchSynonyms: 'search-synonyms',
} as const
