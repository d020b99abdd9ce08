import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { blockContextFor } from '@/components/site/blockContext'
import { SearchResultsView } from '@/components/site/SearchResultsView'
import { searchSite } from '@/data/search'
import { resolveSite } from '@/data/site'
import { sitePath } from '@/lib/siteRoutes'

type Params = Promise<{ tenant: string; locale: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Per query: never in Next's cache or a shared one (the proxy treats /search as personal, so Next
// answers `Cache-Control: private, no-cache, no-store`), and not for search engines.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const t = await getTranslations({ locale: site.locale, namespace: 'Search' })
  const meta = await getTranslations({ locale: site.locale, namespace: 'Meta' })
  return { title: t('title'), description: meta('search', { tenant: site.tenant.name }), robots: { index: false, follow: false } }
}

/** `/{tenant}/{locale}/search?q=`: the tenant's public toolkit, as its readers see it. */
export default async function SearchPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  setRequestLocale(site.locale)
  const [{ q }, t, context] = await Promise.all([searchParams, getTranslations({ locale: site.locale, namespace: 'Search' }), blockContextFor(site, { preview: false })])
  const results = await searchSite(site, q, { values: context.values })
  return <SearchResultsView results={results} locale={site.locale} action={sitePath(site.home, 'search')} heading={t('title')} />
}
