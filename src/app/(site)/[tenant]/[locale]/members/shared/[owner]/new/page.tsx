import { notFound } from 'next/navigation'

import { IncidentForm } from '@/components/site/IncidentForm.client'
import { emptyIncidentForm } from '@/components/site/incidentFormState'
import { MembersBanner } from '@/components/site/MembersBanner'

import { signOutAction } from '../../../../login/actions'
import { incidentFormProps } from '../../../incidents/formProps'
import { generateSharedMetadata, openSharedLogs } from '../../gate'
import { recordForOwnerAction } from './actions'

type Params = Promise<{ tenant: string; locale: string; owner: string }>

// Per user, never cached (Next answers it `Cache-Control: no-store`).
export const dynamic = 'force-dynamic'

export const generateMetadata = generateSharedMetadata

/**
 * A helper records an incident in the log they help with: the owner's form, as a plain post. No
 * autosaved draft: drafts are their writer's own, and a helper's would sit in no log of theirs.
 */
export default async function SharedNewIncidentPage({ params }: { params: Params }) {
  const { owner } = await params
  const { site, viewer, segment, log, t, th } = await openSharedLogs(params, `/${encodeURIComponent(owner)}/new`)
  if (!log) notFound()
  const { locale, home } = site
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} locale={locale} signOut={signOutAction.bind(null, segment, locale)} />
      <main id="main">
        <p>
          <a href={`${home}/members/shared/${log.owner}`}>{th('backToSharedLog', { name: log.ownerName })}</a>
        </p>
        <h1>{th('addTitle', { name: log.ownerName })}</h1>
        <p>{th('sharedLogIntro', { name: log.ownerName })}</p>
        <IncidentForm action={recordForOwnerAction.bind(null, segment, locale, log.owner)} initial={{ values: emptyIncidentForm, errors: {}, draftId: null }} {...incidentFormProps(t)} />
      </main>
    </>
  )
}
