/**
 * The email outbox: every email is a row written with its event and sent later by
 * `deliverOutbox`, through the real Resend SDK talking to the capture server (which can answer
 * 429 and 5xx like Resend). The poller is off in int tests (EMAIL_OUTBOX_POLL=off): each test
 * drains the queue itself, and moves the clock past a backoff instead of waiting for it.
 */
import { randomBytes } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { POST as restPost } from '@/app/(payload)/api/[...slug]/route'
import { MAX_ATTEMPTS } from '@/collections/EmailOutbox/constants'
import { deliverOutbox } from '@/collections/EmailOutbox/deliver'
import { enqueueEmail } from '@/collections/EmailOutbox/enqueue'
import { keepSender, resendSender, type EmailSender } from '@/email/sender'
import type { EmailOutbox } from '@/payload-types'

import { testPayload, uniqueSuffix } from '../helpers/payload'
import { startResendCapture, type ResendCapture } from '../../scripts/lib/resendCapture'

const FROM = 'Safety Portal <portal@example.org>'

let capture: ResendCapture
let payload: Payload
let resend: EmailSender
const keep = keepSender(FROM)
const suffix = uniqueSuffix()

/** The row as stored, hidden fields and all. */
const row = (id: number): Promise<EmailOutbox> => payload.findByID({ collection: 'email-outbox', id, overrideAccess: true, showHiddenFields: true })

/** Every column of the row as PostgreSQL holds it, as text: what a database dump would show. */
async function rawRow(id: number): Promise<string> {
  const result = await payload.db.drizzle.execute(sql`SELECT row_to_json(e)::text AS dump FROM email_outbox e WHERE id = ${id}`)
  return (result as unknown as { rows: { dump: string }[] }).rows[0]?.dump ?? ''
}

const message = (label: string) => ({ subject: `Outbox ${label} ${suffix}`, html: `<p>${label}</p>`, text: label })

beforeAll(async () => {
  capture = await startResendCapture()
  payload = await testPayload()
  // Fast enough for tests; the pacing itself is measured by `npm run bench:email`.
  resend = resendSender({ apiKey: 're_test_int', baseUrl: capture.url, from: FROM, ratePerSecond: 50 })
  // Whatever earlier test files left queued is theirs: send it nowhere, so these tests count only their own.
  await deliverOutbox(payload, { sender: keep })
})
afterAll(async () => {
  await capture.close()
})

describe('queueing', () => {
  it('the same idempotency key twice makes one row and one send', async () => {
    const key = `dup-${suffix}`
    const email = { template: 'message' as const, to: `dup-${suffix}@example.org`, params: message('dup'), priority: 'account' as const, idempotencyKey: key }
    const first = await enqueueEmail(payload, email)
    const second = await enqueueEmail(payload, email)
    expect(first.created).toBe(true)
    expect(second).toEqual({ id: first.id, created: false })
    expect((await payload.count({ collection: 'email-outbox', where: { idempotencyKey: { equals: key } }, overrideAccess: true })).totalDocs).toBe(1)

    await deliverOutbox(payload, { sender: resend })
    await deliverOutbox(payload, { sender: resend })
    const sent = capture.emails().filter((captured) => captured.idempotencyKey === key)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ from: FROM, to: [`dup-${suffix}@example.org`], subject: `Outbox dup ${suffix}`, html: '<p>dup</p>', text: 'dup' })
    expect(await row(first.id)).toMatchObject({ status: 'sent', attempts: 1, resendId: sent[0]?.id, html: null })
  })

  it('sends account mail before invitations queued ahead of it', async () => {
    const queue = async (label: string, priority: 'invitation' | 'account') =>
      enqueueEmail(payload, { template: 'message', to: `${label}-${suffix}@example.org`, params: message(label), priority, idempotencyKey: `${label}-${suffix}` })
    await queue('bulk-1', 'invitation')
    await queue('bulk-2', 'invitation')
    await queue('reset', 'account')
    await deliverOutbox(payload, { sender: resend })
    const order = capture
      .emails()
      .map((captured) => captured.idempotencyKey)
      .filter((key) => key?.endsWith(suffix) && /^(bulk|reset)/.test(key))
    expect(order).toEqual([`reset-${suffix}`, `bulk-1-${suffix}`, `bulk-2-${suffix}`])
  })

  it('makes no Resend call when a request queues mail: forgot-password answers alike for known and unknown addresses', async () => {
    const known = `forgot-${suffix}@example.org`
    await payload.create({ collection: 'users', data: { email: known, password: 'old-password-123456' }, overrideAccess: true })
    const ask = async (email: string) => {
      const request = new Request('http://localhost:3000/api/users/forgot-password', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 250)}` },
        body: JSON.stringify({ email }),
      })
      const response = await restPost(request, { params: Promise.resolve({ slug: ['users', 'forgot-password'] }) })
      return { status: response.status, body: await response.text() }
    }
    const before = capture.stats().requests
    const forKnown = await ask(known)
    const forUnknown = await ask(`nobody-${suffix}@example.org`)
    expect(forKnown).toEqual(forUnknown)
    expect(forKnown.status).toBe(200)
    expect(capture.stats().requests).toBe(before)

    const queued = await payload.find({ collection: 'email-outbox', where: { to: { equals: known } }, overrideAccess: true })
    expect(queued.docs.map((doc) => [doc.template, doc.status])).toEqual([['password-reset', 'queued']])
    await deliverOutbox(payload, { sender: resend })
    const email = await capture.waitFor((captured) => captured.to.includes(known), 5_000)
    const serverUrl = process.env.NEXT_PUBLIC_SERVER_URL ?? 'http://localhost:3000'
    const link = /href="([^"]+)"/.exec(email.html ?? '')?.[1] ?? ''
    expect(link.startsWith(`${serverUrl}/admin/reset/`)).toBe(true)
    expect(email.text).toContain(link)

    const token = decodeURIComponent(link.split('/admin/reset/')[1] ?? '')
    await payload.resetPassword({ collection: 'users', data: { token, password: 'new-password-654321' }, overrideAccess: true })
    expect((await payload.login({ collection: 'users', data: { email: known, password: 'new-password-654321' } })).user?.email).toBe(known)
    // The reset is told to the address (credentialNotices.ts); sent here, so later tests start from an empty queue.
    await deliverOutbox(payload, { sender: resend })
    const notice = await capture.waitFor((captured) => captured.to.includes(known) && (captured.subject ?? '').includes('password was changed'), 5_000)
    expect(notice.text).not.toContain('new-password-654321')
  })
})

describe('retries', () => {
  it('retries a 429 after its retry-after and a 503 with a longer wait, then sends once', async () => {
    const key = `retry-${suffix}`
    const { id } = await enqueueEmail(payload, { template: 'message', to: `retry-${suffix}@example.org`, params: message('retry'), priority: 'account', idempotencyKey: key })
    capture.failNext(429)
    capture.failNext(503)

    const t0 = new Date()
    await deliverOutbox(payload, { sender: resend, now: () => t0 })
    const first = await row(id)
    expect(first).toMatchObject({ status: 'queued', attempts: 1, lastError: expect.stringMatching(/^429 rate_limit_exceeded/) })
    // The capture server's 429 says retry-after: 1, as Resend's per-second limit does.
    const firstWait = Date.parse(first.nextAttemptAt ?? '') - t0.getTime()
    expect(firstWait).toBeGreaterThanOrEqual(1000)

    // Not yet due: nothing is sent before the wait is over.
    await deliverOutbox(payload, { sender: resend, now: () => new Date(t0.getTime() + firstWait - 500) })
    expect((await row(id)).attempts).toBe(1)

    const t1 = new Date(Date.parse(first.nextAttemptAt ?? ''))
    await deliverOutbox(payload, { sender: resend, now: () => t1 })
    const second = await row(id)
    expect(second).toMatchObject({ status: 'queued', attempts: 2, lastError: expect.stringMatching(/^503/) })
    expect(Date.parse(second.nextAttemptAt ?? '') - t1.getTime()).toBeGreaterThanOrEqual(60_000)

    const t2 = new Date(Date.parse(second.nextAttemptAt ?? ''))
    await deliverOutbox(payload, { sender: resend, now: () => t2 })
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 3, lastError: null })
    expect(capture.emails().filter((captured) => captured.idempotencyKey === key)).toHaveLength(1)
  })

  it('marks a row failed after the last attempt and keeps it, with the last error', async () => {
    const key = `fail-${suffix}`
    const { id } = await enqueueEmail(payload, { template: 'message', to: `fail-${suffix}@example.org`, params: message('fail'), priority: 'account', idempotencyKey: key })
    capture.failNext(500, MAX_ATTEMPTS)
    let now = new Date()
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliverOutbox(payload, { sender: resend, now: () => now })
      const current = await row(id)
      expect(current.attempts).toBe(attempt)
      if (current.nextAttemptAt) now = new Date(current.nextAttemptAt)
    }
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, nextAttemptAt: null, lastError: expect.stringMatching(/^500/) })
    expect(capture.emails().filter((captured) => captured.idempotencyKey === key)).toHaveLength(0)
    // Failed is final: a later run leaves it alone.
    await deliverOutbox(payload, { sender: resend, now: () => new Date(now.getTime() + 24 * 3600_000) })
    expect((await row(id)).attempts).toBe(MAX_ATTEMPTS)
  })

  it('does not retry a refusal that will not change (422)', async () => {
    const { id } = await enqueueEmail(payload, { template: 'message', to: `refused-${suffix}@example.org`, params: message('refused'), priority: 'account', idempotencyKey: `refused-${suffix}` })
    capture.failNext(422)
    await deliverOutbox(payload, { sender: resend })
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: 1, lastError: expect.stringMatching(/^422/) })
  })
})

describe('tokens at rest', () => {
  it('are encrypted while queued, unreadable through the API, and gone once Resend accepted the email', async () => {
    const token = randomBytes(20).toString('hex')
    const to = `token-${suffix}@example.org`
    const { id } = await enqueueEmail(payload, { template: 'password-reset', to, params: {}, secrets: { token }, priority: 'account', idempotencyKey: `token-${suffix}` })

    const queued = await rawRow(id)
    expect(queued).toContain('"secret_params":"v1.')
    expect(queued).not.toContain(token)
    const viaApi = await payload.findByID({ collection: 'email-outbox', id, overrideAccess: true })
    expect(viaApi).not.toHaveProperty('secretParams')

    capture.failNext(503)
    await deliverOutbox(payload, { sender: resend })
    // Refused: the token is still needed for the next attempt, still encrypted.
    expect(await rawRow(id)).toContain('"secret_params":"v1.')

    await deliverOutbox(payload, { sender: resend, now: () => new Date(Date.now() + 3600_000) })
    const email = capture.emails().find((captured) => captured.idempotencyKey === `token-${suffix}`)
    expect(email?.html).toContain(`/admin/reset/${token}`)
    const sent = await rawRow(id)
    expect(sent).toContain('"status":"sent"')
    expect(sent).toContain('"secret_params":null')
    expect(sent).not.toContain(token)
  })
})

describe('without RESEND_API_KEY', () => {
  it('keeps the rendered email on its row, readable by platform admins only', async () => {
    const to = `kept-${suffix}@example.org`
    const { id } = await enqueueEmail(payload, { template: 'sign-in-failures', to, params: { failures: 5 }, priority: 'account' })
    await deliverOutbox(payload, { sender: keep })
    const kept = await row(id)
    expect(kept).toMatchObject({ status: 'sent', from: FROM, subject: 'Failed sign-in attempts on your Councillor Safety Portal account', resendId: null })
    expect(kept.html).toContain('5 failed attempts in a row')
    expect(kept.text).toContain('5 failed attempts in a row')

    await expect(payload.find({ collection: 'email-outbox', overrideAccess: false })).rejects.toThrow(/not allowed/)
    await expect(
      payload.create({
        collection: 'email-outbox',
        overrideAccess: false,
        data: { template: 'message', to: 'x@example.org', idempotencyKey: `x-${suffix}`, status: 'queued', priority: 0, attempts: 0 },
      }),
    ).rejects.toThrow(/not allowed/)
  })

  it('payload.sendEmail, from code that is not ours, queues its ready-made email too', async () => {
    const to = `plain-${suffix}@example.org`
    await payload.sendEmail({ to, subject: `Plain ${suffix}`, text: 'kept' })
    const queued = (await payload.find({ collection: 'email-outbox', where: { to: { equals: to } }, overrideAccess: true })).docs[0]
    expect(queued).toMatchObject({ template: 'message', status: 'queued' })
    await deliverOutbox(payload, { sender: keep })
    expect(await row(queued?.id ?? 0)).toMatchObject({ status: 'sent', subject: `Plain ${suffix}`, text: 'kept' })
  })
})
