import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { blockContextFor } from '@/components/site/blockContext'
import { MembersBanner } from '@/components/site/MembersBanner'
import { ToolkitPageView } from '@/components/site/ToolkitPageView'
import { getMembersPage } from '@/data/members'
import { getViewer } from '@/data/viewer'
import { resolveSite } from '@/i18n/siteParams'

import { memberOrSignIn } from '../viewerOrSignIn'

type Params = Promise<{ tenant: string; locale: string; slug: string }>

// Per user, never cached: a members-only page is never rendered into a public route.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const { slug } = await params
  // The page's own title for its member; the area's name for anyone else (who is sent away).
  const [page, t] = await Promise.all([
    getViewer().then((viewer) => getMembersPage(site.tenant, site.locale, slug, viewer)),
    getTranslations({ locale: site.locale, namespace: 'Members' }),
  ])
  return { title: page?.title ?? t('areaTitle'), robots: { index: false, follow: false } }
}

export default async function MembersPage({ params }: { params: Params }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  const { tenant, locale, home } = site
  setRequestLocale(locale)
  const { tenant: segment, slug } = await params
  const viewer = await memberOrSignIn(site, `${home}/members/${encodeURIComponent(slug)}`)
  const page = await getMembersPage(tenant, locale, slug, viewer)
  if (!page) notFound()
  const [members, context] = await Promise.all([getTranslations({ locale, namespace: 'Members' }), blockContextFor(tenant, locale, { preview: false })])
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} segment={segment} locale={locale} />
      <ToolkitPageView site={site} page={page} context={context} crumbs={[{ href: `${home}/members`, label: members('areaTitle') }]} />
    </>
  )
}
