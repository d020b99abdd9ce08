import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { RefreshOnSave } from '@/components/preview/RefreshOnSave.client'
import { NotFoundDocument } from '@/components/site/NotFoundDocument'
import { brandStyle, SiteChrome } from '@/components/site/SiteChrome'
import { getPreviewSite } from '@/data/preview'
import { getViewer } from '@/data/viewer'
import { notFoundFor } from '@/data/site'

import '../../../site.css'

type Params = Promise<{ tenant: string; locale: string }>

// Drafts are never public: rendered per request for the logged-in editor, never cached, never indexed.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { robots: { index: false, follow: false } }

/**
 * /preview/{tenant}/{locale}/{page id}: Payload's live preview of a draft, in the tenant's own
 * chrome. Its own root layout rather than the public one, so that the public tenant layout stays
 * cacheable (it never reads the session) and national pages, which have no public site, can be
 * shown in the baseline's branding. Anyone who may not preview the tenant gets the same portal 404
 * as an address that names no tenant (the page below refuses them too, which sets the status).
 */
export default async function PreviewLayout({ children, params }: { children: ReactNode; params: Params }) {
  const site = await getPreviewSite(await getViewer(), await params)
  if (!site) return <NotFoundDocument found={await notFoundFor(undefined, undefined, (await headers()).get('accept-language'))}>{children}</NotFoundDocument>
  setRequestLocale(site.locale)
  return (
    <html lang={site.locale}>
      <body style={brandStyle(site.tenant)}>
        <SiteChrome site={site}>{children}</SiteChrome>
        <RefreshOnSave />
      </body>
    </html>
  )
}
