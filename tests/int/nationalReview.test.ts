import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deliverOutbox } from '@/collections/EmailOutbox/deliver'
import { nationalPagesDueReview } from '@/collections/Pages/nationalReview'
import { nationalReviewKey, sendNationalReviewReminder } from '@/jobs/remindNationalReview'
import { REMINDER_QUEUE } from '@/jobs/remindStaleContacts'
import { isoWeekKey } from '@/lib/isoWeek'
import type { User } from '@/payload-types'
import { baselinePages } from '@/seed/toolkit'

import { ensureSeeded } from '../helpers/contacts'
import { testPayload, uniqueSuffix } from '../helpers/payload'

const suffix = uniqueSuffix()
const nationalSlugs = new Set(baselinePages.map((page) => page.slug))
/** Two years on: every national page is past its review date. */
const later = new Date(Date.now() + 2 * 365 * 86_400_000)

let payload: Payload
let admin: User
let editor: User

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  admin = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: `review-admin-${suffix}@example.org`, password: 'review-admin-password-1', roles: ['platform-admin'] },
  })
  const county = (await payload.find({ collection: 'tenants', where: { slug: { equals: 'example-county' } }, overrideAccess: true, depth: 0 })).docs[0]
  editor = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: `review-editor-${suffix}@example.org`, password: 'review-editor-password-1', tenants: county ? [{ tenant: county.id, roles: ['editor'] }] : [] },
  })
}, 240_000)

afterAll(async () => {
  for (const user of [admin, editor]) if (user) await payload.delete({ collection: 'users', id: user.id, overrideAccess: true })
})

describe('national pages past their review date', () => {
  it('lists none today and every national page two years on, for a platform admin', async () => {
    const today = (await nationalPagesDueReview(payload, { now: new Date(), user: admin })).filter((page) => nationalSlugs.has(page.slug))
    expect(today).toEqual([])
    const due = (await nationalPagesDueReview(payload, { now: later, user: admin })).filter((page) => nationalSlugs.has(page.slug))
    expect(due.map((page) => page.slug).sort()).toEqual([...nationalSlugs].sort())
    expect(due[0]).toMatchObject({ title: expect.any(String), lastReviewed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}/) })
  })

  it('emails the platform admins through the outbox once a week, naming each due page', async () => {
    const first = await sendNationalReviewReminder(payload, later)
    expect(first).toMatchObject({ week: isoWeekKey(later), sent: true })
    expect(first.due).toBeGreaterThanOrEqual(nationalSlugs.size)
    await deliverOutbox(payload)
    const outbox = await payload.find({ collection: 'email-outbox', where: { to: { contains: admin.email } }, sort: '-createdAt', limit: 1, overrideAccess: true })
    const email = outbox.docs[0]
    expect(email?.subject).toMatch(/^\d+ national toolkit pages to review$/)
    for (const page of baselinePages) expect(email?.text, page.slug).toContain(page.title.en)
    expect(email?.to).not.toContain(editor.email)

    const again = await sendNationalReviewReminder(payload, later)
    expect(again).toMatchObject({ sent: false, reason: 'already sent this week' })
    const claims = await payload.count({ collection: 'contact-reminders', where: { week: { equals: nationalReviewKey(isoWeekKey(later)) } }, overrideAccess: true })
    expect(claims.totalDocs).toBe(1)
  })

  it('is scheduled with the contacts reminder: Mondays at 07:00 in the reminders queue', () => {
    expect(payload.config.jobs.tasks?.find((task) => task.slug === 'remindNationalReview')?.schedule?.[0]).toMatchObject({ cron: '0 7 * * 1', queue: REMINDER_QUEUE })
  })
})
