import type { Endpoint, PayloadRequest } from 'payload'

import { applyResendEvent, recordWebhookEvent, webhookEventSeen } from '@/collections/EmailOutbox/webhook'
import { resendEventSchema } from '@/collections/EmailOutbox/webhookEvents'
import { serverEnv } from '@/env'
import { readBody } from '@/lib/readBody'
import { verifySvix } from '@/lib/webhooks/svix'

/** Resend's events are a few kilobytes; anything much larger is not one. */
const MAX_BODY_BYTES = 256 * 1024

const answer = (status: number, message: string) => Response.json(status < 300 ? { message } : { errors: [{ message }] }, { status })

async function handle(req: PayloadRequest, secret: string | undefined): Promise<Response> {
  // Not configured is not an error of ours or the sender's: 503 says so, and Resend retries later.
  if (!secret) return answer(503, 'The Resend webhook is not configured on this server: set RESEND_WEBHOOK_SECRET to the endpoint\'s signing secret (whsec_...).')
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return answer(413, 'The event is larger than any Resend sends.')
  const body = await readBody(req, MAX_BODY_BYTES)
  if (!body) return answer(413, 'The event is larger than any Resend sends.')
  // The signature is over the bytes as they arrived: checked before the body is parsed.
  const verdict = verifySvix(secret, { id: req.headers.get('svix-id'), timestamp: req.headers.get('svix-timestamp'), signature: req.headers.get('svix-signature') }, body)
  if (!verdict.ok) return answer(verdict.status, verdict.reason)
  if (await webhookEventSeen(req.payload, verdict.id)) return answer(409, `Event ${verdict.id} was already received.`)
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body))
  } catch {
    return answer(400, 'The body is not JSON.')
  }
  const event = resendEventSchema.safeParse(json)
  if (!event.success) return answer(400, `The body is not a Resend event: ${event.error.issues[0]?.path.join('.') || 'body'} ${event.error.issues[0]?.message ?? ''}`.trim())
  // Applied before the id is recorded: if applying fails, Resend's retry applies it again (it is idempotent).
  const applied = await applyResendEvent(req.payload, event.data)
  await recordWebhookEvent(req.payload, verdict.id, event.data.type)
  return answer(200, applied.outboxId === null ? `${event.data.type}: nothing to update.` : `${event.data.type}: outbox email ${applied.outboxId} updated.`)
}

/**
 * The webhook's handler, given where its secret comes from (undefined: not configured). Tests
 * build one without a secret; the app's reads RESEND_WEBHOOK_SECRET.
 */
export function resendWebhookHandler(secretOf: () => string | undefined): Endpoint['handler'] {
  return async (req) => {
    try {
      return await handle(req, secretOf())
    } catch (error) {
      // The database is down or busy: Resend retries a 503 with backoff, and nothing was recorded as seen.
      req.payload.logger.error({ err: error, msg: '[resend-webhook] could not apply an event; Resend will retry it' })
      return answer(503, 'The event could not be stored just now; it will be retried.')
    }
  }
}

/**
 * POST /api/resend/webhook: Resend's delivery events (configure the endpoint in Resend with the
 * email.* events; its signing secret goes in RESEND_WEBHOOK_SECRET). Signed with Svix; see
 * src/lib/webhooks/svix.ts and the README's "Resend webhook" section.
 */
export const resendWebhookEndpoint: Endpoint = {
  path: '/resend/webhook',
  method: 'post',
  handler: resendWebhookHandler(() => serverEnv().RESEND_WEBHOOK_SECRET),
}
