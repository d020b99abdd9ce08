import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import type { NotFoundSite } from '@/data/site'

import { NotFoundProvider } from './NotFound.client'
import { directoryUrl, portalNotFoundStrings } from './notFoundStrings'
import { brandStyle, SiteChrome } from './SiteChrome'

/**
 * A whole 404 document: in the tenant's chrome when the address names a tenant (an unknown or
 * disabled language), else in the portal's own plain branding, never another tenant's. `children`
 * is the 404's body (NotFoundMain, directly or through a not-found.tsx boundary).
 */
export async function NotFoundDocument({ found, children }: { found: NotFoundSite; children: ReactNode }) {
  if (found.kind === 'tenant') {
    return (
      <html lang={found.site.locale}>
        <body style={brandStyle(found.site.tenant)}>
          <SiteChrome site={found.site}>{children}</SiteChrome>
        </body>
      </html>
    )
  }
  const { locale } = found
  const [site, portal, strings] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'PortalNotFound' }),
    portalNotFoundStrings(locale),
  ])
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {site('skipLink')}
        </a>
        <p className="emergency-banner">
          {site('emergencyBanner')} <a href="tel:999">999</a>
        </p>
        <header className="site-header">
          <a className="site-name" href={directoryUrl()}>
            {portal('portal')}
          </a>
        </header>
        <NotFoundProvider strings={strings}>{children}</NotFoundProvider>
      </body>
    </html>
  )
}

/** The page title of a 404 document. */
export async function notFoundTitle(found: NotFoundSite): Promise<string> {
  const locale = found.kind === 'tenant' ? found.site.locale : found.locale
  const t = await getTranslations({ locale, namespace: 'Site' })
  return found.kind === 'tenant' ? `${t('notFoundTitle')} · ${found.site.tenant.name}` : t('notFoundTitle')
}
