import { getTranslations } from 'next-intl/server'

import { MembersBanner } from '@/components/site/MembersBanner'
import { listDrafts } from '@/data/incidentDrafts'
import { displayNames } from '@/data/incidentHelpers'
import { listIncidents } from '@/data/incidents'
import { listMyReports, officersChangedNotice } from '@/data/incidentReports'

import { signOutAction } from '../../login/actions'
import { discardDraftAction } from './actions'
import { formatWhen } from './format'
import { incidentLogMetadata, openIncidentLog } from './gate'

type Params = Promise<{ tenant: string; locale: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Per user, never cached (Next answers it `Cache-Control: no-store`).
export const dynamic = 'force-dynamic'

export const generateMetadata = incidentLogMetadata('logTitle')

/** Excerpt length on the timeline: enough to recognise an incident, short on a phone. */
const EXCERPT = 160

/** The signed-in person's incidents as a timeline, newest first. */
export default async function IncidentLogPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { site, viewer, segment, t } = await openIncidentLog(params)
  const { locale, home } = site
  const [incidents, drafts, query] = await Promise.all([listIncidents(site, viewer), listDrafts(site, viewer), searchParams])
  // After a delete or discard: one plain sentence saying it is done.
  const done = query.deleted === '1' ? t('deletedNotice') : query.logDeleted === '1' ? t('logDeletedNotice') : query.draftDiscarded === '1' ? t('draftDiscarded') : null
  const tb = await getTranslations({ locale, namespace: 'Bundle' })
  const reports = await listMyReports(site, viewer)
  const officersChanged = await officersChangedNotice(site, viewer)
  const tr = await getTranslations({ locale, namespace: 'Reports' })
  const th = await getTranslations({ locale, namespace: 'Helpers' })
  // Incidents a helper added for the owner say who added them.
  const helperNames = await displayNames(incidents.flatMap((incident) => (incident.addedBy === null ? [] : [incident.addedBy])))
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} locale={locale} signOut={signOutAction.bind(null, segment, locale)} />
      <main id="main">
        {done ? (
          <p className="incident-notice" role="status">
            {done}
          </p>
        ) : null}
        <h1>{t('logTitle')}</h1>
        {officersChanged ? (
          <section className="incident-notice" aria-labelledby="officers-changed-title">
            <h2 id="officers-changed-title">{tr('officersChangedTitle')}</h2>
            <p>
              {officersChanged.officers.length > 0
                ? tr('officersChanged', {
                    date: formatWhen(officersChanged.changedAt, locale),
                    tenant: site.tenant.name,
                    officers: officersChanged.officers.map((officer) => tr('officerLine', { name: officer.name, title: officer.title })).join('; '),
                  })
                : tr('officersChangedNone', { date: formatWhen(officersChanged.changedAt, locale), tenant: site.tenant.name })}
            </p>
          </section>
        ) : null}
        <p>{t('logIntro')}</p>
        <p>{t('privacy')}</p>
        <p className="incident-actions">
          <a className="button" href={`${home}/members/incidents/new`}>
            {t('recordLink')}
          </a>
          <a href={`${home}/members/incidents/patterns`}>{t('patternsLink')}</a>
          {incidents.length > 0 ? <a href={`${home}/members/incidents/bundle`}>{tb('link')}</a> : null}
          <a href={`${home}/members/incidents/helpers`}>{th('manageLink')}</a>
        </p>
        {drafts.length > 0 ? (
          <section aria-labelledby="drafts-heading">
            <h2 id="drafts-heading">{t('draftsHeading')}</h2>
            <p>{t('draftsIntro')}</p>
            <ul className="incident-timeline">
              {drafts.map((draft) => {
                const when = formatWhen(draft.updatedAt, locale)
                return (
                  <li key={draft.id}>
                    <p>{draft.excerpt || t('draftNoText')}</p>
                    <div className="incident-actions">
                      <a href={`${home}/members/incidents/new?draft=${draft.id}`}>{t('draftContinue', { date: when })}</a>
                      <form action={discardDraftAction.bind(null, segment, locale, draft.id)} className="inline-form">
                        <button type="submit" className="link-button">
                          {t('draftDiscard', { date: when })}
                        </button>
                      </form>
                    </div>
                  </li>
                )
              })}
            </ul>
          </section>
        ) : null}
        <h2>{t('timelineHeading')}</h2>
        {incidents.length === 0 ? (
          <p>{t('noIncidents')}</p>
        ) : (
          <ol className="incident-timeline">
            {incidents.map((incident) => {
              const when = formatWhen(incident.happenedAt, locale)
              const excerpt = incident.whatHappened.length > EXCERPT ? `${incident.whatHappened.slice(0, EXCERPT)}…` : incident.whatHappened
              return (
                <li key={incident.id}>
                  <h3>
                    <a href={`${home}/members/incidents/${incident.id}`}>{t('viewIncident', { date: when })}</a>
                  </h3>
                  <p>
                    {incident.platform ? t(`platforms.${incident.platform}`) : null}
                    {incident.kinds.length > 0 ? ` · ${incident.kinds.map((kind) => t(`kindLabels.${kind}`)).join(', ')}` : null}
                  </p>
                  {incident.handles.length > 0 ? <p>{incident.handles.join(', ')}</p> : null}
                  {incident.addedBy !== null ? <p className="incident-added-by">{th('addedBy', { name: helperNames.get(incident.addedBy) ?? '' })}</p> : null}
                  <p>{excerpt}</p>
                </li>
              )
            })}
          </ol>
        )}
        <h2>{tr('reportsHeading')}</h2>
        {reports.length === 0 ? (
          <p>{tr('noReports')}</p>
        ) : (
          <ul className="incident-timeline report-list">
            {reports.map((report) => (
              <li key={report.id}>
                <a href={`${home}/members/reports/${report.id}`}>{tr('viewReport', { reference: report.reference, date: formatWhen(report.createdAt, locale) })}</a>
                <p>
                  {tr(`statuses.${report.status}`)}
                  {report.escalatedAt ? ` · ${tr('escalated', { date: formatWhen(report.escalatedAt, locale) })}` : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
        {incidents.length > 0 || drafts.length > 0 ? (
          <p>
            <a href={`${home}/members/incidents/delete-log`}>{t('deleteLogLink')}</a>
          </p>
        ) : null}
      </main>
    </>
  )
}
