import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { localeNames } from '@/i18n/locales'
import { alternatesFor, tenantSiteUrl } from '@/i18n/alternates'
import { formatLongDate } from '@/i18n/formatDate'
import { resolveSite } from '@/data/site'

type Params = Promise<{ tenant: string; locale: string }>

/** When this statement's content was last reviewed against the site (update with the site). */
const PREPARED = '2026-11-24'

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const t = await getTranslations({ locale: site.locale, namespace: 'Accessibility' })
  const meta = await getTranslations({ locale: site.locale, namespace: 'Meta' })
  return { title: t('title'), description: meta('accessibility'), alternates: alternatesFor(site.tenant, site.locale, '/accessibility') }
}

/**
 * The accessibility statement every UK public-sector site needs (Public Sector Bodies
 * Accessibility Regulations 2018), generated from the tenant's own data: its name, address,
 * languages and contacts page.
 */
export default async function AccessibilityStatement({ params }: { params: Params }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  const { tenant, locale, home } = site
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Accessibility' })
  const url = tenantSiteUrl(tenant)
  const date = formatLongDate(PREPARED, locale)
  const canDo = t.raw('canDo') as string[]
  return (
    <main id="main">
      <h1>{t('title')}</h1>
      <p>{t('intro', { tenant: tenant.name, url })}</p>
      <p>{t('standard')}</p>
      <h2>{t('canDoHeading')}</h2>
      <ul>
        {canDo.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{t('languagesHeading')}</h2>
      <p>{t('languages', { languages: tenant.locales.map((code) => localeNames[code]).join(', ') })}</p>
      <h2>{t('testingHeading')}</h2>
      <p>{t('testing')}</p>
      <h2>{t('knownHeading')}</h2>
      <p>{t('known')}</p>
      <h2>{t('feedbackHeading')}</h2>
      <p>
        {t('feedback', { tenant: tenant.name })} <a href={`${home}/contacts`}>{t('feedbackContact')}</a>
      </p>
      <h2>{t('enforcementHeading')}</h2>
      <p>
        {t('enforcement')}{' '}
        <a href="https://www.equalityadvisoryservice.com/" rel="noopener noreferrer">
          EASS
        </a>
      </p>
      <p className="muted">{t('prepared', { date })}</p>
    </main>
  )
}
