import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deliverOutbox } from '@/collections/EmailOutbox/deliver'
import { resendSender, type EmailSender } from '@/email/sender'
import { REMINDER_QUEUE, reminderIdempotencyKey, sendStaleContactReminders } from '@/jobs/remindStaleContacts'
import { isoWeekKey } from '@/lib/isoWeek'
import type { Tenant } from '@/payload-types'

import { createMember, createTenant, ensureSeeded } from '../helpers/contacts'
import { testPayload, uniqueSuffix } from '../helpers/payload'
import { startResendCapture, type CapturedEmail, type ResendCapture } from '../../scripts/lib/resendCapture'

const DAY = 86_400_000
const suffix = uniqueSuffix()

let payload: Payload
let capture: ResendCapture
let sender: EmailSender
/** Idempotency keys of every send attempt, before Resend (the capture server) de-duplicates. */
const attempts: string[] = []
let county: Tenant
let borough: Tenant
let staleIds: number[]
let freshId: number
const editorEmail = `editor-${suffix}@example.org`
const adminEmail = `tenant-admin-${suffix}@example.org`
const councillorEmail = `councillor-${suffix}@example.org`

const forTenant = (tenant: Tenant, week: string) => (email: CapturedEmail) =>
  email.idempotencyKey === reminderIdempotencyKey(tenant.slug, week)

/** Runs the weekly task the way the schedule does: queued in the reminders queue, then run. */
async function runWeeklyJob(): Promise<void> {
  await payload.jobs.queue({ task: 'remindStaleContacts', input: {}, queue: REMINDER_QUEUE })
  await payload.jobs.run({ queue: REMINDER_QUEUE, silent: true })
  await deliver()
}

/** Sends what the reminders queued in the outbox (the poller is off in int tests). */
async function deliver(): Promise<void> {
  await deliverOutbox(payload, { sender })
}

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  capture = await startResendCapture()
  // The reminders queue their email in the outbox; it is sent through the real Resend SDK talking
  // to the capture server, as production would talk to Resend. Every attempt is counted before
  // Resend (the capture server) de-duplicates.
  const resend = resendSender({ apiKey: 're_test_reminders', baseUrl: capture.url, from: 'Portal <portal@example.org>', ratePerSecond: 50 })
  sender = {
    ...resend,
    send: (email) => {
      attempts.push(email.idempotencyKey)
      return resend.send(email)
    },
  }
  // What earlier files left queued is not this file's to count.
  await deliverOutbox(payload, { sender: { ...resend, kind: 'keep', send: async () => ({ ok: true, resendId: null }) } })

  county = await createTenant(payload, { slug: `rem-county-${suffix}`, nation: 'wales' })
  borough = await createTenant(payload, { slug: `rem-borough-${suffix}`, nation: 'england' })
  await payload.update({ collection: 'tenants', id: borough.id, overrideAccess: true, data: { contactStaleAfterDays: 30 } })

  const create = (tenant: Tenant, label: string, lastVerifiedAt: string | null) =>
    payload.create({
      collection: 'contacts',
      overrideAccess: true,
      data: { tenant: tenant.id, kind: 'other', label, email: 'someone@example.gov.uk', audience: 'public', lastVerifiedAt },
    })
  const neverVerified = await create(county, 'Never <verified> & "quoted"', null)
  const old = await create(county, 'Checked long ago', new Date(Date.now() - 200 * DAY).toISOString())
  const fresh = await create(county, 'Checked last week', new Date(Date.now() - 7 * DAY).toISOString())
  // 40 days is stale for the borough (30 days) but would be fresh under the default 180.
  const boroughStale = await create(borough, 'Borough contact', new Date(Date.now() - 40 * DAY).toISOString())
  staleIds = [neverVerified.id, old.id, boroughStale.id]
  freshId = fresh.id

  await createMember(payload, editorEmail, [{ tenant: county.id, roles: ['editor'] }])
  await createMember(payload, adminEmail, [{ tenant: county.id, roles: ['tenant-admin'] }, { tenant: borough.id, roles: ['tenant-admin'] }])
  await createMember(payload, councillorEmail, [{ tenant: county.id, roles: ['councillor'] }])
})

afterAll(async () => {
  await capture.close()
})

describe('weekly stale-contacts reminder', () => {
  it("emails a tenant's editors and tenant admins the list of its stale contacts, through the jobs queue", async () => {
    await runWeeklyJob()
    const week = isoWeekKey(new Date())
    const emails = capture.emails().filter(forTenant(county, week))
    expect(emails).toHaveLength(1)
    const [email] = emails
    expect(email?.to.sort()).toEqual([adminEmail, editorEmail].sort())
    expect(email?.to).not.toContain(councillorEmail)
    expect(email?.subject).toBe(`2 contacts to check for ${county.name}`)
    expect(email?.idempotencyKey).toBe(`stale-contacts-${county.slug}-${week}`)

    const html = email?.html ?? ''
    // Text is escaped: a label cannot inject markup into the email.
    expect(html).toContain('Never &lt;verified&gt; &amp; &quot;quoted&quot;')
    expect(html).not.toContain('<verified>')
    expect(html).toContain('Checked long ago')
    expect(html).not.toContain('Checked last week')
    expect(html).toContain('never verified')
    const serverUrl = process.env.NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000'
    expect(html).toContain(`href="${serverUrl}/admin/collections/contacts/${staleIds[0]}"`)
    expect(html).not.toContain(`/admin/collections/contacts/${freshId}"`)
    expect(email?.text).toContain('Never <verified> & "quoted"')
  })

  it("uses each tenant's own stale-after setting", async () => {
    const week = isoWeekKey(new Date())
    const emails = capture.emails().filter(forTenant(borough, week))
    expect(emails).toHaveLength(1)
    expect(emails[0]?.to).toEqual([adminEmail])
    expect(emails[0]?.html).toContain('Borough contact')
    expect(emails[0]?.html).toContain('last 30 days')
  })

  it('sends nothing more when the job runs again in the same week, and records the send', async () => {
    const week = isoWeekKey(new Date())
    const before = capture.emails().length
    const attemptsBefore = attempts.length
    await runWeeklyJob()
    await runWeeklyJob()
    // The recorded send stops the second run before it reaches Resend at all.
    expect(attempts.length).toBe(attemptsBefore)
    expect(capture.emails().filter(forTenant(county, week))).toHaveLength(1)
    expect(capture.emails().filter(forTenant(borough, week))).toHaveLength(1)
    expect(capture.emails().length).toBe(before)

    const records = await payload.find({
      collection: 'contact-reminders',
      where: { and: [{ tenant: { equals: county.id } }, { week: { equals: week } }] },
      overrideAccess: true,
    })
    expect(records.docs).toHaveLength(1)
    expect(records.docs[0]).toMatchObject({ status: 'sent', recipients: 2, contacts: 2 })
  })

  it('sends once per tenant even when two runs race in the same (next) week', async () => {
    const nextWeek = new Date(Date.now() + 7 * DAY)
    const week = isoWeekKey(nextWeek)
    const results = await Promise.all([sendStaleContactReminders(payload, nextWeek), sendStaleContactReminders(payload, nextWeek)])
    await deliver()
    expect(capture.emails().filter(forTenant(county, week))).toHaveLength(1)
    expect(capture.emails().filter(forTenant(borough, week))).toHaveLength(1)
    expect(results.flatMap((result) => result.sent).filter((slug) => slug === county.slug).length).toBeGreaterThanOrEqual(1)
  })

  it('resends a reminder left unfinished by a crashed run, and Resend delivers it once', async () => {
    const weekAfter = new Date(Date.now() + 14 * DAY)
    const week = isoWeekKey(weekAfter)
    // A run that claimed the tenant and then died before recording the send.
    await payload.create({ collection: 'contact-reminders', overrideAccess: true, data: { tenant: county.id, week, status: 'sending' } })
    await sendStaleContactReminders(payload, weekAfter)
    await sendStaleContactReminders(payload, weekAfter)
    await deliver()
    expect(attempts.filter((key) => key === reminderIdempotencyKey(county.slug, week))).toHaveLength(1)
    expect(capture.emails().filter(forTenant(county, week))).toHaveLength(1)
    const record = await payload.find({
      collection: 'contact-reminders',
      where: { and: [{ tenant: { equals: county.id } }, { week: { equals: week } }] },
      overrideAccess: true,
    })
    expect(record.docs[0]?.status).toBe('sent')
  })

  it("lists on an editor's dashboard only the stale contacts of tenants they edit", async () => {
    const { findStaleContacts } = await import('@/collections/Contacts/stale')
    const editor = await payload.find({ collection: 'users', where: { email: { equals: editorEmail } }, overrideAccess: true, limit: 1 })
    const user = editor.docs[0]
    if (!user) throw new Error('editor missing')
    const stale = await findStaleContacts(payload, {
      tenantIds: [county.id, borough.id],
      now: new Date(),
      user: { ...user, collection: 'users' },
    })
    expect(stale.map((entry) => entry.tenant.slug)).toEqual([county.slug])
    expect(stale[0]?.contacts.map((contact) => contact.id).sort()).toEqual(staleIds.slice(0, 2).sort())
  })

  it('is not something a logged-in editor can trigger over the API', async () => {
    const { GET } = await import('@/app/(payload)/api/[...slug]/route')
    const { token } = await payload.login({ collection: 'users', data: { email: editorEmail, password: 'correct-horse-battery-staple' } })
    const response = await GET(
      new Request(`http://localhost:3000/api/payload-jobs/run?queue=${REMINDER_QUEUE}`, { headers: { Authorization: `JWT ${token}` } }),
      { params: Promise.resolve({ slug: ['payload-jobs', 'run'] }) },
    )
    expect(response.status).toBe(401)
  })
})
