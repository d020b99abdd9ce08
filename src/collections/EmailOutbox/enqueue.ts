import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import type { EmailTemplates } from '@/email/render'
import type { EmailTemplateId } from '@/email/templates/ids'

import { emailPriority, type EmailPriority } from './constants'
import { sealSecrets } from './secrets'

export type QueuedEmail<T extends EmailTemplateId> = {
  template: T
  /** One address, or several for one email to all of them (the weekly reminders). */
  to: string | string[]
  /** The tenant the email is about (its name, languages and colours are read at send time). */
  tenant?: number
  params: EmailTemplates[T]['params']
  /** Values that open an account (tokens): encrypted at rest, deleted once Resend has the email. */
  secrets?: EmailTemplates[T]['secrets']
  priority: EmailPriority
  /**
   * One row per key, however often the event happens (importing a file twice, a job retried), and
   * Resend's Idempotency-Key for it. Name the event and the recipient, e.g. `report-{id}-{user}`.
   * Left out, every call is a new email.
   */
  idempotencyKey?: string
}

export type Enqueued = { id: number; created: boolean }

const MAX_KEY_LENGTH = 200

/**
 * Queues an email: writes its outbox row and returns. Nothing is rendered or sent here, so a request
 * that queues mail makes no call to Resend and takes the same time whether or not it did. Pass the
 * event's `req` so the row commits (or rolls back) with the event. The `deliverOutbox` job sends it.
 */
export async function enqueueEmail<T extends EmailTemplateId>(payload: Payload, email: QueuedEmail<T>, req?: Partial<PayloadRequest>): Promise<Enqueued> {
  const idempotencyKey = email.idempotencyKey ?? `${email.template}-${randomUUID()}`
  if (idempotencyKey.length > MAX_KEY_LENGTH) throw new Error(`An email's idempotency key is at most ${MAX_KEY_LENGTH} characters`)
  const to = (Array.isArray(email.to) ? email.to : [email.to]).map((address) => address.trim()).filter(Boolean)
  if (to.length === 0) throw new Error('An email needs at least one recipient')
  const find = async () =>
    (
      await payload.find({
        collection: 'email-outbox',
        where: { idempotencyKey: { equals: idempotencyKey } },
        depth: 0,
        limit: 1,
        select: { status: true },
        overrideAccess: true,
        req,
      })
    ).docs[0]
  const found = await find()
  if (found) return { id: found.id, created: false }
  const secrets = email.secrets && Object.keys(email.secrets).length > 0 ? (email.secrets as Record<string, string>) : undefined
  let doc
  try {
    doc = await payload.create({
      collection: 'email-outbox',
      overrideAccess: true,
      req,
      data: {
        template: email.template,
        to: to.join(', '),
        tenant: email.tenant,
        priority: emailPriority[email.priority],
        idempotencyKey,
        params: email.params as Record<string, unknown>,
        secretParams: secrets ? sealSecrets(idempotencyKey, secrets) : undefined,
        status: 'queued',
        attempts: 0,
        nextAttemptAt: new Date().toISOString(),
      },
    })
  } catch (error) {
    // Two events with one key at once (two runs of a job racing): the unique index lets one row
    // in, and the other caller gets it. Inside a transaction the failed insert has already spoilt
    // the transaction, so the error stands there.
    const winner = req?.transactionID ? undefined : await find()
    if (!winner) throw error
    return { id: winner.id, created: false }
  }
  return { id: doc.id, created: true }
}
