import { notFound } from 'next/navigation'

import { MembersBanner } from '@/components/site/MembersBanner'
import { listEvidence } from '@/data/evidence'
import { getIncident } from '@/data/incidents'

import { signOutAction } from '../../../../login/actions'
import { deleteIncidentAction } from '../../actions'
import { formatWhen } from '../../format'
import { incidentLogMetadata, openIncidentLog } from '../../gate'

type Params = Promise<{ tenant: string; locale: string; id: string }>

// Per user, never cached (Next answers it `Cache-Control: no-store`).
export const dynamic = 'force-dynamic'

export const generateMetadata = incidentLogMetadata('deleteTitle')

/** The confirmation before an incident is deleted for good: what goes with it, and that it cannot come back. */
export default async function DeleteIncidentPage({ params }: { params: Params }) {
  const { id } = await params
  const { site, viewer, segment, t } = await openIncidentLog(params, `/${encodeURIComponent(id)}/delete`)
  const { locale, home } = site
  const incident = await getIncident(site, viewer, id)
  if (!incident) notFound()
  const files = (await listEvidence(site, viewer, incident.id)).length
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} locale={locale} signOut={signOutAction.bind(null, segment, locale)} />
      <main id="main">
        <h1>{t('deleteTitle')}</h1>
        <p>{t('deleteIntro', { date: formatWhen(incident.happenedAt, locale), files })}</p>
        <p>{t('deleteNote')}</p>
        <form action={deleteIncidentAction.bind(null, segment, locale, incident.id)} className="incident-actions">
          <button type="submit" className="button button--warning">
            {t('deleteConfirm')}
          </button>
          <a href={`${home}/members/incidents/${incident.id}`}>{t('cancel')}</a>
        </form>
      </main>
    </>
  )
}
