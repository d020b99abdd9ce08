import { getTranslations } from 'next-intl/server'
import type { CSSProperties, ReactNode } from 'react'

import { OfflineSupport } from '@/components/offline/OfflineSupport.client'
import { longDateWords } from '@/lib/offline/savedDate'
import { ErrorStringsProvider } from '@/components/site/ErrorStrings.client'
import { LanguageSwitcher } from '@/components/site/LanguageSwitcher.client'
import { NotFoundProvider } from '@/components/site/NotFound.client'
import { tenantNotFoundStrings } from '@/components/site/notFoundStrings'
import { QuickExit } from '@/components/site/QuickExit.client'
import { quickExitStrings } from '@/components/site/quickExitStrings'
import { SearchForm } from '@/components/site/SearchForm'
import { getEmergencyRoute } from '@/data/contacts'
import { localeNames } from '@/i18n/locales'
import type { Site, TenantSite } from '@/data/site'
import { homePath, serviceWorkerPath, siteScopePath } from '@/i18n/sitePaths'
import { isHexColour } from '@/lib/colour'
import { footerRoutes, sitePath } from '@/lib/siteRoutes'

/** The tenant's colours as CSS custom properties, for the `<body>` of its pages. */
export function brandStyle(tenant: Pick<TenantSite, 'primaryColour' | 'accentColour'>): CSSProperties {
  // Colours were validated on save; checked again here because they go into a style attribute.
  return {
    ...(tenant.primaryColour && isHexColour(tenant.primaryColour) ? { '--colour-primary': tenant.primaryColour } : {}),
    ...(tenant.accentColour && isHexColour(tenant.accentColour) ? { '--colour-accent': tenant.accentColour } : {}),
  } as CSSProperties
}

/** The toolkit page every tenant has for abuse happening now, which the banner links to. */
const EMERGENCY_PAGE = 'abuse-happening-now'

/**
 * Everything around a tenant's page: skip link, quick exit, the emergency banner, the branded
 * header with the language switcher, and the footer. One component, so the public site and an
 * editor's preview of a draft look the same. `offline` (the public site only, never a preview)
 * adds the service worker that keeps pages for reading without a signal.
 */
export async function SiteChrome({ site, offline = false, children }: { site: Site; offline?: boolean; children: ReactNode }) {
  const { tenant, locale, home, via } = site
  const [t, ts, errors, notFound, route, exit, to] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Search' }),
    getTranslations({ locale, namespace: 'Error' }),
    tenantNotFoundStrings(locale, home),
    getEmergencyRoute(site),
    quickExitStrings(locale),
    getTranslations({ locale, namespace: 'Offline' }),
  ])
  // The banner follows the tenant's emergency route: 999, then the police on 101 by force name.
  const police = route?.find((step) => step.step === 'police')
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <QuickExit strings={exit} hideVisitHref={sitePath(home, 'hideYourVisit')} />
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
        <a href={`${home}/${EMERGENCY_PAGE}`}>{t('emergencyPage')}</a>
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
        {/* A disclosure, not a script: the menu opens with a tap, Enter or Space, with or without JavaScript. */}
        <nav className="site-menu" aria-label={ts('navLabel')}>
          <details>
            <summary>{ts('menu')}</summary>
            <ul>
              <li>
                <a href={home}>{t('sections')}</a>
              </li>
              <li>
                <a href={sitePath(home, 'contacts')}>{t('footerContacts')}</a>
              </li>
              <li>
                <a href={sitePath(home, 'rulesOfEngagement')}>{t('footerRules')}</a>
              </li>
              <li>
                <a href={sitePath(home, 'search')}>{ts('title')}</a>
              </li>
            </ul>
          </details>
        </nav>
        <SearchForm action={sitePath(home, 'search')} label={ts('label')} button={ts('button')} id="site-search" />
      </header>
      {offline ? (
        <OfflineSupport
          strings={{ savedCopy: to.raw('savedCopy') as string, dateWords: longDateWords(locale) }}
          workerUrl={serviceWorkerPath(tenant, via)}
          scope={siteScopePath(tenant, via)}
          keep={[`${home}/${EMERGENCY_PAGE}`, sitePath(home, 'contacts')]}
        />
      ) : null}
      {/* error.tsx and not-found.tsx render in place of the page, inside this chrome, so 999 stays on screen. */}
      <ErrorStringsProvider strings={{ title: errors('title'), body: errors('body'), tryAgain: errors('tryAgain'), home: errors('home') }}>
        <NotFoundProvider strings={notFound}>{children}</NotFoundProvider>
      </ErrorStringsProvider>
      <footer className="site-footer">
        <ul>
          {footerRoutes.map(({ route, label }) => (
            <li key={route}>
              <a href={sitePath(home, route)}>{t(label)}</a>
            </li>
          ))}
        </ul>
        <p>{t('footerPoweredBy')}</p>
      </footer>
    </>
  )
}
