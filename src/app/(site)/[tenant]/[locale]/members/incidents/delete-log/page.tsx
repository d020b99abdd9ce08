import { MembersBanner } from '@/components/site/MembersBanner'
import { incidentLogSummary } from '@/data/incidents'

import { signOutAction } from '../../../login/actions'
import { deleteIncidentLogAction } from '../actions'
import { incidentLogMetadata, openIncidentLog } from '../gate'

type Params = Promise<{ tenant: string; locale: string }>

// Per user, never cached (Next answers it `Cache-Control: no-store`).
export const dynamic = 'force-dynamic'

export const generateMetadata = incidentLogMetadata('deleteLogTitle')

/** The confirmation before the whole log goes: it names, counted, everything that will. */
export default async function DeleteIncidentLogPage({ params }: { params: Params }) {
  const { site, viewer, segment, t } = await openIncidentLog(params, '/delete-log')
  const { locale, home } = site
  const summary = await incidentLogSummary(site, viewer)
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} locale={locale} signOut={signOutAction.bind(null, segment, locale)} />
      <main id="main">
        <h1>{t('deleteLogTitle')}</h1>
        <p>{t('deleteLogIntro', { tenant: site.tenant.name })}</p>
        <ul>
          <li>{t('deleteLogIncidents', { count: summary.incidents })}</li>
          <li>{t('deleteLogEvidence', { count: summary.evidence })}</li>
          <li>{t('deleteLogDrafts', { count: summary.drafts })}</li>
          <li>{t('deleteLogHistory')}</li>
        </ul>
        <p>{t('deleteLogWarning')}</p>
        <form action={deleteIncidentLogAction.bind(null, segment, locale)} className="incident-actions">
          <button type="submit" className="button button--warning">
            {t('deleteLogConfirm')}
          </button>
          <a href={`${home}/members/incidents`}>{t('cancel')}</a>
        </form>
      </main>
    </>
  )
}
