import type { ServerProps } from 'payload'

import { isPlatformAdmin } from '@/access/roles'
import { nationalPagesDueReview, NATIONAL_REVIEW_INTERVAL_DAYS, pagesAwaitingReleaseReview } from '@/collections/Pages/nationalReview'

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })

/**
 * Dashboard panel for platform admins: national pages past their review date, and those a content
 * release could not update because a platform admin had changed them. Self-contained, reading as
 * the logged-in user, so it can sit in any dashboard.
 */
export async function NationalReviewPanel({ payload, user }: ServerProps) {
  if (!user || !isPlatformAdmin(user)) return null
  const due = await nationalPagesDueReview(payload, { now: new Date(), user })
  const pending = await pagesAwaitingReleaseReview(payload, { user })
  const adminRoute = payload.config.routes.admin

  return (
    <section className="national-review" aria-labelledby="national-review-heading">
      <h2 id="national-review-heading">National pages to review</h2>
      {due.length === 0 ? (
        <p>Every national page has been reviewed in the last {NATIONAL_REVIEW_INTERVAL_DAYS} days.</p>
      ) : (
        <>
          <p>
            Past their review date ({NATIONAL_REVIEW_INTERVAL_DAYS} days after “Last reviewed”): check each fact against the page’s sources,
            then update the date.
          </p>
          <ul>
            {due.map((page) => (
              <li key={page.id}>
                <a href={`${adminRoute}/collections/pages/${page.id}`}>{page.title}</a> —{' '}
                {page.lastReviewed ? `last reviewed ${dateFormat.format(new Date(page.lastReviewed))}` : 'never reviewed'}
              </li>
            ))}
          </ul>
        </>
      )}
      {pending.length > 0 && (
        <>
          <h3>New text waiting for your review</h3>
          <p>
            A content release was not applied to these pages because a platform admin had changed them. Compare, then clear “Pending version” in{' '}
            <a href={`${adminRoute}/collections/content-releases`}>Content releases</a>.
          </p>
          <ul>
            {pending.map((entry) => (
              <li key={entry.slug}>
                {entry.pageId === null ? entry.title : <a href={`${adminRoute}/collections/pages/${entry.pageId}/versions`}>{entry.title}</a>}: version{' '}
                {entry.pendingVersion} waiting (based on version {entry.version})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
