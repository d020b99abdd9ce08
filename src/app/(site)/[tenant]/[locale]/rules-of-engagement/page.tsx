import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { BioBuilder } from '@/components/BioBuilder'
import { getEngagement, isEngagementAudience } from '@/data/engagement'
import { alternatesFor } from '@/i18n/alternates'
import { resolveSite } from '@/i18n/siteParams'

import { buildBio } from './buildBio'

import '@/components/BioBuilder/bioBuilder.css'

/**
 * Per request: the audience arrives in the query string. (The tenant layout opts the site into
 * on-demand static rendering, in which reading searchParams fails with DYNAMIC_SERVER_USAGE.)
 */
export const dynamic = 'force-dynamic'

type Params = Promise<{ tenant: string; locale: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const t = await getTranslations({ locale: site.locale, namespace: 'RulesOfEngagement' })
  return { title: t('heading'), alternates: alternatesFor(site.tenant, site.locale, '/rules-of-engagement') }
}

/**
 * The tenant's rules of engagement (its own template, or the national one), the infographic,
 * and the bio builder. A builder submitted without JavaScript is posted to this page and answered
 * by the `buildBio` server action; nothing of it is stored.
 */
export default async function RulesOfEngagementPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  const { tenant, locale, home } = site
  setRequestLocale(locale)
  const query = await searchParams
  const requested = typeof query.audience === 'string' ? query.audience : 'councillor'
  const audience = isEngagementAudience(requested) ? requested : 'councillor'
  const [view, t] = await Promise.all([getEngagement(tenant.slug, locale, audience), getTranslations({ locale, namespace: 'RulesOfEngagement' })])
  if (!view?.template) notFound()
  const { template } = view
  const base = `${home}/rules-of-engagement`
  const image = `${base}/infographic.png?audience=${audience}`
  return (
    <main id="main">
      <h1>{template.title || t('heading')}</h1>
      {template.translationReview === 'awaiting-review' ? <p className="notice">{t('awaitingReview')}</p> : null}
      <nav aria-label={t('heading')}>
        <ul className="audience-switch">
          {(['councillor', 'candidate'] as const).map((option) => (
            <li key={option}>
              {option === audience ? (
                <span aria-current="page">{t(`audience.${option}`)}</span>
              ) : (
                <a href={`${base}?audience=${option}`}>{t(`audience.${option}`)}</a>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <p>{template.intro}</p>
      <ol className="rules-list">
        {template.rules.map((rule, index) => (
          <li key={`${index}-${rule}`}>{rule}</li>
        ))}
      </ol>
      <section aria-labelledby="infographic">
        <h2 id="infographic">{t('infographic.heading')}</h2>
        {/* eslint-disable-next-line @next/next/no-img-element -- a generated image served by our own route */}
        <img src={image} alt={`${template.title}: ${template.rules.join(' ')}`} width={540} height={540} className="infographic" aria-describedby="infographic-description" />
        <details>
          <summary>{t('infographic.longDescription')}</summary>
          <div id="infographic-description">
            <p>{template.intro}</p>
            <ol>
              {template.rules.map((rule, index) => (
                <li key={`${index}-${rule}`}>{rule}</li>
              ))}
            </ol>
          </div>
        </details>
        <ul>
          <li>
            <a href={image}>{t('infographic.square')}</a>
          </li>
          <li>
            <a href={`${base}/infographic.png?audience=${audience}&format=a4`}>{t('infographic.a4')}</a>
          </li>
          <li>
            <a href={`${base}/infographic.svg?audience=${audience}`}>{t('infographic.svg')}</a>
          </li>
        </ul>
      </section>
      <BioBuilder template={template} locale={locale} action={buildBio.bind(null, { tenant: tenant.slug, locale, audience })} />
    </main>
  )
}
