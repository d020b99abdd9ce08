import { MembersBanner } from '@/components/site/MembersBanner'
import { getIncidentPatterns } from '@/data/incidents'

import { signOutAction } from '../../../login/actions'
import { formatMonth, formatWhen } from '../format'
import { incidentLogMetadata, openIncidentLog } from '../gate'

type Params = Promise<{ tenant: string; locale: string }>

// Per user, never cached (Next answers it `Cache-Control: no-store`).
export const dynamic = 'force-dynamic'

/** Harassment in law needs a course of conduct: two incidents or more (Protection from Harassment Act 1997). */
const COURSE_OF_CONDUCT = 2

export const generateMetadata = incidentLogMetadata('patternsTitle')

/** The signed-in person's incidents grouped by who did it and by month. */
export default async function IncidentPatternsPage({ params }: { params: Params }) {
  const { site, viewer, segment, t } = await openIncidentLog(params, '/patterns')
  const { locale, home } = site
  const patterns = await getIncidentPatterns(site, viewer)
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} locale={locale} signOut={signOutAction.bind(null, segment, locale)} />
      <main id="main">
        <p>
          <a href={`${home}/members/incidents`}>{t('backToLog')}</a>
        </p>
        <h1>{t('patternsTitle')}</h1>
        <p>{t('patternsIntro')}</p>
        <h2>{t('byHandle')}</h2>
        {patterns.handles.length === 0 ? (
          <p>{t('noHandles')}</p>
        ) : (
          <ul className="incident-timeline">
            {patterns.handles.map((group) => (
              <li key={group.handle}>
                <h3>
                  {group.handle} ({t('incidentCount', { count: group.incidents.length })})
                </h3>
                {group.incidents.length >= COURSE_OF_CONDUCT ? (
                  <p className="course-of-conduct">
                    {t('courseOfConduct')} <a href={`${home}/reporting-and-escalation`}>{t('reportingLink')}</a>.
                  </p>
                ) : null}
                <ul>
                  {group.incidents.map((incident) => (
                    <li key={incident.id}>
                      <a href={`${home}/members/incidents/${incident.id}`}>{t('viewIncident', { date: formatWhen(incident.happenedAt, locale) })}</a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
        <h2>{t('byMonth')}</h2>
        {patterns.months.length === 0 ? (
          <p>{t('noIncidents')}</p>
        ) : (
          <ul>
            {patterns.months.map((group) => (
              <li key={group.month}>
                {formatMonth(group.month, locale)}: {t('incidentCount', { count: group.incidents.length })}
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  )
}
