import type { DueNationalPage, PendingReleaseReview } from '@/collections/Pages/nationalReview'

import { EmailLayout, EmailLink, Paragraph } from '../components/EmailLayout'
import { renderEmailParts } from '../renderReact'
import type { RenderedEmail } from './accountLinks'

export type NationalReviewEmailInput = { serverUrl: string; due: DueNationalPage[]; pending: PendingReleaseReview[] }

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })

/** Links are built from the configured server URL (NEXT_PUBLIC_SERVER_URL), never a request's Host. */
function pageUrl(serverUrl: string, id: number | null): string {
  return id === null ? `${serverUrl}/admin/collections/content-releases` : `${serverUrl}/admin/collections/pages/${id}`
}

function reviewedText(page: DueNationalPage): string {
  return page.lastReviewed ? `last reviewed ${dateFormat.format(new Date(page.lastReviewed))}` : 'never reviewed'
}

export function nationalReviewSubject({ due, pending }: NationalReviewEmailInput): string {
  const count = due.length + pending.length
  return `${count} national toolkit page${count === 1 ? '' : 's'} to review`
}

/** The weekly list, to platform admins, of national pages past their review date or holding a release. */
export function NationalReviewEmail({ input }: { input: NationalReviewEmailInput }) {
  return (
    <EmailLayout lang="en" brand={{ name: 'Councillor Safety Portal' }}>
      {input.due.length > 0 ? (
        <>
          <Paragraph>
            These national toolkit pages are past their review date. Councillors act on this text when they are frightened, so check each fact against its
            sources, then update the page&apos;s &quot;Last reviewed&quot; date.
          </Paragraph>
          <ul>
            {input.due.map((page) => (
              <li key={`due-${page.id ?? page.title}`}>
                <EmailLink href={pageUrl(input.serverUrl, page.id)}>{page.title}</EmailLink>
                {`: ${reviewedText(page)}`}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {input.pending.length > 0 ? (
        <>
          <Paragraph>
            A content release brought new text for these pages, but a platform admin had changed them, so it was not applied. Compare the new text with
            yours, then clear &quot;Pending version&quot; under Platform, Content releases.
          </Paragraph>
          <ul>
            {input.pending.map((entry) => (
              <li key={`pending-${entry.pageId ?? entry.title}`}>
                <EmailLink href={pageUrl(input.serverUrl, entry.pageId)}>{entry.title}</EmailLink>
                {`: version ${entry.pendingVersion} waiting (the page is based on version ${entry.version})`}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Paragraph>
        <EmailLink href={`${input.serverUrl}/admin`}>Open the portal&apos;s admin</EmailLink>
      </Paragraph>
      <Paragraph>You receive this weekly because you are a platform admin.</Paragraph>
    </EmailLayout>
  )
}

export async function nationalReviewEmail(input: NationalReviewEmailInput): Promise<RenderedEmail> {
  return { subject: nationalReviewSubject(input), ...(await renderEmailParts(<NationalReviewEmail input={input} />)) }
}
