import { IncidentForm } from '@/components/site/IncidentForm.client'
import { emptyIncidentForm } from '@/components/site/incidentFormState'
import { MembersBanner } from '@/components/site/MembersBanner'
import { getDraft } from '@/data/incidentDrafts'

import { signOutAction } from '../../../login/actions'
import { incidentFormProps } from '../formProps'
import { incidentLogMetadata, openIncidentLog } from '../gate'
import { recordIncidentAction, saveDraftAction } from './actions'

type Params = Promise<{ tenant: string; locale: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

// Per user, never cached (Next answers it `Cache-Control: no-store`).
export const dynamic = 'force-dynamic'

export const generateMetadata = incidentLogMetadata('newTitle')

/**
 * The record form: a plain form post, so it works on any phone with or without JavaScript. With
 * JavaScript it autosaves a draft to the server; `?draft=` opens one of the person's drafts again.
 */
export default async function NewIncidentPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { site, viewer, segment, t } = await openIncidentLog(params, '/new', { toRecord: true })
  const { locale, home } = site
  const { draft: draftParam } = await searchParams
  const draft = await getDraft(site, viewer, typeof draftParam === 'string' ? draftParam : null)
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
        {draft ? <p className="incident-notice">{t('draftResumed')}</p> : null}
        <IncidentForm
          action={recordIncidentAction.bind(null, segment, locale)}
          autosave={saveDraftAction.bind(null, segment, locale)}
          initial={{ values: draft?.values ?? emptyIncidentForm, errors: {}, draftId: draft ? String(draft.id) : null }}
          {...incidentFormProps(t)}
        />
      </main>
    </>
  )
}
