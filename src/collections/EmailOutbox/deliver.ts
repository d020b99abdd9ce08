import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { EmailRenderError, renderEmail, type EmailTemplates } from '@/email/render'
import { oneLineSubject, senderFromEnv, type EmailSender } from '@/email/sender'
import type { EmailTemplateId } from '@/email/templates/ids'
import { serverEnv } from '@/env'
import { relationId } from '@/lib/relationId'
import type { EmailOutbox } from '@/payload-types'

import { backoffMs, MAX_ATTEMPTS } from './constants'
import { openSecrets } from './secrets'

export type DeliveryReport = { sent: number; retrying: number; failed: number }

export type DeliverOptions = {
  /** Defaults to the configured one (Resend, or keep the rendered email without RESEND_API_KEY). */
  sender?: EmailSender
  /** The clock (tests move it past a backoff instead of waiting). */
  now?: () => Date
  /** Stop claiming new rows after this long; what is left waits for the next run. */
  budgetMs?: number
  /** Rows claimed at a time. */
  batch?: number
}

/** How long a run holds a claimed row; a run that died leaves its rows to the next one after this. */
const CLAIM_MS = 2 * 60_000

let defaultSender: EmailSender | undefined

/**
 * Claims up to `limit` due rows, lowest priority number first, oldest first within a priority.
 * `FOR UPDATE SKIP LOCKED` and the claim's expiry let several processes drain one outbox without
 * sending a row twice (#16 will run jobs in one process; this stays correct if two do).
 */
async function claimDue(payload: Payload, now: Date, limit: number): Promise<number[]> {
  const until = new Date(now.getTime() + CLAIM_MS).toISOString()
  const at = now.toISOString()
  const result = await payload.db.drizzle.execute(sql`
    UPDATE email_outbox SET claimed_until = ${until}
    WHERE id IN (
      SELECT id FROM email_outbox
      WHERE status = 'queued'
        AND (next_attempt_at IS NULL OR next_attempt_at <= ${at})
        AND (claimed_until IS NULL OR claimed_until <= ${at})
      ORDER BY priority, next_attempt_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, priority`)
  const rows = (result as unknown as { rows: { id: number; priority: number }[] }).rows
  return rows.sort((a, b) => a.priority - b.priority || a.id - b.id).map((row) => Number(row.id))
}

async function record(payload: Payload, id: number, data: Partial<EmailOutbox>): Promise<void> {
  await payload.update({ collection: 'email-outbox', id, data: { ...data, claimedUntil: null }, overrideAccess: true, depth: 0 })
}

type Outcome = 'sent' | 'retrying' | 'failed'

async function deliverOne(payload: Payload, sender: EmailSender, id: number, now: Date): Promise<Outcome> {
  const row = await payload.findByID({ collection: 'email-outbox', id, depth: 0, overrideAccess: true, showHiddenFields: true })
  const attempts = (row.attempts ?? 0) + 1
  let rendered
  try {
    const secrets = row.secretParams ? openSecrets(row.idempotencyKey, row.secretParams) : {}
    rendered = await renderEmail(payload, {
      template: row.template as EmailTemplateId,
      params: (row.params ?? {}) as EmailTemplates[EmailTemplateId]['params'],
      secrets,
      tenant: relationId(row.tenant) ?? undefined,
    })
  } catch (error) {
    // A template that cannot be rendered now never will be (its tenant is gone, its secret unreadable).
    const message = error instanceof Error ? error.message : String(error)
    payload.logger.error({ msg: `[email] outbox ${id} (${row.template}) cannot be rendered: ${message}` })
    await record(payload, id, { status: 'failed', attempts, lastError: `render: ${message}`.slice(0, 500), nextAttemptAt: null })
    if (!(error instanceof EmailRenderError)) throw error
    return 'failed'
  }
  const subject = oneLineSubject(rendered.subject)
  const to = row.to.split(',').map((address) => address.trim()).filter(Boolean)
  const result = await sender.send({ ...rendered, subject, from: sender.from, to, idempotencyKey: row.idempotencyKey })
  if (result.ok) {
    const kept = sender.kind === 'keep' ? { html: rendered.html, text: rendered.text } : { html: null, text: null }
    await record(payload, id, {
      status: 'sent',
      attempts,
      resendId: result.resendId,
      sentAt: now.toISOString(),
      from: sender.from,
      subject,
      ...kept,
      // The link's token is no longer needed by anyone but the recipient.
      secretParams: null,
      lastError: null,
      nextAttemptAt: null,
    })
    if (sender.kind === 'keep') payload.logger.info(`[email] kept in the outbox (no RESEND_API_KEY): "${subject}" to ${row.to} — /admin/collections/email-outbox/${id}`)
    return 'sent'
  }
  if (result.retryable && attempts < MAX_ATTEMPTS) {
    const wait = backoffMs(attempts, result.retryAfterSeconds)
    payload.logger.warn(`[email] outbox ${id} (${row.template}) attempt ${attempts} refused (${result.message}); next in ${Math.round(wait / 1000)} s`)
    await record(payload, id, { attempts, lastError: result.message.slice(0, 500), nextAttemptAt: new Date(now.getTime() + wait).toISOString() })
    return 'retrying'
  }
  payload.logger.error({ msg: `[email] outbox ${id} (${row.template}) failed after ${attempts} attempt(s): ${result.message}` })
  await record(payload, id, { status: 'failed', attempts, lastError: result.message.slice(0, 500), nextAttemptAt: null })
  return 'failed'
}

/**
 * Sends what is due in the outbox, account mail first, until nothing is due or the budget is
 * spent. Run every few seconds by the `deliverOutbox` job (src/jobs/deliverOutbox.ts); tests call
 * it directly instead of waiting for the poller. Each row is rendered here, at send time.
 */
export async function deliverOutbox(payload: Payload, options: DeliverOptions = {}): Promise<DeliveryReport> {
  const sender = options.sender ?? (defaultSender ??= senderFromEnv(serverEnv()))
  const clock = options.now ?? (() => new Date())
  const started = Date.now()
  const budget = options.budgetMs ?? 20_000
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 }
  while (Date.now() - started < budget) {
    const ids = await claimDue(payload, clock(), options.batch ?? 10)
    if (ids.length === 0) break
    for (const id of ids) {
      const outcome = await deliverOne(payload, sender, id, clock())
      report[outcome] += 1
    }
  }
  return report
}
