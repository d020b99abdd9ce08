import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { blockContextFor } from '@/components/site/blockContext'
import { MembersBanner } from '@/components/site/MembersBanner'
import { SearchResultsView } from '@/components/site/SearchResultsView'
import { searchSite } from '@/data/search'
import { resolveSite } from '@/data/site'
import { parseSearchQuery } from '@/lib/search/query'
import { sitePath } from '@/lib/siteRoutes'

import { signOutAction } from '../../login/actions'
import { memberOrSignIn } from '../viewerOrSignIn'

type Params = Promise<{ tenant: string; locale: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Per user and query, never cached.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const t = await getTranslations({ locale: site.locale, namespace: 'Search' })
  return { title: t('membersTitle'), robots: { index: false, follow: false } }
}

/** `/{tenant}/{locale}/members/search?q=`: the members-only pages and the public toolkit, for a member. */
export default async function MembersSearchPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  setRequestLocale(site.locale)
  const { q } = await searchParams
  const action = sitePath(site.home, 'membersSearch')
  // Sign-in brings the reader back to the same search (the query, as cut and cleaned, in the address).
  const { text } = parseSearchQuery(q)
  // Every character but letters, digits and - . _ ~ percent-encoded: what membersReturnPath accepts.
  const encoded = encodeURIComponent(text).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)
  const viewer = await memberOrSignIn(site, text ? `${action}?q=${encoded}` : action)
  const { tenant: segment } = await params
  const [t, context] = await Promise.all([getTranslations({ locale: site.locale, namespace: 'Search' }), blockContextFor(site, { preview: false })])
  const results = await searchSite(site, q, { values: context.values, members: viewer })
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} locale={site.locale} signOut={signOutAction.bind(null, segment, site.locale)} />
      <SearchResultsView results={results} locale={site.locale} action={action} heading={t('membersTitle')} intro={t('membersIntro', { tenant: site.tenant.name })} />
    </>
  )
}
