import type { EmailAdapter, Payload, SendEmailOptions } from 'payload'
import { Resend } from 'resend'

import type { ServerEnv } from '@/env'

import { addressList, idempotencyKeyOf } from './addresses'

export type SentEmail = { id: string; via: 'resend' | 'outbox' }

function bodyText(value: SendEmailOptions['html'] | SendEmailOptions['text']): string | undefined {
  return typeof value === 'string' ? value : undefined
}

async function sendThroughResend(
  resend: Resend,
  from: string,
  message: SendEmailOptions,
): Promise<SentEmail> {
  const to = addressList(message.to)
  const html = bodyText(message.html)
  const text = bodyText(message.text)
  const idempotencyKey = idempotencyKeyOf(message.headers)
  const { data, error } = await resend.emails.send(
    {
      from,
      to,
      subject: message.subject ?? '',
      ...(html !== undefined ? { html } : { text: text ?? '' }),
      ...(html !== undefined && text !== undefined ? { text } : {}),
      ...(message.replyTo ? { replyTo: addressList(message.replyTo) } : {}),
    },
    idempotencyKey ? { idempotencyKey } : undefined,
  )
  if (error || !data) {
    throw new Error(`Resend refused the email to ${to.join(', ')}: ${error?.message ?? 'no id returned'}`)
  }
  return { id: data.id, via: 'resend' }
}

async function keepInOutbox(payload: Payload, from: string, message: SendEmailOptions): Promise<SentEmail> {
  const to = addressList(message.to).join(', ')
  const doc = await payload.create({
    collection: 'email-outbox',
    overrideAccess: true,
    data: {
      to,
      from,
      subject: message.subject ?? '(no subject)',
      html: bodyText(message.html),
      text: bodyText(message.text),
    },
  })
  payload.logger.info(`[email] kept in the outbox (no RESEND_API_KEY): "${doc.subject}" to ${to} — /admin/collections/email-outbox/${doc.id}`)
  return { id: String(doc.id), via: 'outbox' }
}

/**
 * Sends through the Resend SDK when RESEND_API_KEY is set; otherwise keeps every email in the
 * `email-outbox` collection. RESEND_BASE_URL points the real SDK at a local capture server in
 * tests, so the same code path runs there as in production.
 */
export function emailAdapter(env: ServerEnv): EmailAdapter<SentEmail> {
  const defaultFrom = `${env.EMAIL_FROM_NAME} <${env.EMAIL_FROM_ADDRESS}>`
  return ({ payload }) => {
    const resend = env.RESEND_API_KEY
      ? new Resend(env.RESEND_API_KEY, env.RESEND_BASE_URL ? { baseUrl: env.RESEND_BASE_URL.replace(/\/+$/, '') } : undefined)
      : undefined
    return {
      name: resend ? 'resend' : 'outbox',
      defaultFromAddress: env.EMAIL_FROM_ADDRESS,
      defaultFromName: env.EMAIL_FROM_NAME,
      sendEmail: async (message) => {
        const from = addressList(message.from)[0] ?? defaultFrom
        return resend ? sendThroughResend(resend, from, message) : keepInOutbox(payload, from, message)
      },
    }
  }
}
