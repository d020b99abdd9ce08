import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { cache } from 'react'

import { blockContextFor } from '@/components/site/blockContext'
import { MembersBanner } from '@/components/site/MembersBanner'
import { ToolkitPageView } from '@/components/site/ToolkitPageView'
import { getMembersPage } from '@/data/members'
import { getViewer } from '@/data/viewer'
import { resolveSite } from '@/data/site'

import { signOutAction } from '../../login/actions'
import { memberOrSignIn } from '../viewerOrSignIn'

type Params = Promise<{ tenant: string; locale: string; slug: string }>

// Per user, never cached: a members-only page is never rendered into a public route.
export const dynamic = 'force-dynamic'

/** One load per request for the metadata and the page. */
const load = cache(async (segment: string, locale: string, slug: string) => {
  const site = await resolveSite(Promise.resolve({ tenant: segment, locale }))
  if (!site) return null
  const page = await getMembersPage(site, slug, await getViewer())
  return { site, page }
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { tenant, locale, slug } = await params
  const loaded = await load(tenant, locale, slug)
  if (!loaded) return {}
  // The page's own title for its member; the area's name for anyone else (who is sent away).
  const t = await getTranslations({ locale: loaded.site.locale, namespace: 'Members' })
  return { title: loaded.page?.title ?? t('areaTitle'), robots: { index: false, follow: false } }
}

export default async function MembersPage({ params }: { params: Params }) {
  const { tenant: segment, locale: requested, slug } = await params
  const loaded = await load(segment, requested, slug)
  if (!loaded) notFound()
  const { site, page } = loaded
  const { locale, home } = site
  setRequestLocale(locale)
  const viewer = await memberOrSignIn(site, `${home}/members/${encodeURIComponent(slug)}`)
  if (!page) notFound()
  const [members, context] = await Promise.all([getTranslations({ locale, namespace: 'Members' }), blockContextFor(site, { preview: false })])
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} locale={locale} signOut={signOutAction.bind(null, segment, locale)} />
      <ToolkitPageView site={site} page={page} context={context} crumbs={[{ href: `${home}/members`, label: members('areaTitle') }]} pathInSite={`/members/${encodeURIComponent(page.slug)}`} />
    </>
  )
}
