/**
 * Resend's webhook, end to end within the test process: the outbox sends through the real Resend
 * SDK to the capture server, which then posts Resend's events, signed with Svix headers, over HTTP
 * to a small server that hands each request, raw body and all, to the app's real route handler
 * (POST /api/resend/webhook). Wrongly signed, stale, replayed and malformed events are posted by
 * hand with the same signer and change nothing.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { POST as restPost } from '@/app/(payload)/api/[...slug]/route'
import { findBouncedEmails } from '@/collections/EmailOutbox/bounced'
import { deliverOutbox } from '@/collections/EmailOutbox/deliver'
import { enqueueEmail } from '@/collections/EmailOutbox/enqueue'
import { resendWebhookHandler } from '@/endpoints/resendWebhook'
import { keepSender, resendSender, type EmailSender } from '@/email/sender'
import { svixHeaders } from '@/lib/webhooks/svix'
import type { EmailOutbox, Tenant, User } from '@/payload-types'

import { rest } from '../helpers/apiClient'
import { createMember, createTenant, ensureSeeded, PASSWORD } from '../helpers/contacts'
import { testPayload, uniqueSuffix } from '../helpers/payload'
import { startResendCapture, type ResendCapture } from '../../scripts/lib/resendCapture'

const SECRET = process.env.RESEND_WEBHOOK_SECRET ?? ''
const FROM = 'Safety Portal <portal@example.org>'
const suffix = uniqueSuffix()

let payload: Payload
let capture: ResendCapture
let resend: EmailSender
let app: Server
let A: Tenant
let B: Tenant
const users = {} as Record<'adminA' | 'adminB' | 'editorA' | 'platform', User>

/** The app's webhook route behind a real HTTP socket, so the capture server posts to it as Resend would. */
async function startAppServer(): Promise<string> {
  app = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value)
      const request = new Request(`http://localhost:3000${req.url ?? '/'}`, { method: req.method, headers, body: Buffer.concat(chunks) })
      const slug = (req.url ?? '').replace(/^\/api\//, '').split('/')
      void restPost(request, { params: Promise.resolve({ slug }) }).then(async (response) => {
        res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' })
        res.end(await response.text())
      })
    })
  })
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/resend/webhook`
}

/** Posts a body to the webhook with the given headers, straight to the route handler. */
async function post(body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const request = new Request('http://localhost:3000/api/resend/webhook', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
  const response = await restPost(request, { params: Promise.resolve({ slug: ['resend', 'webhook'] }) })
  return { status: response.status, text: await response.text() }
}

const event = (type: string, emailId: string) => JSON.stringify({ type, created_at: new Date().toISOString(), data: { email_id: emailId } })
const signed = (body: string, id = `msg_${randomUUID()}`, timestamp?: number, secret = SECRET) => svixHeaders(secret, id, body, timestamp)
const row = (id: number): Promise<EmailOutbox> => payload.findByID({ collection: 'email-outbox', id, overrideAccess: true, depth: 0 })

/** Queues and sends one email to `to` about tenant A; returns its row once Resend's id is on it. */
async function sendOne(label: string, to: string): Promise<EmailOutbox> {
  const { id } = await enqueueEmail(payload, { template: 'message', to, tenant: A.id, params: { subject: `Webhook ${label} ${suffix}`, text: label }, priority: 'account', idempotencyKey: `webhook-${label}-${suffix}` })
  await deliverOutbox(payload, { sender: resend })
  const sent = await row(id)
  // Already past `sent` if the capture server's events came in first.
  expect(sent.resendId).toBeTruthy()
  return sent
}

/** Waits until the capture server has had the app's answer to its `type` event about an email. */
async function answered(emailId: string | null | undefined, type: string): Promise<number> {
  const until = Date.now() + 15_000
  for (;;) {
    const done = capture.webhookPosts().find((p) => p.emailId === emailId && p.type === type && p.status !== 0)
    if (done) return done.status
    if (Date.now() > until) throw new Error(`no answer to ${type} about ${emailId}: ${JSON.stringify(capture.webhookPosts().slice(-4))}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

beforeAll(async () => {
  expect(SECRET).toMatch(/^whsec_/)
  payload = await testPayload()
  await ensureSeeded(payload)
  // Earlier files' queued mail is theirs: sent nowhere, so the webhook sees only these tests' emails.
  await deliverOutbox(payload, { sender: keepSender(FROM) })
  A = await createTenant(payload, { slug: `hook-a-${suffix}`, nation: 'wales' })
  B = await createTenant(payload, { slug: `hook-b-${suffix}`, nation: 'england' })
  users.adminA = await createMember(payload, `hook-admin-a-${suffix}@example.org`, [{ tenant: A.id, roles: ['tenant-admin'] }])
  users.adminB = await createMember(payload, `hook-admin-b-${suffix}@example.org`, [{ tenant: B.id, roles: ['tenant-admin'] }])
  users.editorA = await createMember(payload, `hook-editor-a-${suffix}@example.org`, [{ tenant: A.id, roles: ['editor'] }])
  users.platform = await payload.create({ collection: 'users', overrideAccess: true, data: { email: `hook-platform-${suffix}@example.org`, password: PASSWORD, roles: ['platform-admin'] } })
  capture = await startResendCapture({ webhook: { url: await startAppServer(), secret: SECRET } })
  resend = resendSender({ apiKey: 're_test_int', baseUrl: capture.url, from: FROM, ratePerSecond: 50 })
}, 240_000)

afterAll(async () => {
  capture.setWebhook(undefined)
  await capture.close()
  await new Promise<void>((resolve) => app.close(() => resolve()))
})

describe('events from the capture server, signed as Resend signs them', () => {
  it('moves a delivered email to delivered, as the platform admin\'s outbox shows', async () => {
    const sent = await sendOne('delivered', `someone-${suffix}@example.org`)
    expect(await answered(sent.resendId, 'email.delivered')).toBe(200)
    const { token } = await payload.login({ collection: 'users', data: { email: users.platform.email, password: PASSWORD } })
    const shown = await rest('GET', `email-outbox/${sent.id}`, { token })
    expect(shown.status).toBe(200)
    expect(shown.json.status).toBe('delivered')
    const posts = capture.webhookPosts().filter((p) => p.emailId === sent.resendId)
    expect(posts.map((p) => [p.type, p.status])).toEqual([
      ['email.sent', 200],
      ['email.delivered', 200],
    ])
    const seen = (await payload.db.drizzle.execute(sql`SELECT svix_id FROM resend_webhook_events WHERE svix_id = ${posts[1]?.svixId ?? ''}`)) as unknown as { rows: unknown[] }
    expect(seen.rows).toHaveLength(1)
  })

  it('a bounce marks the email bounced and tells the council\'s admins once: the dashboard names the address, the email does not', async () => {
    const sent = await sendOne('bounce', 'bounced@resend.dev')
    expect(await answered(sent.resendId, 'email.bounced')).toBe(200)
    const bounced = await row(sent.id)
    expect(bounced.status).toBe('bounced')
    expect(bounced.lastError).toContain('Bounced (Permanent / General)')

    const notices = await payload.find({ collection: 'email-outbox', where: { template: { equals: 'email-bounced' }, tenant: { equals: A.id } }, overrideAccess: true })
    expect(notices.docs.map((doc) => doc.to)).toEqual([users.adminA.email])
    // The notice is sent (to the capture server); it says neither the address nor what the email was.
    await deliverOutbox(payload, { sender: resend })
    const notice = await capture.waitFor((email) => email.to.includes(users.adminA.email), 5_000)
    expect(notice.subject).toBe(`An email for ${A.name} could not be delivered`)
    for (const part of [notice.html ?? '', notice.text ?? '', notice.subject]) {
      expect(part).not.toContain('bounced@resend.dev')
      expect(part).not.toContain(`Webhook bounce ${suffix}`)
    }
    expect(capture.emails().some((email) => email.to.includes(users.adminB.email))).toBe(false)

    const adminAView = await findBouncedEmails(payload, users.adminA)
    expect(adminAView.map((email) => [email.id, email.to, email.status])).toEqual([[sent.id, 'bounced@resend.dev', 'bounced']])
    expect(await findBouncedEmails(payload, users.adminB)).toEqual([])
    expect(await findBouncedEmails(payload, users.editorA)).toEqual([])
    expect(await findBouncedEmails(payload, users.adminB, { tenantId: A.id })).toEqual([])
    expect((await findBouncedEmails(payload, users.platform, { tenantId: A.id })).map((email) => email.id)).toEqual([sent.id])
  })

  it('a late "delivered" does not undo a bounce, and the notice is not sent twice', async () => {
    const sent = await sendOne('late', 'bounced@resend.dev')
    expect(await answered(sent.resendId, 'email.bounced')).toBe(200)
    const late = await capture.postEvent('email.delivered', sent.resendId ?? '')
    expect(late.status).toBe(200)
    const again = await capture.postEvent('email.bounced', sent.resendId ?? '')
    expect(again.status).toBe(200)
    expect((await row(sent.id)).status).toBe('bounced')
    const notices = await payload.count({ collection: 'email-outbox', where: { idempotencyKey: { equals: `email-bounced-${sent.id}` } }, overrideAccess: true })
    expect(notices.totalDocs).toBe(1)
  })
})

describe('refused events change nothing', () => {
  let target: EmailOutbox
  beforeAll(async () => {
    // From here on events are posted by hand.
    capture.setWebhook(undefined)
    target = await sendOne('refused', `refused-${suffix}@example.org`)
    expect(target.status).toBe('sent')
  })

  it('a wrong secret, a changed body or missing headers: 4xx and the row stays sent', async () => {
    const body = event('email.delivered', target.resendId ?? '')
    const other = `whsec_${randomBytes(24).toString('base64')}`
    expect((await post(body, signed(body, undefined, undefined, other))).status).toBe(401)
    const headers = signed(body)
    expect((await post(body.replace('delivered', 'bounced'), headers)).status).toBe(401)
    expect((await post(body, {})).status).toBe(400)
    expect((await post(body, { ...headers, 'svix-signature': '' })).status).toBe(400)
    expect((await row(target.id)).status).toBe('sent')
  })

  it('a correctly signed event older than five minutes: 401', async () => {
    const body = event('email.delivered', target.resendId ?? '')
    const response = await post(body, signed(body, undefined, Math.floor(Date.now() / 1000) - 6 * 60))
    expect(response.status).toBe(401)
    expect(response.text).toContain('5 minutes')
    expect((await row(target.id)).status).toBe('sent')
  })

  it('malformed JSON or a body that is not an event, correctly signed: 400', async () => {
    expect((await post('{"type": "email.delivered",', signed('{"type": "email.delivered",'))).status).toBe(400)
    expect((await post('[1,2]', signed('[1,2]'))).status).toBe(400)
    expect((await row(target.id)).status).toBe('sent')
  })

  it('a replayed svix-id, even freshly signed: 409 and nothing changes', async () => {
    const id = `msg_${randomUUID()}`
    const delivered = event('email.delivered', target.resendId ?? '')
    expect((await post(delivered, signed(delivered, id))).status).toBe(200)
    expect((await row(target.id)).status).toBe('delivered')
    await payload.db.drizzle.execute(sql`UPDATE email_outbox SET status = 'sent' WHERE id = ${target.id}`)
    const replay = await post(delivered, signed(delivered, id))
    expect(replay.status).toBe(409)
    expect((await row(target.id)).status).toBe('sent')
    const bounce = event('email.bounced', target.resendId ?? '')
    expect((await post(bounce, signed(bounce, id))).status).toBe(409)
    expect((await row(target.id)).status).toBe('sent')
  })

  it('forgets seen ids after a day (they cannot be replayed: their timestamps are stale)', async () => {
    await payload.db.drizzle.execute(sql`INSERT INTO resend_webhook_events (svix_id, type, received_at) VALUES (${`old-${suffix}`}, 'email.sent', now() - interval '2 days')`)
    const body = event('email.opened', target.resendId ?? '')
    expect((await post(body, signed(body))).status).toBe(200)
    const left = (await payload.db.drizzle.execute(sql`SELECT 1 FROM resend_webhook_events WHERE svix_id = ${`old-${suffix}`}`)) as unknown as { rows: unknown[] }
    expect(left.rows).toHaveLength(0)
  })

  it('without RESEND_WEBHOOK_SECRET the endpoint answers 503 and says why', async () => {
    const handler = resendWebhookHandler(() => undefined)
    const body = event('email.delivered', target.resendId ?? '')
    const request = Object.assign(new Request('http://localhost/api/resend/webhook', { method: 'POST', body, headers: signed(body) }), { payload }) as unknown as PayloadRequest
    const response = await handler(request)
    expect(response.status).toBe(503)
    expect(await response.text()).toContain('RESEND_WEBHOOK_SECRET')
  })

  it('an event about an email this portal did not send is acknowledged and ignored', async () => {
    const body = event('email.bounced', `not-ours-${suffix}`)
    const response = await post(body, signed(body))
    expect(response.status).toBe(200)
    expect(response.text).toContain('nothing to update')
  })
})
