import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { CSSProperties, ReactNode } from 'react'

import { LanguageSwitcher } from '@/components/site/LanguageSwitcher.client'
import { getEmergencyRoute } from '@/data/contacts'
import { serverEnv } from '@/env'
import { QuickExit } from '@/components/site/QuickExit.client'
import { localeNames } from '@/i18n/locales'
import { homePath, resolveSite } from '@/i18n/siteParams'
import { isHexColour } from '@/lib/colour'

import '../../site.css'

type Params = Promise<{ tenant: string; locale: string }>

/** Pages are rendered on first request and then served from the cache until content changes. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  return {
    metadataBase: new URL(serverEnv().NEXT_PUBLIC_SERVER_URL),
    title: { template: `%s · ${site.tenant.name}`, default: site.tenant.name },
  }
}

export default async function TenantLayout({ children, params }: { children: ReactNode; params: Params }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  const { tenant, locale, home, via } = site
  setRequestLocale(locale)
  const [t, route] = await Promise.all([getTranslations({ locale, namespace: 'Site' }), getEmergencyRoute(tenant.slug, locale)])
  // The banner follows the tenant's emergency route: 999, then the police on 101 by force name.
  const police = route?.find((step) => step.step === 'police')
  // Colours were validated on save; checked again here because they go into a style attribute.
  const style = {
    ...(tenant.primaryColour && isHexColour(tenant.primaryColour) ? { '--colour-primary': tenant.primaryColour } : {}),
    ...(tenant.accentColour && isHexColour(tenant.accentColour) ? { '--colour-accent': tenant.accentColour } : {}),
  } as CSSProperties
  return (
    <html lang={locale}>
      <body style={style}>
        <a className="skip-link" href="#main">
          {t('skipLink')}
        </a>
        <QuickExit label={t('quickExit')} hint={t('quickExitHint')} />
        <p className="emergency-banner">
          {t('emergencyBanner')} <a href="tel:999">999</a>
          {police && police.step === 'police' ? (
            <>
              {' · '}
              {t('policeBanner')} <a href={police.phone.uri}>{police.phone.display}</a>
              {police.force ? ` (${police.force})` : null}
            </>
          ) : null}
          {' · '}
          <a href={`${home}/abuse-happening-now`}>{t('emergencyPage')}</a>
        </p>
        <header className="site-header">
          <a className="site-name" href={home}>
            {tenant.logo ? (
              // eslint-disable-next-line @next/next/no-img-element -- logos are small uploads served by Payload
              <img src={tenant.logo.url} alt="" width={tenant.logo.width ?? undefined} height={tenant.logo.height ?? undefined} className="site-logo" />
            ) : null}
            {tenant.name}
          </a>
          <LanguageSwitcher
            label={t('languages')}
            current={locale}
            options={tenant.locales.map((code) => ({ code, name: localeNames[code], home: homePath(tenant, code, via) }))}
          />
        </header>
        {children}
        <footer className="site-footer">
          <ul>
            <li>
              <a href={`${home}/contacts`}>{t('footerContacts')}</a>
            </li>
            <li>
              <a href={`${home}/rules-of-engagement`}>{t('footerRules')}</a>
            </li>
            <li>
              <a href={`${home}/accessibility`}>{t('footerAccessibility')}</a>
            </li>
            <li>
              <a href={`${home}/members`}>{t('footerMembers')}</a>
            </li>
          </ul>
          <p>{t('footerPoweredBy')}</p>
        </footer>
      </body>
    </html>
  )
}
