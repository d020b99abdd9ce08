import type { EmailAdapter, SendEmailOptions } from 'payload'

import { enqueueEmail } from '@/collections/EmailOutbox/enqueue'
import type { ServerEnv } from '@/env'

import { addressList, idempotencyKeyOf } from './addresses'

export type QueuedResult = { id: string; via: 'outbox' }

/**
 * What `generateEmailHTML` of the users collection returns once it has queued Payload's own
 * password-reset email itself (with the token as an encrypted parameter): the adapter then has
 * nothing left to do for that message.
 */
export const ALREADY_QUEUED = '<!-- queued in the email outbox -->'

function bodyText(value: SendEmailOptions['html'] | SendEmailOptions['text']): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/**
 * Payload's email adapter. Nothing is sent from here: every email goes through the outbox
 * (src/collections/EmailOutbox), written now and sent by the `deliverOutbox` job. Our own code
 * queues templates with `enqueueEmail`; anything else that calls `payload.sendEmail` has its
 * ready-made email queued as a `message`.
 */
export function emailAdapter(env: ServerEnv): EmailAdapter<QueuedResult> {
  return ({ payload }) => ({
    name: env.RESEND_API_KEY ? 'resend-outbox' : 'outbox',
    defaultFromAddress: env.EMAIL_FROM_ADDRESS,
    defaultFromName: env.EMAIL_FROM_NAME,
    sendEmail: async (message) => {
      if (message.html === ALREADY_QUEUED) return { id: 'queued', via: 'outbox' }
      const queued = await enqueueEmail(payload, {
        template: 'message',
        to: addressList(message.to),
        params: { subject: message.subject ?? '(no subject)', html: bodyText(message.html), text: bodyText(message.text) },
        priority: 'account',
        idempotencyKey: idempotencyKeyOf(message.headers),
      })
      return { id: String(queued.id), via: 'outbox' }
    },
  })
}
