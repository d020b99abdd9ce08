import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { MembersBanner } from '@/components/site/MembersBanner'
import { BUNDLE_ENDPOINT, listBundleChoices } from '@/data/bundle'
import { resolveSite } from '@/data/site'

import { signOutAction } from '../../../login/actions'
import { formatWhen } from '../format'
import { openIncidentLog } from '../gate'

type Params = Promise<{ tenant: string; locale: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Per user, never cached (Next answers it `Cache-Control: no-store`).
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const site = await resolveSite(params)
  if (!site) return {}
  const t = await getTranslations({ locale: site.locale, namespace: 'Bundle' })
  return { title: t('title'), robots: { index: false, follow: false } }
}

/**
 * Choosing what goes into an evidence bundle, and downloading it: a GET form to the bundle's API
 * endpoint (works without JavaScript; the browser saves the ZIP it answers with), every incident
 * ticked to begin with, and a button for all of them. Before it, the warning that original photos
 * may say where they were taken, naming the photos whose originals do (read at upload: a yes/no,
 * never the place), so the councillor can leave an incident out or ask first.
 */
export default async function EvidenceBundlePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { site, viewer, segment, t } = await openIncidentLog(params, '/bundle')
  const { locale, home } = site
  const tb = await getTranslations({ locale, namespace: 'Bundle' })
  const te = await getTranslations({ locale, namespace: 'Evidence' })
  const choices = await listBundleChoices(site, viewer)
  const noneChosen = (await searchParams).error === 'none-chosen'
  const located = choices.flatMap((choice) => choice.located.map((file) => ({ ...file, happenedAt: choice.happenedAt })))
  const unchecked = choices.reduce((sum, choice) => sum + choice.unchecked, 0)
  const anyFiles = choices.some((choice) => choice.files > 0)
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} locale={locale} signOut={signOutAction.bind(null, segment, locale)} />
      <main id="main">
        <p>
          <a href={`${home}/members/incidents`}>{t('backToLog')}</a>
        </p>
        <h1>{tb('title')}</h1>
        <p>{tb('intro')}</p>
        <section className="incident-notice evidence-location" aria-labelledby="location-title">
          <h2 id="location-title">{tb('locationTitle')}</h2>
          <p>{tb('location')}</p>
          {located.length > 0 ? (
            <>
              <p>{tb('locatedIntro')}</p>
              <ul aria-label={tb('locatedLabel')} className="located-list">
                {located.map((file) => (
                  <li key={file.id}>{tb('locatedItem', { name: file.fileName || te('unnamed', { id: file.id }), date: formatWhen(file.happenedAt, locale) })}</li>
                ))}
              </ul>
            </>
          ) : anyFiles ? (
            <p>{tb('locatedNone')}</p>
          ) : null}
          {unchecked > 0 ? <p>{tb('unchecked', { count: unchecked })}</p> : null}
        </section>
        <p>{tb('recorded')}</p>
        {choices.length === 0 ? (
          <p>{tb('none')}</p>
        ) : (
          <form method="get" action={BUNDLE_ENDPOINT} className="incident-form bundle-form">
            {noneChosen ? (
              <div className="error-summary" role="alert" aria-labelledby="bundle-error-title">
                <h2 id="bundle-error-title">{tb('errorTitle')}</h2>
                <p>
                  <a href="#bundle-choice">{tb('noneChosen')}</a>
                </p>
              </div>
            ) : null}
            <input type="hidden" name="tenant" value={site.tenant.id} />
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="back" value={`${home}/members/incidents/bundle`} />
            <fieldset id="bundle-choice" aria-describedby="bundle-choice-hint">
              <legend>{tb('chooseLegend')}</legend>
              <p className="form-hint" id="bundle-choice-hint">
                {tb('chooseHint')}
              </p>
              {choices.map((choice) => (
                <div className="checkbox" key={choice.id}>
                  <input type="checkbox" name="ids" value={choice.id} id={`bundle-${choice.id}`} defaultChecked />
                  <label htmlFor={`bundle-${choice.id}`}>
                    {formatWhen(choice.happenedAt, locale)}
                    {choice.platform ? ` · ${t(`platforms.${choice.platform}`)}` : ''} · {tb('fileCount', { count: choice.files })}
                    {choice.located.length > 0 ? ` · ${tb('locatedCount', { count: choice.located.length })}` : ''}
                  </label>
                </div>
              ))}
            </fieldset>
            <p className="incident-actions">
              <button type="submit" className="button">
                {tb('downloadChosen')}
              </button>
              <button type="submit" name="all" value="1" className="button button--secondary">
                {tb('downloadAll')}
              </button>
            </p>
          </form>
        )}
      </main>
    </>
  )
}
