import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { ContactGroups } from '@/components/site/ContactGroups'
import { MembersBanner } from '@/components/site/MembersBanner'
import { EvidenceSection } from '@/components/site/EvidenceSection'
import { getEffectiveContacts } from '@/data/contacts'
import { EVIDENCE_PER_INCIDENT, evidenceAccept, isEvidenceRefusalCode, listEvidence } from '@/data/evidence'
import { displayNames } from '@/data/incidentHelpers'
import { getIncident, getIncidentHistory } from '@/data/incidents'
import { reportsOfIncident } from '@/data/incidentReports'

import { signOutAction } from '../../../login/actions'
import { evidenceStrings } from '../evidenceStrings'
import { formatDay, formatWhen } from '../format'
import { incidentLogMetadata, openIncidentLog } from '../gate'

type Params = Promise<{ tenant: string; locale: string; id: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Per user, never cached (Next answers it `Cache-Control: no-store`).
export const dynamic = 'force-dynamic'

export const generateMetadata = incidentLogMetadata('logTitle')

/** One incident of the signed-in person's log, its history, and after recording, a word on wellbeing. */
export default async function IncidentPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params
  const { site, viewer, segment, t } = await openIncidentLog(params, `/${encodeURIComponent(id)}`)
  const { locale, home } = site
  const incident = await getIncident(site, viewer, id)
  if (!incident) notFound()
  const history = await getIncidentHistory(site, viewer, incident.id)
  const query = await searchParams
  const justRecorded = query.recorded === '1'
  const evidence = await listEvidence(site, viewer, incident.id)
  const refused = isEvidenceRefusalCode(query.evidenceError) ? query.evidenceError : null
  const tr = await getTranslations({ locale, namespace: 'Reports' })
  const reports = await reportsOfIncident(site, viewer, incident.id)
  const wellbeing = justRecorded ? (await getEffectiveContacts(site)).filter((group) => group.kind === 'wellbeing') : []
  const when = formatWhen(incident.happenedAt, locale)
  const th = await getTranslations({ locale, namespace: 'Helpers' })
  // Entries by anyone but the owner name who: the helpers the owner named.
  const actors = await displayNames([...(history?.entries ?? []).flatMap((entry) => (entry.actor === null ? [] : [entry.actor])), ...(incident.addedBy === null ? [] : [incident.addedBy])])
  const helperEntry = (entry: NonNullable<typeof history>['entries'][number]): string | null => {
    if (entry.actor === null || entry.action === 'report-viewed' || entry.action === 'report-evidence-viewed') return null
    const name = actors.get(entry.actor) ?? ''
    const date = formatWhen(entry.at, locale)
    const sha = (entry.evidenceSha256 ?? '').slice(0, 12)
    if (entry.action === 'helper-viewed') return th('historyViewed', { date, name })
    if (entry.action === 'helper-evidence-downloaded') return th('historyDownloaded', { date, name, sha })
    if (entry.action === 'create') return th('historyCreatedBy', { date, name })
    if (entry.action === 'evidence-added') return th('historyEvidenceBy', { date, name, sha })
    return null
  }
  const fieldLabel = (field: string): string => {
    const [group, name] = field.split('.')
    if (group === 'platformReport' && name) return `${t('platformReport')}: ${name === 'reportedOn' ? t('reportedOn') : name === 'reference' ? t('reference') : t('outcome')}`
    if (group === 'policeReport' && name) {
      return name === 'reportedOn' ? `${t('policeReport')}: ${t('reportedOn')}` : name === 'operationFord' ? t('operationFord') : name === 'officer' ? t('officer') : t('crimeReference')
    }
    const known = ['happenedAt', 'happenedUntil', 'platform', 'kinds', 'whatHappened', 'impact', 'witnesses', 'handles', 'links'] as const
    const match = known.find((key) => key === field)
    return match ? t(match) : field
  }
  const orNot = (value: string) => (value.trim() === '' ? t('notGiven') : value)
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} locale={locale} signOut={signOutAction.bind(null, segment, locale)} />
      <main id="main">
        <p>
          <a href={`${home}/members/incidents`}>{t('backToLog')}</a>
        </p>
        {justRecorded ? (
          <section className="incident-notice" aria-labelledby="recorded-title">
            <h2 id="recorded-title">{t('recordedTitle')}</h2>
            <p>{t('wellbeing')}</p>
            <p>
              <a href={`${home}/wellbeing`}>{t('wellbeingPage')}</a>
            </p>
            {wellbeing.length > 0 ? (
              <>
                <p>
                  <strong>{t('wellbeingContacts')}</strong>
                </p>
                <div className="contacts-page">
                  <ContactGroups groups={wellbeing} locale={locale} vcardBase={null} headingLevel={3} />
                </div>
              </>
            ) : (
              <p>
                <a href={`${home}/contacts`}>{t('wellbeingContacts')}</a>
              </p>
            )}
          </section>
        ) : null}
        {query.updated === '1' ? (
          <p className="incident-notice" role="status">
            {t('updatedTitle')}
          </p>
        ) : null}
        <h1>{t('incidentTitle', { date: when })}</h1>
        {incident.addedBy !== null ? <p className="incident-added-by">{th('addedBy', { name: actors.get(incident.addedBy) ?? '' })}</p> : null}
        <p className="incident-actions">
          <a className="button" href={`${home}/members/incidents/${incident.id}/report`}>
            {tr('reportLink')}
          </a>
          <a href={`${home}/members/incidents/${incident.id}/edit`}>{t('editLink')}</a>
          <a href={`${home}/members/incidents/${incident.id}/delete`}>{t('deleteLink')}</a>
        </p>
        {reports.length > 0 ? (
          <ul className="report-list">
            {reports.map((report) => (
              <li key={report.id}>
                <a href={`${home}/members/reports/${report.id}`}>{tr('reportOfIncident', { date: formatWhen(report.createdAt, locale), reference: report.reference })}</a>
                {` · ${tr(`statuses.${report.status}`)}`}
              </li>
            ))}
          </ul>
        ) : null}
        <dl className="incident-detail">
          <dt>{t('happenedAt')}</dt>
          <dd>{incident.happenedUntil ? t('happenedRange', { start: when, end: formatWhen(incident.happenedUntil, locale) }) : when}</dd>
          <dt>{t('platform')}</dt>
          <dd>{incident.platform ? t(`platforms.${incident.platform}`) : t('notGiven')}</dd>
          <dt>{t('kinds')}</dt>
          <dd>{incident.kinds.map((kind) => t(`kindLabels.${kind}`)).join(', ')}</dd>
          <dt>{t('whatHappened')}</dt>
          <dd>{incident.whatHappened}</dd>
          <dt>{t('handles')}</dt>
          <dd>{orNot(incident.handles.join('\n'))}</dd>
          <dt>{t('links')}</dt>
          <dd>
            {incident.links.length === 0 ? (
              t('notGiven')
            ) : (
              <ul>
                {incident.links.map((link) => (
                  <li key={link}>
                    {/* Shown as text, not a link: opening an abuser's post from here would tell them nothing, but it is still their page. */}
                    <code>{link}</code>
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t('impact')}</dt>
          <dd>{orNot(incident.impact)}</dd>
          <dt>{t('witnesses')}</dt>
          <dd>{orNot(incident.witnesses)}</dd>
          <dt>{t('platformReport')}</dt>
          <dd>
            {[formatDay(incident.platformReport.reportedOn, locale), incident.platformReport.reference, incident.platformReport.outcome].filter((part) => part !== '').join(' · ') ||
              t('notGiven')}
          </dd>
          <dt>{t('policeReport')}</dt>
          <dd>
            {[formatDay(incident.policeReport.reportedOn, locale), incident.policeReport.crimeReference, incident.policeReport.officer].filter((part) => part !== '').join(' · ') ||
              t('notGiven')}
          </dd>
          <dt>{t('operationFord')}</dt>
          <dd>{incident.policeReport.operationFord ? t('yes') : t('no')}</dd>
          <dt>{t('recorded', { date: '' }).trim()}</dt>
          <dd>{formatWhen(incident.recordedAt, locale)}</dd>
        </dl>
        <EvidenceSection
          incidentId={incident.id}
          back={`${home}/members/incidents/${incident.id}`}
          files={evidence}
          limit={EVIDENCE_PER_INCIDENT}
          accept={evidenceAccept}
          refused={refused}
          added={typeof query.evidenceAdded === 'string'}
          strings={await evidenceStrings(locale)}
        />
        {history ? (
          <section aria-labelledby="history-heading">
            <h2 id="history-heading">{t('historyHeading')}</h2>
            <p>{t('historyIntro')}</p>
            <p className={history.intact ? undefined : 'course-of-conduct'}>{history.intact ? t('historyIntact') : t('historyBroken')}</p>
            <ol>
              {history.entries.map((entry) => (
                <li key={entry.seq}>
                  {helperEntry(entry) ??
                    (entry.action === 'create'
                    ? t('historyCreated', { date: formatWhen(entry.at, locale) })
                    : entry.action === 'evidence-added'
                      ? t('historyEvidence', { date: formatWhen(entry.at, locale), sha: (entry.evidenceSha256 ?? '').slice(0, 12) })
                      : entry.action === 'bundle-downloaded'
                        ? t('historyBundle', { date: formatWhen(entry.at, locale), sha: (entry.bundleSha256 ?? '').slice(0, 12) })
                        : entry.action === 'report-sent'
                          ? tr('historyReportSent', { date: formatWhen(entry.at, locale), reference: entry.changedFields[0] ?? '' })
                          : entry.action === 'report-viewed'
                            ? tr('historyReportViewed', { date: formatWhen(entry.at, locale), reference: entry.changedFields[0] ?? '' })
                            : entry.action === 'report-evidence-viewed'
                              ? tr('historyReportEvidence', { date: formatWhen(entry.at, locale), reference: entry.changedFields[0] ?? '', sha: (entry.evidenceSha256 ?? '').slice(0, 12) })
                              : t('historyUpdated', { date: formatWhen(entry.at, locale), fields: entry.changedFields.map(fieldLabel).join(', ') }))}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </main>
    </>
  )
}
