import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { ReactNode } from 'react'

import type { EngagementAudience } from '@/collections/EngagementTemplates/audiences'
import { BioBuilder } from '@/components/BioBuilder'
import { getEngagement, type EngagementContent } from '@/data/engagement'
import { alternatesFor } from '@/i18n/alternates'
import { resolveSite, type Site } from '@/data/site'

import { buildBio } from './buildBio'

export type Params = Promise<{ tenant: string; locale: string }>

/**
 * Each audience has its own address, so that both pages are rendered once and served from the
 * cache (an audience in the query string would make the page render on every request): the
 * councillor version at the contract's /rules-of-engagement, the candidate one below it.
 */
export function audiencePath(audience: EngagementAudience): string {
  return audience === 'councillor' ? '/rules-of-engagement' : `/rules-of-engagement/${audience}`
}

export async function rulesOfEngagementMetadata(params: Params, audience: EngagementAudience): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const t = await getTranslations({
    locale: site.locale,
    namespace: 'RulesOfEngagement',
  })
  return {
    title: t('heading'),
    description: (await getTranslations({ locale: site.locale, namespace: 'Meta' }))('rules', { tenant: site.tenant.name }),
    alternates: alternatesFor(site.tenant, site.locale, audiencePath(audience)),
  }
}

/**
 * The tenant's rules of engagement (its own template, or the national one), the infographic,
 * and the bio builder. A builder submitted without JavaScript is posted to this page and answered
 * by the `buildBio` server action; nothing of it is stored.
 */
export async function RulesOfEngagementView({ params, audience }: { params: Params; audience: EngagementAudience }) {
  const site = await resolveSite(params)
  if (!site) notFound()
  setRequestLocale(site.locale)
  const template = await getEngagement(site, audience)
  if (!template) notFound()
  return <RulesOfEngagementContent site={site} template={template} audience={audience} />
}

/**
 * The page's content for one template. The editors' preview of a draft passes `notice` and
 * `preview`: it shows no infographic (the image is drawn from the published template) and no
 * audience switch (each template is previewed on its own).
 */
export async function RulesOfEngagementContent({
  site,
  template,
  audience,
  notice,
  preview = false,
}: {
  site: Site
  template: EngagementContent
  audience: EngagementAudience
  notice?: ReactNode
  preview?: boolean
}) {
  const { tenant, locale, home } = site
  const t = await getTranslations({ locale, namespace: 'RulesOfEngagement' })
  const base = `${home}/rules-of-engagement`
  const image = `${base}/infographic.png?audience=${audience}`
  return (
    <main id="main">
      {notice}
      <h1>{template.title || t('heading')}</h1>
      {template.translationReview === 'awaiting-review' ? <p className="notice">{t('awaitingReview')}</p> : null}
      {preview ? null : (
        <nav aria-label={t('heading')}>
          <ul className="audience-switch">
            {(['councillor', 'candidate'] as const).map((option) => (
              <li key={option}>
                {option === audience ? (
                  <span aria-current="page">{t(`audience.${option}`)}</span>
                ) : (
                  <a href={`${home}${audiencePath(option)}`}>{t(`audience.${option}`)}</a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p>{template.intro}</p>
      <ol className="rules-list">
        {template.rules.map((rule, index) => (
          <li key={`${index}-${rule}`}>{rule}</li>
        ))}
      </ol>
      {preview ? null : (
        <section aria-labelledby="infographic">
          <h2 id="infographic">{t('infographic.heading')}</h2>
          {/* eslint-disable-next-line @next/next/no-img-element -- a generated image served by our own route */}
          <img
            src={image}
            alt={`${template.title}: ${template.rules.join(' ')}`}
            width={540}
            height={540}
            className="infographic"
            aria-describedby="infographic-description"
          />
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
      )}
      <BioBuilder template={template} locale={locale} action={buildBio.bind(null, { tenant: tenant.slug, locale, audience })} />
    </main>
  )
}
