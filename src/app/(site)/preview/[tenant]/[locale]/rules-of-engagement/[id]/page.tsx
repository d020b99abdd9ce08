import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { cache } from 'react'

import { RulesOfEngagementContent } from '@/app/(site)/[tenant]/[locale]/rules-of-engagement/RulesOfEngagementView'
import { getPreviewSite, getPreviewTemplate } from '@/data/preview'
import { getViewer } from '@/data/viewer'
import { parseDocId } from '@/lib/docId'

import '@/components/BioBuilder/bioBuilder.css'

import { previewMetadata } from '../../../../previewMetadata'

type Params = Promise<{ tenant: string; locale: string; id: string }>

export const dynamic = 'force-dynamic'

/** One load per request for the metadata and the page, each check made again as the viewer. */
const load = cache(async (tenant: string, locale: string, rawId: string) => {
  const viewer = await getViewer()
  const id = parseDocId(rawId)
  const site = id === null ? null : await getPreviewSite(viewer, { tenant, locale })
  if (!viewer || !site || id === null) return null
  const template = await getPreviewTemplate(viewer, site, id)
  return template ? { site, template } : null
})

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { tenant, locale, id } = await params
  const loaded = await load(tenant, locale, id)
  return previewMetadata(loaded && { locale: loaded.site.locale, title: loaded.template.title })
}

/** An editor's draft of a rules-of-engagement template, on the tenant's branded page. */
export default async function TemplatePreviewPage({ params }: { params: Params }) {
  const { tenant, locale, id } = await params
  const loaded = await load(tenant, locale, id)
  if (!loaded) notFound()
  const { site, template } = loaded
  setRequestLocale(site.locale)
  const t = await getTranslations({ locale: site.locale, namespace: 'Preview' })
  const notice = (
    <p className="notice preview-notice">
      {t('notice')} {t('infographicNote')}
    </p>
  )
  return <RulesOfEngagementContent site={site} template={template} audience={template.audience} notice={notice} preview />
}
