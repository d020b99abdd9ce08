import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ForgetSavedPages } from '@/components/offline/ForgetSavedPages.client'
import { alternatesFor } from '@/i18n/alternates'
import { resolveSite } from '@/data/site'

type Params = Promise<{ tenant: string; locale: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const t = await getTranslations({ locale: site.locale, namespace: 'HideYourVisit' })
  // Not for search engines: it is help for someone already here, linked beside Exit this page.
  return { title: t('title'), description: t('intro'), robots: { index: false }, alternates: alternatesFor(site.tenant, site.locale, '/hide-your-visit') }
}

/**
 * How to keep a visit to the toolkit from someone who shares the device (GOV.UK's Exit this
 * page guidance asks for such a page beside the button): private windows, deleting this site from
 * the history, what Exit does and does not do, the pages saved for reading offline (and a button
 * that deletes them), and what no step can hide.
 */
export default async function HideYourVisit({ params }: { params: Params }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  setRequestLocale(site.locale)
  const t = await getTranslations({ locale: site.locale, namespace: 'HideYourVisit' })
  const steps = t.raw('privateSteps') as string[]
  return (
    <main id="main">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <h2>{t('historyHeading')}</h2>
      <p>{t('history')}</p>
      <h2>{t('privateHeading')}</h2>
      <p>{t('private')}</p>
      <ul>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      <h2>{t('exitHeading')}</h2>
      <p>{t('exit')}</p>
      <h2>{t('savedHeading')}</h2>
      <p>{t('saved')}</p>
      <ForgetSavedPages strings={{ button: t('savedButton'), done: t('savedDone'), failed: t('savedFailed') }} />
      <h2>{t('signedInHeading')}</h2>
      <p>{t('signedIn')}</p>
      <h2>{t('limitsHeading')}</h2>
      <p>{t('limits')}</p>
      <p className="notice">
        {t('danger')} <a href="tel:999">999</a>
      </p>
    </main>
  )
}
