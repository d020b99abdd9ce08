import { notFound } from 'next/navigation'

import { EvidenceSection } from '@/components/site/EvidenceSection'
import { MembersBanner } from '@/components/site/MembersBanner'
import { EVIDENCE_PER_INCIDENT, evidenceAccept, isEvidenceRefusalCode } from '@/data/evidence'
import { displayNames, getSharedIncident, listSharedEvidence } from '@/data/incidentHelpers'

import { signOutAction } from '../../../../login/actions'
import { evidenceStrings } from '../../../incidents/evidenceStrings'
import { formatDay, formatWhen } from '../../../incidents/format'
import { generateSharedMetadata, openSharedLogs } from '../../gate'

type Params = Promise<{ tenant: string; locale: string; owner: string; id: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Per user, never cached (Next answers it `Cache-Control: no-store`).
export const dynamic = 'force-dynamic'

export const generateMetadata = generateSharedMetadata

/**
 * One incident of a log shared with the signed-in helper: read only (no edit, delete or report),
 * with its evidence to download and a form to attach more. Opening it is recorded in its history.
 */
export default async function SharedIncidentPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { owner, id } = await params
  const { site, viewer, segment, log, t, th } = await openSharedLogs(params, `/${encodeURIComponent(owner)}/${encodeURIComponent(id)}`)
  if (!log) notFound()
  const { locale, home } = site
  const incident = await getSharedIncident(site, viewer, log.owner, id)
  if (!incident) notFound()
  const [evidence, query] = await Promise.all([listSharedEvidence(site, viewer, log.owner, incident.id), searchParams])
  const names = await displayNames(incident.addedBy === null ? [] : [incident.addedBy])
  const refused = isEvidenceRefusalCode(query.evidenceError) ? query.evidenceError : null
  const when = formatWhen(incident.happenedAt, locale)
  const orNot = (value: string) => (value.trim() === '' ? t('notGiven') : value)
  const page = `${home}/members/shared/${log.owner}/${incident.id}`
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} locale={locale} signOut={signOutAction.bind(null, segment, locale)} />
      <main id="main">
        <p>
          <a href={`${home}/members/shared/${log.owner}`}>{th('backToSharedLog', { name: log.ownerName })}</a>
        </p>
        {query.recorded === '1' ? (
          <p className="incident-notice" role="status">
            {t('recordedTitle')}
          </p>
        ) : null}
        <h1>{t('incidentTitle', { date: when })}</h1>
        <p>{th('sharedLog', { name: log.ownerName })}</p>
        {incident.addedBy !== null ? <p>{th('addedBy', { name: names.get(incident.addedBy) ?? '' })}</p> : null}
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
        </dl>
        <EvidenceSection
          incidentId={incident.id}
          back={page}
          files={evidence}
          limit={EVIDENCE_PER_INCIDENT}
          accept={evidenceAccept}
          refused={refused}
          added={typeof query.evidenceAdded === 'string'}
          strings={await evidenceStrings(locale)}
        />
      </main>
    </>
  )
}
