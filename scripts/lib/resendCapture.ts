/**
 * A stand-in for the Resend HTTP API, so the real `resend` SDK can run in tests.
 *
 * The SDK reads `RESEND_BASE_URL` in the `Resend` constructor (not at import) and requests
 * `${baseUrl}${path}` with no slash handling, so point it at `url` exactly as returned here
 * (no trailing slash). It sends `Authorization: Bearer <key>`, `User-Agent: resend-node:<v>`,
 * an optional `Idempotency-Key`, and snake_case JSON (`reply_to`, `scheduled_at`, ...).
 *
 * Other processes (Playwright specs) read what was captured with GET `/__captured` and clear
 * it with DELETE `/__captured`. Run alone with `npx tsx scripts/lib/resendCapture.ts`.
 *
 * It can also misbehave the way Resend does, so the outbox's retries are tested against the real
 * SDK: `failNext(status, count)` (or POST `/__faults` `{ status, count }`) answers the next sends
 * with a 429 or 5xx, and `rateLimitPerSecond` (or PUT `/__rate-limit` `{ perSecond }`) refuses
 * sends past that many in any one second with 429 `rate_limit_exceeded` and `retry-after`, as
 * Resend's default of 2 requests/s per team does. `stats()` (GET `/__stats`) counts them.
 *
 * Given a webhook (`webhook: { url, secret }`, or PUT `/__webhook` `{ url, secret }`), it also plays
 * Resend's webhook: after accepting an email it posts `email.sent` and then, as Resend's test
 * addresses do, `email.bounced` for bounced@resend.dev, `email.complained` for
 * complained@resend.dev, else `email.delivered`, each signed with Svix headers over the exact body
 * and retried on a non-2xx answer. `postEvent()` (POST `/__events` `{ type, emailId }`) sends one by hand.
 */
import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { pathToFileURL } from 'node:url'

import { z } from 'zod'

import { svixHeaders } from '../../src/lib/webhooks/svix'

export type CapturedEmail = {
  id: string
  from: string
  to: string[]
  subject: string
  html?: string
  text?: string
  cc?: string[]
  bcc?: string[]
  replyTo?: string[]
  headers?: Record<string, string>
  tags?: { name: string; value: string }[]
  scheduledAt?: string
  attachments?: unknown[]
  /** The request body as sent, for fields not listed above. */
  body: Record<string, unknown>
  idempotencyKey?: string
  userAgent?: string
  batch: boolean
  receivedAt: string
}

export type CaptureStats = { requests: number; accepted: number; rateLimited: number; faulted: number; webhookPosts: number; webhookRefused: number }

export type CaptureWebhook = { url: string; secret: string }

/** What the capture server answers when it posts an event: the app's status and body. */
export type WebhookPost = { svixId: string; type: string; emailId: string; status: number; body: string }

export type SendAttempt = { idempotencyKey?: string; status: number }

export type ResendCapture = {
  url: string
  port: number
  emails(): CapturedEmail[]
  clear(): void
  /** The next `count` send requests are answered with `status` (429, 500, 503...) and nothing is captured. */
  failNext(status: number, count?: number): void
  /** At most `perSecond` send requests in any second (undefined: no limit). */
  setRateLimit(perSecond: number | undefined): void
  stats(): CaptureStats
  /** Where Resend's events are posted (undefined: nowhere, the default). */
  setWebhook(webhook: CaptureWebhook | undefined): void
  /** Posts one signed event about a captured email now, as Resend would; retried like the automatic ones. */
  postEvent(type: string, emailId: string): Promise<WebhookPost>
  /** Every event posted so far, with the app's answer to its last try. */
  webhookPosts(): WebhookPost[]
  /** Every send request in order, refused or not: its Idempotency-Key and the status answered (to check retries reuse the key). */
  attempts(): SendAttempt[]
  waitFor(pred: (email: CapturedEmail) => boolean, timeoutMs?: number): Promise<CapturedEmail>
  close(): Promise<void>
}

type ResendErrorName =
  | 'missing_api_key'
  | 'invalid_api_key'
  | 'missing_required_field'
  | 'validation_error'
  | 'invalid_idempotency_key'
  | 'invalid_idempotent_request'
  | 'not_found'
  | 'method_not_allowed'
  | 'rate_limit_exceeded'
  | 'internal_server_error'

type Reply = { status: number; body: unknown; headers?: Record<string, string> }

const MAX_BODY_BYTES = 10 * 1024 * 1024
/** The app records Resend's id when the send call answers; events come after that. */
const WEBHOOK_DELAY_MS = 300
const WEBHOOK_TRIES = 4
const WEBHOOK_RETRY_MS = 500

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const MAX_BATCH_SIZE = 100

function resendError(status: number, name: ResendErrorName, message: string): Reply {
  return { status, body: { statusCode: status, name, message } }
}

const addresses = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])

const emailSchema = z.looseObject({
  from: z.string().min(1),
  to: addresses,
  subject: z.string().min(1),
  html: z.string().optional(),
  text: z.string().optional(),
  cc: addresses.optional(),
  bcc: addresses.optional(),
  reply_to: addresses.optional(),
  headers: z.record(z.string(), z.string()).optional(),
  tags: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
  scheduled_at: z.string().optional(),
  attachments: z.array(z.unknown()).optional(),
})

type EmailBody = z.infer<typeof emailSchema>

const REQUIRED_FIELDS = ['from', 'to', 'subject'] as const

function asList(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined
  return Array.isArray(value) ? value : [value]
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
}

/** Validates one email the way Resend does: a missing required field is a 422 naming it. */
function validateEmail(raw: unknown): { ok: true; email: EmailBody } | { ok: false; message: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, message: 'The email must be a JSON object.' }
  }
  const record = raw as Record<string, unknown>
  const missing = REQUIRED_FIELDS.find((field) => isMissing(record[field]))
  if (missing) return { ok: false, message: `Missing \`${missing}\` field.` }
  const parsed = emailSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, message: `Invalid \`${issue?.path.join('.') ?? 'body'}\`: ${issue?.message ?? 'invalid value'}` }
  }
  if (parsed.data.html === undefined && parsed.data.text === undefined && record.template === undefined) {
    return { ok: false, message: 'Missing `html` or `text` field.' }
  }
  return { ok: true, email: parsed.data }
}

type RequestMeta = { idempotencyKey?: string; userAgent?: string; batch: boolean }

function toCaptured(email: EmailBody, meta: RequestMeta): CapturedEmail {
  const captured: CapturedEmail = {
    id: randomUUID(),
    from: email.from,
    to: asList(email.to) ?? [],
    subject: email.subject,
    body: { ...email },
    batch: meta.batch,
    receivedAt: new Date().toISOString(),
  }
  const optional: Partial<CapturedEmail> = {
    html: email.html,
    text: email.text,
    cc: asList(email.cc),
    bcc: asList(email.bcc),
    replyTo: asList(email.reply_to),
    headers: email.headers,
    tags: email.tags,
    scheduledAt: email.scheduled_at,
    attachments: email.attachments,
    idempotencyKey: meta.idempotencyKey,
    userAgent: meta.userAgent,
  }
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(captured, { [key]: value })
  }
  return captured
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request body too large.'))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

function parseJsonValue(text: string): unknown {
  const parsed = parseJson(text)
  return parsed.ok ? parsed.value : undefined
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** Resend answers 401 without a key and 403 for a key that is not a Resend key. */
function checkAuthorization(req: IncomingMessage): Reply | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(headerValue(req, 'authorization') ?? '')
  if (!match) {
    return resendError(
      401,
      'missing_api_key',
      'Missing API key in the authorization header. Include the following header: Authorization: Bearer YOUR_API_KEY in the request.',
    )
  }
  if (!match[1]?.startsWith('re_')) return resendError(403, 'invalid_api_key', 'API key is invalid')
  return undefined
}

type IdempotentEntry = { fingerprint: string; reply: Reply }

class CaptureState {
  readonly captured: CapturedEmail[] = []
  readonly events = new EventEmitter()
  private readonly idempotent = new Map<string, IdempotentEntry>()
  private readonly faults: { status: number; remaining: number }[] = []
  private recent: number[] = []
  rateLimitPerSecond: number | undefined
  webhook: CaptureWebhook | undefined
  readonly posts: WebhookPost[] = []
  readonly counts: CaptureStats = { requests: 0, accepted: 0, rateLimited: 0, faulted: 0, webhookPosts: 0, webhookRefused: 0 }
  readonly attempts: SendAttempt[] = []

  failNext(status: number, count: number): void {
    if (count > 0) this.faults.push({ status, remaining: count })
  }

  /**
   * What Resend would answer before looking at the email: a planted fault, or 429 past the rate
   * limit (a sliding one-second window over the requests it accepted).
   */
  refusal(): Reply | undefined {
    this.counts.requests += 1
    const fault = this.faults[0]
    if (fault) {
      fault.remaining -= 1
      if (fault.remaining <= 0) this.faults.shift()
      this.counts.faulted += 1
      return fault.status === 429
        ? { ...resendError(429, 'rate_limit_exceeded', 'Too many requests. You can only make 2 requests per second.'), headers: { 'retry-after': '1' } }
        : resendError(fault.status, 'internal_server_error', 'An unexpected error occurred.')
    }
    if (this.rateLimitPerSecond !== undefined) {
      const now = Date.now()
      this.recent = this.recent.filter((at) => now - at < 1000)
      if (this.recent.length >= this.rateLimitPerSecond) {
        this.counts.rateLimited += 1
        const wait = Math.max(1, Math.ceil((1000 - (now - (this.recent[0] ?? now))) / 1000))
        return {
          ...resendError(429, 'rate_limit_exceeded', `Too many requests. You can only make ${this.rateLimitPerSecond} requests per second.`),
          headers: { 'retry-after': String(wait), 'ratelimit-limit': String(this.rateLimitPerSecond), 'ratelimit-remaining': '0' },
        }
      }
      this.recent.push(now)
    }
    this.counts.accepted += 1
    return undefined
  }

  store(emails: CapturedEmail[]): void {
    for (const email of emails) {
      this.captured.push(email)
      this.events.emit('email', email)
      if (this.webhook) void this.reportDelivery(email)
    }
  }

  /** Resend's events for an accepted email: sent, then its fate, a moment later (after the app has recorded the id). */
  private async reportDelivery(email: CapturedEmail): Promise<void> {
    await sleep(WEBHOOK_DELAY_MS)
    await this.postEvent('email.sent', email.id)
    const to = email.to.map((address) => address.toLowerCase())
    const fate = to.includes('bounced@resend.dev') ? 'email.bounced' : to.includes('complained@resend.dev') ? 'email.complained' : 'email.delivered'
    await this.postEvent(fate, email.id)
  }

  /** Posts one event the way Svix does: signed over the exact bytes, retried a few times on a non-2xx answer or no answer. */
  async postEvent(type: string, emailId: string): Promise<WebhookPost> {
    const webhook = this.webhook
    const svixId = `msg_${randomUUID().replace(/-/g, '')}`
    if (!webhook) return { svixId, type, emailId, status: 0, body: 'no webhook configured' }
    const email = this.captured.find((candidate) => candidate.id === emailId)
    const data: Record<string, unknown> = { email_id: emailId, from: email?.from, to: email?.to, subject: email?.subject, created_at: email?.receivedAt }
    if (type === 'email.bounced') data.bounce = { type: 'Permanent', subType: 'General', message: 'The recipient\'s email provider sent a hard bounce message.' }
    const body = JSON.stringify({ type, created_at: new Date().toISOString(), data })
    const post: WebhookPost = { svixId, type, emailId, status: 0, body: '' }
    this.posts.push(post)
    for (let attempt = 0; attempt < WEBHOOK_TRIES; attempt += 1) {
      this.counts.webhookPosts += 1
      try {
        // Signed at each try, as Svix does: the timestamp is the try's.
        const response = await fetch(webhook.url, { method: 'POST', headers: { 'content-type': 'application/json', ...svixHeaders(webhook.secret, svixId, body) }, body })
        post.status = response.status
        post.body = await response.text()
        if (response.ok) return post
      } catch (error) {
        post.status = 0
        post.body = error instanceof Error ? error.message : String(error)
      }
      this.counts.webhookRefused += 1
      await sleep(WEBHOOK_RETRY_MS * 2 ** attempt)
    }
    return post
  }

  /** Forgets the emails but not the idempotency keys: Resend remembers those for 24 h. */
  clear(): void {
    this.captured.length = 0
  }

  /** Same key and payload: the first reply again. Same key, other payload: 409, as Resend does. */
  replay(key: string, fingerprint: string): Reply | undefined {
    const entry = this.idempotent.get(key)
    if (!entry) return undefined
    if (entry.fingerprint !== fingerprint) {
      return resendError(409, 'invalid_idempotent_request', 'Same idempotency key used with a different request payload.')
    }
    return entry.reply
  }

  remember(key: string, fingerprint: string, reply: Reply): void {
    if (reply.status < 300) this.idempotent.set(key, { fingerprint, reply })
  }
}

function sendOne(state: CaptureState, payload: unknown, meta: RequestMeta): Reply {
  const result = validateEmail(payload)
  if (!result.ok) return resendError(422, 'missing_required_field', result.message)
  const email = toCaptured(result.email, meta)
  state.store([email])
  return { status: 200, body: { id: email.id } }
}

function sendBatch(state: CaptureState, payload: unknown, meta: RequestMeta, permissive: boolean): Reply {
  if (!Array.isArray(payload)) return resendError(422, 'validation_error', 'The batch must be a JSON array of emails.')
  if (payload.length === 0 || payload.length > MAX_BATCH_SIZE) {
    return resendError(422, 'validation_error', `A batch holds between 1 and ${MAX_BATCH_SIZE} emails.`)
  }
  const results = payload.map(validateEmail)
  const errors = results.flatMap((result, index) => (result.ok ? [] : [{ index, message: result.message }]))
  const firstError = errors[0]
  if (firstError && !permissive) {
    return resendError(422, 'missing_required_field', `emails[${firstError.index}]: ${firstError.message}`)
  }
  const emails = results.flatMap((result) => (result.ok ? [toCaptured(result.email, meta)] : []))
  state.store(emails)
  const data = emails.map((email) => ({ id: email.id }))
  return { status: 200, body: permissive ? { data, errors } : { data } }
}

function getEmail(state: CaptureState, id: string): Reply {
  const email = state.captured.find((candidate) => candidate.id === id)
  if (!email) return resendError(404, 'not_found', 'Email not found')
  return {
    status: 200,
    body: {
      object: 'email',
      id: email.id,
      from: email.from,
      to: email.to,
      cc: email.cc ?? null,
      bcc: email.bcc ?? null,
      reply_to: email.replyTo ?? null,
      subject: email.subject,
      html: email.html ?? null,
      text: email.text ?? null,
      created_at: email.receivedAt,
      scheduled_at: email.scheduledAt ?? null,
      last_event: 'delivered',
      tags: email.tags ?? [],
    },
  }
}

async function handleSend(state: CaptureState, req: IncomingMessage, batch: boolean): Promise<Reply> {
  const reply = await answerSend(state, req, batch)
  state.attempts.push({ idempotencyKey: headerValue(req, 'idempotency-key'), status: reply.status })
  return reply
}

async function answerSend(state: CaptureState, req: IncomingMessage, batch: boolean): Promise<Reply> {
  const unauthorized = checkAuthorization(req)
  if (unauthorized) return unauthorized
  const refused = state.refusal()
  if (refused) return refused
  const text = await readBody(req)
  const parsed = parseJson(text)
  if (!parsed.ok) return resendError(422, 'validation_error', 'The request body is not valid JSON.')
  const idempotencyKey = headerValue(req, 'idempotency-key')
  const meta: RequestMeta = { idempotencyKey, userAgent: headerValue(req, 'user-agent'), batch }
  const send = (): Reply =>
    batch
      ? sendBatch(state, parsed.value, meta, headerValue(req, 'x-batch-validation') === 'permissive')
      : sendOne(state, parsed.value, meta)
  if (idempotencyKey === undefined) return send()
  if (idempotencyKey.length === 0 || idempotencyKey.length > 256) {
    return resendError(400, 'invalid_idempotency_key', 'The key must be between 1-256 chars.')
  }
  const fingerprint = `${req.url ?? ''}\n${JSON.stringify(parsed.value)}`
  const replayed = state.replay(idempotencyKey, fingerprint)
  if (replayed) return replayed
  const reply = send()
  state.remember(idempotencyKey, fingerprint, reply)
  return reply
}

async function route(state: CaptureState, req: IncomingMessage): Promise<Reply> {
  // Tolerate a base URL given with a trailing slash: the SDK would then request `//emails`.
  const path = new URL(req.url ?? '/', 'http://capture').pathname.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1')
  const method = req.method ?? 'GET'
  if (path === '/__captured') {
    if (method === 'GET') return { status: 200, body: state.captured }
    if (method === 'DELETE') {
      state.clear()
      return { status: 200, body: { cleared: true } }
    }
    return resendError(405, 'method_not_allowed', 'Method not allowed')
  }
  if (path === '/__faults' && method === 'POST') {
    const parsed = z.object({ status: z.number().int().min(400).max(599), count: z.number().int().min(1).default(1) }).safeParse(parseJsonValue(await readBody(req)))
    if (!parsed.success) return resendError(422, 'validation_error', 'Send { status: 400-599, count }.')
    state.failNext(parsed.data.status, parsed.data.count)
    return { status: 200, body: { planted: parsed.data } }
  }
  if (path === '/__rate-limit' && method === 'PUT') {
    const parsed = z.object({ perSecond: z.number().int().min(1).nullable() }).safeParse(parseJsonValue(await readBody(req)))
    if (!parsed.success) return resendError(422, 'validation_error', 'Send { perSecond: number | null }.')
    state.rateLimitPerSecond = parsed.data.perSecond ?? undefined
    return { status: 200, body: { perSecond: parsed.data.perSecond } }
  }
  if (path === '/__stats' && method === 'GET') return { status: 200, body: state.counts }
  if (path === '/__webhook' && method === 'PUT') {
    const parsed = z.object({ url: z.url(), secret: z.string().startsWith('whsec_') }).nullable().safeParse(parseJsonValue(await readBody(req)))
    if (!parsed.success) return resendError(422, 'validation_error', 'Send { url, secret: "whsec_..." }, or null to stop posting events.')
    state.webhook = parsed.data ?? undefined
    return { status: 200, body: { webhook: parsed.data ? parsed.data.url : null } }
  }
  if (path === '/__webhook' && method === 'GET') return { status: 200, body: state.posts }
  if (path === '/__events' && method === 'POST') {
    const parsed = z.object({ type: z.string().min(1), emailId: z.string().min(1) }).safeParse(parseJsonValue(await readBody(req)))
    if (!parsed.success) return resendError(422, 'validation_error', 'Send { type: "email.delivered", emailId }.')
    return { status: 200, body: await state.postEvent(parsed.data.type, parsed.data.emailId) }
  }
  if (path === '/emails' || path === '/emails/batch') {
    if (method !== 'POST') return resendError(405, 'method_not_allowed', 'Method not allowed')
    return handleSend(state, req, path === '/emails/batch')
  }
  const emailId = /^\/emails\/([^/]+)$/.exec(path)?.[1]
  if (emailId && method === 'GET') {
    return checkAuthorization(req) ?? getEmail(state, decodeURIComponent(emailId))
  }
  return resendError(404, 'not_found', 'The requested endpoint does not exist.')
}

function respond(res: ServerResponse, reply: Reply): void {
  const body = JSON.stringify(reply.body)
  res.writeHead(reply.status, {
    ...reply.headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  })
  res.end(body)
}

function waitForEmail(
  state: CaptureState,
  pred: (email: CapturedEmail) => boolean,
  timeoutMs: number,
): Promise<CapturedEmail> {
  const already = state.captured.find(pred)
  if (already) return Promise.resolve(already)
  return new Promise((resolve, reject) => {
    const onEmail = (email: CapturedEmail): void => {
      if (!pred(email)) return
      clearTimeout(timer)
      state.events.off('email', onEmail)
      resolve(email)
    }
    const timer = setTimeout(() => {
      state.events.off('email', onEmail)
      const seen = state.captured.map((email) => `"${email.subject}" to ${email.to.join(', ')}`)
      reject(
        new Error(
          `No matching email arrived within ${timeoutMs} ms. Captured so far: ${seen.length ? seen.join('; ') : 'none'}.`,
        ),
      )
    }, timeoutMs)
    state.events.on('email', onEmail)
  })
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}

export async function startResendCapture(opts: { port?: number; rateLimitPerSecond?: number; webhook?: CaptureWebhook } = {}): Promise<ResendCapture> {
  const state = new CaptureState()
  state.rateLimitPerSecond = opts.rateLimitPerSecond
  state.webhook = opts.webhook
  state.events.setMaxListeners(100)
  const server = createServer((req, res) => {
    route(state, req).then(
      (reply) => respond(res, reply),
      (error: unknown) => respond(res, resendError(422, 'validation_error', error instanceof Error ? error.message : String(error))),
    )
  })
  const port = await listen(server, opts.port ?? 0)
  let closing: Promise<void> | undefined
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    emails: () => [...state.captured],
    clear: () => state.clear(),
    failNext: (status, count = 1) => state.failNext(status, count),
    setRateLimit: (perSecond) => {
      state.rateLimitPerSecond = perSecond
    },
    stats: () => ({ ...state.counts }),
    setWebhook: (webhook) => {
      state.webhook = webhook
    },
    postEvent: (type, emailId) => state.postEvent(type, emailId),
    webhookPosts: () => state.posts.map((post) => ({ ...post })),
    attempts: () => [...state.attempts],
    waitFor: (pred, timeoutMs = 10_000) => waitForEmail(state, pred, timeoutMs),
    close: () => (closing ??= closeServer(server)),
  }
}

/** Reads the emails captured by a capture server in another process (e.g. from a Playwright spec). */
export async function fetchCapturedEmails(captureUrl: string): Promise<CapturedEmail[]> {
  const response = await fetch(`${captureUrl}/__captured`)
  if (!response.ok) throw new Error(`GET ${captureUrl}/__captured answered ${response.status}`)
  return (await response.json()) as CapturedEmail[]
}

export async function clearCapturedEmails(captureUrl: string): Promise<void> {
  const response = await fetch(`${captureUrl}/__captured`, { method: 'DELETE' })
  if (!response.ok) throw new Error(`DELETE ${captureUrl}/__captured answered ${response.status}`)
}

async function runStandalone(): Promise<void> {
  const port = z.coerce.number().int().min(0).max(65535).default(0).parse(process.env.PORT || undefined)
  const capture = await startResendCapture({ port })
  console.log(`Resend capture server listening on ${capture.url}`)
  console.log(`  point the SDK at it: RESEND_BASE_URL=${capture.url} RESEND_API_KEY=re_test_capture`)
  console.log(`  captured emails: GET ${capture.url}/__captured (DELETE to clear)`)
  const stop = (): void => {
    void capture.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  let shown = 0
  setInterval(() => {
    const emails = capture.emails()
    if (emails.length < shown) shown = 0
    for (const email of emails.slice(shown)) {
      console.log(`${email.receivedAt} "${email.subject}" from ${email.from} to ${email.to.join(', ')} (${email.id})`)
    }
    shown = emails.length
  }, 250)
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (invokedDirectly) await runStandalone()
