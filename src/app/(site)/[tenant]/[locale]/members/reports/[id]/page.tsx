import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { MembersBanner } from '@/components/site/MembersBanner'
import { getMyReport } from '@/data/incidentReports'
import { resolveSite } from '@/data/site'

import { signOutAction } from '../../../login/actions'
import { formatSize, formatWhen } from '../../incidents/format'
import { incidentLogOwnerOrNotFound } from '../../incidents/gate'

type Params = Promise<{ tenant: string; locale: string; id: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Per user, never cached.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Params }) {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Reports' })
  return { title: t('reportsHeading'), robots: { index: false, follow: false } }
}

/**
 * One of the councillor's reports to the council: its reference, whether the officers' email has
 * left the portal, the status the officers set, whether it was escalated, the notes they shared,
 * and what the councillor sent (as sent: later edits to the incident are not here).
 */
export default async function MyReportPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id, tenant: segment } = await params
  const site = await resolveSite(params)
  if (!site) notFound()
  setRequestLocale(site.locale)
  const { locale, home } = site
  const viewer = await incidentLogOwnerOrNotFound(site, `${home}/members/reports/${encodeURIComponent(id)}`)
  const report = await getMyReport(site, viewer, id)
  if (!report) notFound()
  const t = await getTranslations({ locale, namespace: 'Reports' })
  const ti = await getTranslations({ locale, namespace: 'Incidents' })
  const query = await searchParams
  const snapshot = report.snapshot
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} locale={locale} signOut={signOutAction.bind(null, segment, locale)} />
      <main id="main">
        <p>
          <a href={`${home}/members/incidents`}>{t('backToReports')}</a>
        </p>
        {query.sent === '1' ? (
          <section className="incident-notice" aria-labelledby="sent-title" role="status">
            <h2 id="sent-title">{t('sentTitle')}</h2>
            <p>{t('sentBody', { reference: report.reference })}</p>
          </section>
        ) : null}
        <h1>{t('reportPageTitle', { reference: report.reference })}</h1>
        <p className="report-delivery">{report.emailPending ? t('emailPending') : t('emailSent')}</p>
        <dl className="incident-detail">
          <dt>{t('reference')}</dt>
          <dd>{report.reference}</dd>
          <dt>{t('sentOn')}</dt>
          <dd>{formatWhen(report.createdAt, locale)}</dd>
          <dt>{t('status')}</dt>
          <dd>
            <strong className="report-status">{t(`statuses.${report.status}`)}</strong>
            {report.statusChangedAt ? ` (${t('statusChanged', { date: formatWhen(report.statusChangedAt, locale) })})` : null}
          </dd>
          <dt>{t('escalated', { date: '' }).split(':')[0]}</dt>
          <dd>{report.escalatedAt ? t('escalated', { date: formatWhen(report.escalatedAt, locale) }) : t('notEscalated')}</dd>
          {report.crimeReference ? (
            <>
              <dt>{t('crimeReference')}</dt>
              <dd>{report.crimeReference}</dd>
            </>
          ) : null}
          {report.policeOfficer ? (
            <>
              <dt>{t('policeOfficer')}</dt>
              <dd>{report.policeOfficer}</dd>
            </>
          ) : null}
        </dl>
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">{t('sharedNotes')}</h2>
          {report.sharedNotes.length === 0 ? (
            <p>{t('noSharedNotes')}</p>
          ) : (
            <ol className="incident-timeline">
              {report.sharedNotes.map((note, index) => (
                <li key={`${note.at ?? ''}-${index}`}>
                  <p>{formatWhen(note.at, locale)}</p>
                  <p className="report-note">{note.text}</p>
                </li>
              ))}
            </ol>
          )}
        </section>
        {snapshot ? (
          <section aria-labelledby="shared-heading">
            <h2 id="shared-heading">{t('youShared')}</h2>
            <dl className="incident-detail">
              <dt>{ti('happenedAt')}</dt>
              <dd>{formatWhen(snapshot.incident.happenedAt, locale)}</dd>
              <dt>{ti('platform')}</dt>
              <dd>{snapshot.incident.platform ? ti(`platforms.${snapshot.incident.platform}`) : ti('notGiven')}</dd>
              <dt>{ti('kinds')}</dt>
              <dd>{snapshot.incident.kinds.map((kind) => ti(`kindLabels.${kind}`)).join(', ')}</dd>
              <dt>{ti('whatHappened')}</dt>
              <dd>{snapshot.incident.whatHappened}</dd>
              <dt>{t('evidenceShared')}</dt>
              <dd>
                {snapshot.evidence.length === 0 ? (
                  ti('notGiven')
                ) : (
                  <ul>
                    {snapshot.evidence.map((item, index) => (
                      <li key={`${item.sha256}-${index}`}>
                        <a href={`/api/incident-reports/${report.id}/evidence/${index}`} download>
                          {item.fileName || `#${index + 1}`}
                        </a>{' '}
                        ({formatSize(item.size, locale)})
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
              <dt>{t('yourContact')}</dt>
              <dd>{`${t(`contact.${snapshot.contact.preference}`)}${snapshot.contact.detail ? `: ${snapshot.contact.detail}` : ''}`}</dd>
              <dt>{t('yourNote')}</dt>
              <dd>{snapshot.note || ti('notGiven')}</dd>
              <dt>{t('sentTo')}</dt>
              <dd>{snapshot.sentTo.map((officer) => t('officerLine', officer)).join('; ')}</dd>
              {snapshot.leftOut.length > 0 ? (
                <>
                  <dt>{t('leftOut')}</dt>
                  <dd>{snapshot.leftOut.map((officer) => t('officerLine', officer)).join('; ')}</dd>
                </>
              ) : null}
            </dl>
          </section>
        ) : null}
      </main>
    </>
  )
}
