import { IncidentForm } from '@/components/site/IncidentForm.client'
import { emptyIncidentForm, type IncidentFormField } from '@/components/site/incidentFormState'
import { MembersBanner } from '@/components/site/MembersBanner'
import { incidentKinds, incidentLimits, incidentPlatforms } from '@/data/incidents'

import { signOutAction } from '../../../login/actions'
import { incidentLogMetadata, openIncidentLog } from '../gate'
import { recordIncidentAction } from './actions'

type Params = Promise<{ tenant: string; locale: string }>

// Per user, never cached (Next answers it `Cache-Control: no-store`).
export const dynamic = 'force-dynamic'

export const generateMetadata = incidentLogMetadata('newTitle')

/** The record form: a plain form post, so it works on any phone with or without JavaScript. */
export default async function NewIncidentPage({ params }: { params: Params }) {
  const { site, viewer, segment, t } = await openIncidentLog(params, '/new', { toRecord: true })
  const { locale, home } = site
  const strings = Object.fromEntries(
    (
      [
        'happenedAt', 'happenedAtHint', 'happenedUntil', 'platform', 'choose', 'kinds', 'kindsHint', 'whatHappened', 'whatHappenedHint', 'impact',
        'witnesses', 'handles', 'handlesHint', 'links', 'linksHint', 'platformReport', 'policeReport', 'reportedOn', 'reference', 'outcome',
        'crimeReference', 'officer', 'operationFord', 'save', 'saving', 'errorTitle',
      ] as const
    ).map((key) => [key, t(key)]),
  ) as Parameters<typeof IncidentForm>[0]['strings']
  const labels: Record<IncidentFormField, string> = {
    happenedAt: t('happenedAt'),
    happenedUntil: t('happenedUntil'),
    platform: t('platform'),
    kinds: t('kinds'),
    whatHappened: t('whatHappened'),
    impact: t('impact'),
    witnesses: t('witnesses'),
    handles: t('handles'),
    links: t('links'),
    platformReportedOn: `${t('platformReport')}: ${t('reportedOn')}`,
    platformReference: `${t('platformReport')}: ${t('reference')}`,
    platformOutcome: `${t('platformReport')}: ${t('outcome')}`,
    policeReportedOn: `${t('policeReport')}: ${t('reportedOn')}`,
    crimeReference: t('crimeReference'),
    officer: t('officer'),
  }
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} locale={locale} signOut={signOutAction.bind(null, segment, locale)} />
      <main id="main">
        <p>
          <a href={`${home}/members/incidents`}>{t('backToLog')}</a>
        </p>
        <h1>{t('newTitle')}</h1>
        <p>{t('newIntro')}</p>
        <p>{t('privacy')}</p>
        <IncidentForm
          action={recordIncidentAction.bind(null, segment, locale)}
          initial={{ values: emptyIncidentForm, errors: {} }}
          strings={strings}
          platforms={incidentPlatforms.map((value) => ({ value, label: t(`platforms.${value}`) }))}
          kinds={incidentKinds.map((value) => ({ value, label: t(`kindLabels.${value}`) }))}
          labels={labels}
          maxLengths={{
            whatHappened: incidentLimits.whatHappened,
            impact: incidentLimits.impact,
            witnesses: incidentLimits.witnesses,
            platformReference: incidentLimits.reference,
            platformOutcome: incidentLimits.outcome,
            crimeReference: incidentLimits.reference,
            officer: incidentLimits.officer,
          }}
        />
      </main>
    </>
  )
}
