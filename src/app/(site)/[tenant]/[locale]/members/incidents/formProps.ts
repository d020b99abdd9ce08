import type { IncidentForm } from '@/components/site/IncidentForm.client'
import type { IncidentFormField } from '@/components/site/incidentFormState'
import { incidentKinds, incidentLimits, incidentPlatforms } from '@/data/incidents'

import type { openIncidentLog } from './gate'

type Translate = Awaited<ReturnType<typeof openIncidentLog>>['t']

type FormProps = Parameters<typeof IncidentForm>[0]

/** The incident form's words, choices and limits in the page's language: the same for recording and editing. */
export function incidentFormProps(t: Translate): Pick<FormProps, 'strings' | 'platforms' | 'kinds' | 'labels' | 'maxLengths'> {
  const strings = Object.fromEntries(
    (
      [
        'happenedAt', 'happenedAtHint', 'happenedUntil', 'platform', 'choose', 'kinds', 'kindsHint', 'whatHappened', 'whatHappenedHint', 'impact',
        'witnesses', 'handles', 'handlesHint', 'links', 'linksHint', 'platformReport', 'policeReport', 'reportedOn', 'reference', 'outcome',
        'crimeReference', 'officer', 'operationFord', 'save', 'saving', 'errorTitle', 'draftNotSaved',
      ] as const
    ).map((key) => [key, t(key)]),
  ) as FormProps['strings']
  // The form puts the time in itself (it knows when the save landed).
  strings.draftSaved = t('draftSaved', { time: '{time}' })
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
  return {
    strings,
    labels,
    platforms: incidentPlatforms.map((value) => ({ value, label: t(`platforms.${value}`) })),
    kinds: incidentKinds.map((value) => ({ value, label: t(`kindLabels.${value}`) })),
    maxLengths: {
      whatHappened: incidentLimits.whatHappened,
      impact: incidentLimits.impact,
      witnesses: incidentLimits.witnesses,
      platformReference: incidentLimits.reference,
      platformOutcome: incidentLimits.outcome,
      crimeReference: incidentLimits.reference,
      officer: incidentLimits.officer,
    },
  }
}
