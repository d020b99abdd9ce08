import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { cache } from 'react'

import { blockContextFor } from '@/components/site/blockContext'
import { ToolkitPageView } from '@/components/site/ToolkitPageView'
import { getPreviewPage, getPreviewSite } from '@/data/preview'
import { getViewer } from '@/data/viewer'
import { parseDocId } from '@/lib/docId'

import { previewMetadata } from '../../../previewMetadata'

type Params = Promise<{ tenant: string; locale: string; id: string }>

export const dynamic = 'force-dynamic'

/** One load per request for the metadata and the page, each check made again as the viewer. */
const load = cache(async (tenant: string, locale: string, rawId: string) => {
  const viewer = await getViewer()
  const id = parseDocId(rawId)
  const site = id === null ? null : await getPreviewSite(viewer, { tenant, locale })
  if (!viewer || !site || id === null) return null
  const found = await getPreviewPage(viewer, site, id)
  return found ? { site, ...found } : null
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { tenant, locale, id } = await params
  const loaded = await load(tenant, locale, id)
  return previewMetadata(loaded && { locale: loaded.site.locale, title: loaded.page.title })
}

export default async function PreviewPage({ params }: { params: Params }) {
  const { tenant, locale, id } = await params
  const loaded = await load(tenant, locale, id)
  if (!loaded) notFound()
  const { site, page, audience } = loaded
  setRequestLocale(site.locale)
  const [t, context] = await Promise.all([
    getTranslations({ locale: site.locale, namespace: 'Preview' }),
    // Editors see "not set" where a tenant value is missing; the public sees the national wording.
    blockContextFor(site, { preview: true }),
  ])
  const notice = (
    <p className="notice preview-notice">
      {t('notice')}
      {audience === 'members' ? ` ${t('membersOnly')}` : null}
    </p>
  )
  return <ToolkitPageView site={site} page={page} context={context} notice={notice} />
}
