import { MembersBanner } from '@/components/site/MembersBanner'

import { signOutAction } from '../../login/actions'
import { generateSharedMetadata, openSharedLogs } from './gate'

type Params = Promise<{ tenant: string; locale: string }>

// Per user, never cached (Next answers it `Cache-Control: no-store`).
export const dynamic = 'force-dynamic'

export const generateMetadata = generateSharedMetadata

/** The incident logs whose owners have named the signed-in person a helper, in this tenant. */
export default async function SharedLogsPage({ params }: { params: Params }) {
  const { site, viewer, segment, logs, th } = await openSharedLogs(params)
  const { locale, home } = site
  return (
    <>
      <MembersBanner email={viewer.email ?? ''} locale={locale} signOut={signOutAction.bind(null, segment, locale)} />
      <main id="main">
        <h1>{th('sharedTitle')}</h1>
        <p>{th('sharedIntro')}</p>
        {logs.length === 0 ? (
          <p>{th('sharedNone')}</p>
        ) : (
          <ul className="incident-timeline">
            {logs.map((log) => (
              <li key={log.owner}>
                <a href={`${home}/members/shared/${log.owner}`}>{th('sharedLog', { name: log.ownerName })}</a>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  )
}
