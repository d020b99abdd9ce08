import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { NotFoundDocument, notFoundTitle } from '@/components/site/NotFoundDocument'
import { brandStyle, SiteChrome } from '@/components/site/SiteChrome'
import { serverEnv } from '@/env'
import { notFoundFor } from '@/data/site'
import { resolveSite } from '@/data/site'

import '../../site.css'

type Params = Promise<{ tenant: string; locale: string }>

/** Pages are rendered on first request and then served from the cache until content changes. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) {
    const { tenant, locale } = await params
    return { title: await notFoundTitle(await notFoundFor(tenant, locale, null)) }
  }
  return {
    metadataBase: new URL(serverEnv().NEXT_PUBLIC_SERVER_URL),
    title: { template: `%s · ${site.tenant.name}`, default: site.tenant.name },
    // Relative, so that on a tenant's own domain it is fetched from that domain (a manifest must
    // share the origin of the pages it describes).
    manifest: `${site.home}/manifest.webmanifest`,
  }
}

export default async function TenantLayout({ children, params }: { children: ReactNode; params: Params }) {
  const site = await resolveSite(params)
  if (!site) {
    // No tenant site at this address. A notFound() here would bubble above this root layout, where
    // Next has only its own unbranded 404. Instead this layout draws the 404 document itself (the
    // tenant's, for an unknown or disabled language; else the portal's, in the path's language:
    // this route is cached, so Accept-Language cannot choose) around `children`, and every page
    // below resolves the site itself and calls notFound(), which gives the 404 status and renders
    // not-found.tsx inside this document.
    const { tenant, locale } = await params
    return <NotFoundDocument found={await notFoundFor(tenant, locale, null)}>{children}</NotFoundDocument>
  }
  setRequestLocale(site.locale)
  return (
    <html lang={site.locale}>
      <body style={brandStyle(site.tenant)}>
        <SiteChrome site={site} offline>
          {children}
        </SiteChrome>
      </body>
    </html>
  )
}
