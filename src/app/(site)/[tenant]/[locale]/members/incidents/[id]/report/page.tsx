import { randomUUID } from 'node:crypto'

import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { FocusedErrorSummary } from '@/components/site/FocusedErrorSummary.client'
import { MembersBanner } from '@/components/site/MembersBanner'
import { PoliceRouting } from '@/components/site/PoliceRouting'
import { SendReportButton } from '@/components/site/SendReportButton.client'
import { contactPreferences, reportFormFor, reportLimits, type ReportProblem } from '@/data/incidentReports'

import { signOutAction } from '../../../../login/actions'
import { formatSize, formatWhen } from '../../format'
import { openIncidentLog } from '../../gate'
import { sendReportAction } from './actions'

type Params = Promise<{ tenant: string; locale: string; id: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Per user, never cached.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: { params: Params }) {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Reports' })
  return { title: t('reportTitle'), robots: { index: false, follow: false } }
}

const problemCodes: readonly ReportProblem[] = ['noOfficer', 'allLeftOut', 'contactPreference', 'contactDetail', 'noteTooLong', 'evidence', 'submission']

/**
 * "Report to the council": exactly what will be shared (the incident as it is now), the evidence
 * to choose, how to be contacted, a note, who receives it (each by name and title, each can be
 * left out), and the retention notice, before one Send. A plain form post.
 */
export default async function ReportIncidentPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params
  const { site, viewer, segment, t: ti } = await openIncidentLog(params, `/${encodeURIComponent(id)}/report`, { toRecord: true })
  const { locale, home } = site
  const t = await getTranslations({ locale, namespace: 'Reports' })
  const form = await reportFormFor(site, viewer, id)
  if (!form) notFound()
  const { incident } = form
  const query = await searchParams
  const errors = (typeof query.error === 'string' ? query.error.split(',') : []).filter((code): code is ReportProblem => (problemCodes as readonly string[]).includes(code))
  const tenantName = site.tenant.name
  const orNot = (value: string) => (value.trim() === '' ? ti('notGiven') : value)
  const banner = <MembersBanner email={viewer.email ?? ''} locale={locale} signOut={signOutAction.bind(null, segment, locale)} />
  const back = (
    <p>
      <a href={`${home}/members/incidents/${incident.id}`}>{ti('backToLog')}</a>
    </p>
  )
  if (form.officers.length === 0) {
    return (
      <>
        {banner}
        <main id="main">
          {back}
          <h1>{t('noOfficerTitle')}</h1>
          <p>{form.anyOfficer ? t('noOfficerForKind', { tenant: tenantName }) : t('noOfficer', { tenant: tenantName })}</p>
          <p>
            <a href={`${home}/contacts`}>{ti('wellbeingContacts')}</a>
          </p>
        </main>
      </>
    )
  }
  return (
    <>
      {banner}
      <main id="main">
        {back}
        <h1>{t('reportTitle')}</h1>
        <p>{t('reportIntro')}</p>
        {/* Before the council's officer: whether this is for 999 or the police first. */}
        <PoliceRouting site={site} />
        <form action={sendReportAction.bind(null, segment, locale, String(incident.id))} className="incident-form report-form">
          {errors.length > 0 ? (
            <FocusedErrorSummary
              id="report-errors"
              title={t('errorTitle')}
              answer={query.error}
              items={errors.map((code) => ({ href: code === 'contactDetail' ? '#contactDetail' : code === 'noteTooLong' ? '#note' : '#main', text: t(`errors.${code}`) }))}
            />
          ) : null}
          <input type="hidden" name="submissionKey" value={randomUUID()} />
          <section aria-labelledby="shared-heading">
            <h2 id="shared-heading">{t('whatIsShared')}</h2>
            <p>{t('whatIsSharedIntro')}</p>
            <dl className="incident-detail">
              <dt>{ti('happenedAt')}</dt>
              <dd>{incident.happenedUntil ? ti('happenedRange', { start: formatWhen(incident.happenedAt, locale), end: formatWhen(incident.happenedUntil, locale) }) : formatWhen(incident.happenedAt, locale)}</dd>
              <dt>{ti('platform')}</dt>
              <dd>{incident.platform ? ti(`platforms.${incident.platform}`) : ti('notGiven')}</dd>
              <dt>{ti('kinds')}</dt>
              <dd>{incident.kinds.map((kind) => ti(`kindLabels.${kind}`)).join(', ')}</dd>
              <dt>{ti('whatHappened')}</dt>
              <dd>{incident.whatHappened}</dd>
              <dt>{ti('handles')}</dt>
              <dd>{orNot(incident.handles.join('\n'))}</dd>
              <dt>{ti('links')}</dt>
              <dd>{orNot(incident.links.join('\n'))}</dd>
              <dt>{ti('impact')}</dt>
              <dd>{orNot(incident.impact)}</dd>
              <dt>{ti('witnesses')}</dt>
              <dd>{orNot(incident.witnesses)}</dd>
              <dt>{ti('platformReport')}</dt>
              <dd>{[incident.platformReport.reference, incident.platformReport.outcome].filter(Boolean).join(' · ') || ti('notGiven')}</dd>
              <dt>{ti('policeReport')}</dt>
              <dd>{[incident.policeReport.crimeReference, incident.policeReport.officer].filter(Boolean).join(' · ') || ti('notGiven')}</dd>
            </dl>
          </section>
          <fieldset>
            <legend>
              <h2>{t('evidenceHeading')}</h2>
            </legend>
            {form.evidence.length === 0 ? (
              <p>{t('evidenceNone')}</p>
            ) : (
              <>
                <p className="form-hint">{t('evidenceHint')}</p>
                {form.evidence.map((file) => (
                  <div className="checkbox" key={file.id}>
                    <input type="checkbox" id={`evidence-${file.id}`} name="evidence" value={file.id} />
                    <label htmlFor={`evidence-${file.id}`}>{`${file.fileName || `#${file.id}`} (${formatSize(file.size, locale)})`}</label>
                  </div>
                ))}
              </>
            )}
          </fieldset>
          <fieldset>
            <legend>
              <h2>{t('contactHeading')}</h2>
            </legend>
            {contactPreferences.map((preference, index) => (
              <div className="checkbox" key={preference}>
                <input type="radio" id={`contact-${preference}`} name="contactPreference" value={preference} defaultChecked={index === 0} required />
                <label htmlFor={`contact-${preference}`}>{t(`contact.${preference}`)}</label>
              </div>
            ))}
            <div className={errors.includes('contactDetail') ? 'form-group form-group--error' : 'form-group'}>
              <label htmlFor="contactDetail">{t('contactDetail')}</label>
              <input id="contactDetail" name="contactDetail" type="text" autoComplete="tel" maxLength={reportLimits.contactDetail} aria-invalid={errors.includes('contactDetail') || undefined} />
            </div>
          </fieldset>
          <div className="form-group">
            <label htmlFor="note">{t('noteLabel')}</label>
            <p className="form-hint" id="note-hint">
              {t('noteHint', { max: reportLimits.note })}
            </p>
            <textarea id="note" name="note" rows={4} maxLength={reportLimits.note} aria-describedby="note-hint" />
          </div>
          <fieldset>
            <legend>
              <h2>{t('officersHeading')}</h2>
            </legend>
            <p className="form-hint">{t('officersIntro')}</p>
            {form.officers.map((officer) => (
              <div className="checkbox" key={officer.id}>
                <input type="hidden" name="officersShown" value={officer.id} />
                <input type="checkbox" id={`officer-${officer.id}`} name="officers" value={officer.id} defaultChecked />
                <label htmlFor={`officer-${officer.id}`}>{t('officerLine', { name: officer.name, title: officer.title })}</label>
              </div>
            ))}
          </fieldset>
          <section className="incident-notice" aria-labelledby="retention-heading">
            <h2 id="retention-heading">{t('retentionHeading')}</h2>
            <p>{t('retention', { tenant: tenantName })}</p>
          </section>
          <SendReportButton label={t('send')} pending={t('sending')} />
        </form>
      </main>
    </>
  )
}
