import { Resend } from 'resend'

import type { ServerEnv } from '@/env'

import type { RenderedEmail } from './templates/accountLinks'

export type OutgoingEmail = RenderedEmail & { from: string; to: string[]; idempotencyKey: string }

export type SendResult =
  | { ok: true; resendId: string | null }
  | { ok: false; retryable: boolean; message: string; retryAfterSeconds?: number }

/**
 * Where the outbox hands a rendered email: Resend (RESEND_API_KEY set), or nowhere (`keep`: the
 * delivery job keeps the rendered email on its outbox row for a developer to read).
 */
export type EmailSender = { kind: 'resend' | 'keep'; from: string; send(email: OutgoingEmail): Promise<SendResult> }

/** Subjects are one line: a tenant's name with a line break must not start a new header. */
export function oneLineSubject(value: string): string {
  return value.replace(/[\r\n\u2028\u2029]+/g, ' ').trim()
}

function retryAfterOf(headers: Record<string, string> | null | undefined): number | undefined {
  const value = Number(headers?.['retry-after'])
  return Number.isFinite(value) && value > 0 ? value : undefined
}

/**
 * The real Resend SDK (pointed at a capture server in tests by RESEND_BASE_URL), at most
 * `ratePerSecond` requests a second from this sender (Resend's default team limit is 2), each with
 * the row's Idempotency-Key. 429, 5xx and network failures are worth retrying; other refusals
 * (a malformed address, a key reused for another email) are not.
 */
export function resendSender(options: { apiKey: string; baseUrl?: string; from: string; ratePerSecond?: number }): EmailSender {
  const resend = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : undefined)
  // A tenth slower than the limit: requests leave on time but arrive with jitter, and Resend counts arrivals.
  const interval = 1100 / (options.ratePerSecond ?? 2)
  let nextSlot = 0
  const pace = async (): Promise<void> => {
    const now = Date.now()
    const wait = nextSlot - now
    nextSlot = Math.max(now, nextSlot) + interval
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
  }
  return {
    kind: 'resend',
    from: options.from,
    send: async (email) => {
      await pace()
      const { data, error, headers } = await resend.emails.send(
        {
          from: email.from,
          to: email.to,
          subject: oneLineSubject(email.subject),
          ...(email.html ? { html: email.html } : {}),
          text: email.text,
        },
        { idempotencyKey: email.idempotencyKey },
      )
      if (data && !error) return { ok: true, resendId: data.id }
      const status = error?.statusCode ?? null
      // Another request with this key still in flight at Resend (409) is worth another try too.
      const retryable = status === null || status === 429 || status >= 500 || error?.name === 'concurrent_idempotent_requests'
      const retryAfterSeconds = status === 429 ? retryAfterOf(headers) : undefined
      // Told to slow down: nothing leaves this sender until Resend said it may.
      if (retryAfterSeconds !== undefined) nextSlot = Math.max(nextSlot, Date.now() + retryAfterSeconds * 1000)
      return { ok: false, retryable, message: `${status ?? 'no answer'} ${error?.name ?? ''}: ${error?.message ?? 'no id returned'}`.trim(), retryAfterSeconds }
    },
  }
}

export function keepSender(from: string): EmailSender {
  return { kind: 'keep', from, send: async () => ({ ok: true, resendId: null }) }
}

export function senderFromEnv(env: ServerEnv): EmailSender {
  const from = `${env.EMAIL_FROM_NAME} <${env.EMAIL_FROM_ADDRESS}>`
  return env.RESEND_API_KEY ? resendSender({ apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL, from }) : keepSender(from)
}
