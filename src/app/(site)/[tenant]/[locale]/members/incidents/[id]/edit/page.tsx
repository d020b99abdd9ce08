import { notFound } from 'next/navigation'

import { IncidentForm } from '@/components/site/IncidentForm.client'
import { MembersBanner } from '@/components/site/MembersBanner'
import { getIncident } from '@/data/incidents'

import { signOutAction } from '../../../../login/actions'
import { updateIncidentAction } from '../../actions'
import { formValuesOfIncident } from '../../formInput'
import { incidentFormProps } from '../../formProps'
import { incidentLogMetadata, openIncidentLog } from '../../gate'

type Params = Promise<{ tenant: string; locale: string; id: string }>

// Per user, never cached (Next answers it `Cache-Control: no-store`).
export const dynamic = 'force-dynamic'

export const generateMetadata = incidentLogMetadata('editTitle')

/** Changing one of the person's incidents: the record form, filled in; the history keeps the earlier version. */
export default async function EditIncidentPage({ params }: { params: Params }) {
  const { id } = await params
  const { site, viewer, segment, t } = await openIncidentLog(params, `/${encodeURIComponent(id)}/edit`)
  const { locale, home } = site
  const incident = await getIncident(site, viewer, id)
  if (!incident) notFound()
  const props = incidentFormProps(t)
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} locale={locale} signOut={signOutAction.bind(null, segment, locale)} />
      <main id="main">
        <p>
          <a href={`${home}/members/incidents/${incident.id}`}>{t('cancel')}</a>
        </p>
        <h1>{t('editTitle')}</h1>
        <p>{t('editIntro')}</p>
        <IncidentForm
          action={updateIncidentAction.bind(null, segment, locale, incident.id)}
          initial={{ values: formValuesOfIncident(incident), errors: {} }}
          {...props}
          strings={{ ...props.strings, save: t('saveChanges') }}
        />
      </main>
    </>
  )
}
