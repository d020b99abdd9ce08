import { MembersBanner } from '@/components/site/MembersBanner'
import { displayNames, listSharedIncidents } from '@/data/incidentHelpers'

import { signOutAction } from '../../../login/actions'
import { formatWhen } from '../../incidents/format'
import { generateSharedMetadata, openSharedLogs } from '../gate'

type Params = Promise<{ tenant: string; locale: string; owner: string }>

// Per user, never cached (Next answers it `Cache-Control: no-store`).
export const dynamic = 'force-dynamic'

export const generateMetadata = generateSharedMetadata

const EXCERPT = 160

/** A log shared with the signed-in helper, as a timeline (each incident shown is recorded in its history). */
export default async function SharedLogPage({ params }: { params: Params }) {
  const { owner } = await params
  const { site, viewer, segment, log, t, th } = await openSharedLogs(params, `/${encodeURIComponent(owner)}`)
  if (!log) return null
  const { locale, home } = site
  const incidents = await listSharedIncidents(site, viewer, log.owner)
  const names = await displayNames(incidents.flatMap((incident) => (incident.addedBy === null ? [] : [incident.addedBy])))
  const base = `${home}/members/shared/${log.owner}`
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} locale={locale} signOut={signOutAction.bind(null, segment, locale)} />
      <main id="main">
        <p>
          <a href={`${home}/members/shared`}>{th('backToShared')}</a>
        </p>
        <h1>{th('sharedLog', { name: log.ownerName })}</h1>
        <p>{th('sharedLogIntro', { name: log.ownerName })}</p>
        <p className="incident-actions">
          <a className="button" href={`${base}/new`}>
            {th('addIncident')}
          </a>
        </p>
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
                    <a href={`${base}/${incident.id}`}>{t('viewIncident', { date: when })}</a>
                  </h3>
                  <p>
                    {incident.platform ? t(`platforms.${incident.platform}`) : null}
                    {incident.kinds.length > 0 ? ` · ${incident.kinds.map((kind) => t(`kindLabels.${kind}`)).join(', ')}` : null}
                  </p>
                  {incident.addedBy !== null ? <p>{th('addedBy', { name: names.get(incident.addedBy) ?? '' })}</p> : null}
                  <p>{excerpt}</p>
                </li>
              )
            })}
          </ol>
        )}
      </main>
    </>
  )
}
