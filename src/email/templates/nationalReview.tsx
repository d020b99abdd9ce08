import type { DueNationalPage, PendingReleaseReview } from '@/collections/Pages/nationalReview'

import { escapeHtml } from '../escapeHtml'

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

export function nationalReviewHtml(input: NationalReviewEmailInput): string {
  const parts = ['<!doctype html><html lang="en"><body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5">']
  if (input.due.length > 0) {
    parts.push('<p>These national toolkit pages are past their review date. Councillors act on this text when they are frightened, so check each fact against its sources, then update the page\'s "Last reviewed" date.</p>')
    parts.push(`<ul>${input.due.map((page) => `<li><a href="${escapeHtml(pageUrl(input.serverUrl, page.id))}">${escapeHtml(page.title)}</a>: ${escapeHtml(reviewedText(page))}</li>`).join('')}</ul>`)
  }
  if (input.pending.length > 0) {
    parts.push('<p>A content release brought new text for these pages, but a platform admin had changed them, so it was not applied. Compare the new text with yours, then clear "Pending version" under Platform, Content releases.</p>')
    parts.push(
      `<ul>${input.pending.map((entry) => `<li><a href="${escapeHtml(pageUrl(input.serverUrl, entry.pageId))}">${escapeHtml(entry.title)}</a>: version ${entry.pendingVersion} waiting (the page is based on version ${entry.version})</li>`).join('')}</ul>`,
    )
  }
  parts.push(`<p><a href="${escapeHtml(`${input.serverUrl}/admin`)}">Open the portal's admin</a></p>`, '<p>You receive this weekly because you are a platform admin.</p>', '</body></html>')
  return parts.join('\n')
}

export function nationalReviewText(input: NationalReviewEmailInput): string {
  const lines: string[] = []
  if (input.due.length > 0) {
    lines.push('These national toolkit pages are past their review date:', '')
    for (const page of input.due) lines.push(`- ${page.title}: ${reviewedText(page)}`, `  ${pageUrl(input.serverUrl, page.id)}`)
    lines.push('')
  }
  if (input.pending.length > 0) {
    lines.push('New text from a content release is waiting for your review (you had changed these pages):', '')
    for (const entry of input.pending) lines.push(`- ${entry.title}: version ${entry.pendingVersion} waiting`, `  ${pageUrl(input.serverUrl, entry.pageId)}`)
  }
  return lines.join('\n')
}
