import { getTranslations } from 'next-intl/server'

import { HelperForm } from '@/components/site/HelperForm.client'
import { MembersBanner } from '@/components/site/MembersBanner'
import { helperRegister, listHelpers } from '@/data/incidentHelpers'

import { signOutAction } from '../../../login/actions'
import { formatWhen } from '../format'
import { incidentLogMetadata, openIncidentLog } from '../gate'
import { addHelperAction, revokeHelperAction } from './actions'

type Params = Promise<{ tenant: string; locale: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Per user, never cached (Next answers it `Cache-Control: no-store`).
export const dynamic = 'force-dynamic'

export const generateMetadata = incidentLogMetadata('logTitle')

/** The owner's helpers: name one by address, see them, remove one at once, and the record of all of it. */
export default async function HelpersPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { site, viewer, segment, t } = await openIncidentLog(params, '/helpers', { toRecord: true })
  const { locale, home } = site
  const th = await getTranslations({ locale, namespace: 'Helpers' })
  const [helpers, register, query] = await Promise.all([listHelpers(site, viewer), helperRegister(site, viewer), searchParams])
  const tenant = site.tenant.name
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} locale={locale} signOut={signOutAction.bind(null, segment, locale)} />
      <main id="main">
        <p>
          <a href={`${home}/members/incidents`}>{t('backToLog')}</a>
        </p>
        {query.revoked === '1' ? (
          <p className="incident-notice" role="status">
            {th('revoked')}
          </p>
        ) : null}
        <h1>{th('title')}</h1>
        <p>{th('intro', { tenant })}</p>
        <p>{th('revokeNote', { tenant })}</p>
        <HelperForm
          action={addHelperAction.bind(null, segment, locale)}
          strings={{ email: th('emailLabel'), hint: th('emailHint', { tenant }), add: th('add'), adding: th('adding'), errorTitle: th('errorTitle') }}
        />
        <h2>{th('listHeading')}</h2>
        {helpers.length === 0 ? (
          <p>{th('none')}</p>
        ) : (
          <ul className="incident-timeline">
            {helpers.map((helper) => (
              <li key={helper.id}>
                <p>
                  <strong>{helper.name || helper.email}</strong>
                  {helper.name ? ` (${helper.email})` : ''} · {th('since', { date: formatWhen(helper.since, locale) })}
                </p>
                <form action={revokeHelperAction.bind(null, segment, locale, helper.id)} className="inline-form">
                  <button type="submit" className="link-button">
                    {th('revoke', { email: helper.email })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        {register.entries.length > 0 ? (
          <section aria-labelledby="register-heading">
            <h2 id="register-heading">{th('registerHeading')}</h2>
            <p className={register.intact ? undefined : 'course-of-conduct'}>{register.intact ? th('registerIntact') : th('registerBroken')}</p>
            <ol>
              {register.entries.map((entry) => (
                <li key={entry.seq}>{th(entry.action === 'helper-added' ? 'registerAdded' : 'registerRevoked', { date: formatWhen(entry.at, locale), email: entry.helper })}</li>
              ))}
            </ol>
          </section>
        ) : null}
      </main>
    </>
  )
}
