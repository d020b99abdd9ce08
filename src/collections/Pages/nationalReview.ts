import type { Payload, TypedUser } from 'payload'
import { findBaselineTenant } from '@/collections/baselineTenant'

/** A national page's facts are due a fresh check this long after they were last reviewed. */
export const NATIONAL_REVIEW_INTERVAL_DAYS = 365
const DAY = 86_400_000

export type DueNationalPage = { id: number; slug: string; title: string; lastReviewed: string | null; dueOn: string | null }

export type PendingReleaseReview = { slug: string; title: string; pageId: number | null; version: number; pendingVersion: number; heldAt: string | null }

/** When a page reviewed on `lastReviewed` is next due (null: never reviewed, so due now). */
export function reviewDueOn(lastReviewed: string | null | undefined): Date | null {
  if (!lastReviewed) return null
  const reviewed = new Date(lastReviewed)
  if (Number.isNaN(reviewed.getTime())) return null
  return new Date(reviewed.getTime() + NATIONAL_REVIEW_INTERVAL_DAYS * DAY)
}

function readAs(user: TypedUser | undefined) {
  return user ? { overrideAccess: false as const, user } : { overrideAccess: true as const }
}

/**
 * The national pages past their review date (or never reviewed), most overdue first. With
 * `user` it reads as that user (the dashboard); without, as the server (the weekly email).
 */
export async function nationalPagesDueReview(payload: Payload, { now, user }: { now: Date; user?: TypedUser }): Promise<DueNationalPage[]> {
  const tenant = await findBaselineTenant(payload, user ? { user } : {})
  if (!tenant) return []
  const pages = await payload.find({
    collection: 'pages',
    where: { tenant: { equals: tenant.id } },
    select: { title: true, slug: true, lastReviewed: true },
    sort: 'lastReviewed',
    depth: 0,
    limit: 0,
    pagination: false,
    locale: 'en',
    ...readAs(user),
  })
  return pages.docs
    .map((page) => ({ id: page.id, slug: page.slug, title: page.title, lastReviewed: page.lastReviewed ?? null, dueOn: reviewDueOn(page.lastReviewed)?.toISOString() ?? null }))
    .filter((page) => page.dueOn === null || new Date(page.dueOn).getTime() <= now.getTime())
}

/**
 * National pages holding an older text because a platform admin had changed them when a content
 * release came (src/seed/release.ts): theirs to compare and mark reviewed.
 */
export async function pagesAwaitingReleaseReview(payload: Payload, { user }: { user?: TypedUser } = {}): Promise<PendingReleaseReview[]> {
  const records = await payload.find({
    collection: 'content-releases',
    where: { pendingVersion: { exists: true } },
    sort: 'slug',
    depth: 1,
    limit: 0,
    pagination: false,
    locale: 'en',
    ...readAs(user),
  })
  return records.docs.flatMap((record) => {
    if (typeof record.pendingVersion !== 'number') return []
    const page = typeof record.page === 'object' && record.page !== null ? record.page : null
    return [
      {
        slug: record.slug,
        title: page?.title ?? record.slug,
        pageId: page?.id ?? (typeof record.page === 'number' ? record.page : null),
        version: record.version,
        pendingVersion: record.pendingVersion,
        heldAt: record.heldAt ?? null,
      },
    ]
  })
}
