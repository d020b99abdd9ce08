import { z } from 'zod'

import type { OutboxStatus } from './constants'

/**
 * What a Resend webhook event means for the outbox row of the email it is about (found by the
 * row's `resendId`, Resend's `data.email_id`). Events arrive out of order and more than once, so
 * each names the statuses it may move a row from: a late `email.delivered` never undoes a bounce.
 */
export const resendEventSchema = z.object({
  type: z.string().min(1).max(100),
  created_at: z.string().max(100).optional(),
  data: z
    .looseObject({
      email_id: z.string().min(1).max(200).optional(),
      bounce: z.looseObject({ message: z.string().max(2000).optional(), type: z.string().max(100).optional(), subType: z.string().max(100).optional() }).optional(),
      failed: z.looseObject({ reason: z.string().max(2000).optional() }).optional(),
    })
    .optional(),
})
export type ResendEvent = z.infer<typeof resendEventSchema>

export type EventOutcome =
  /** Move the row to `status` if it is in one of `from`; `note` goes to lastError. */
  | { kind: 'status'; status: OutboxStatus; from: OutboxStatus[]; note: string | null; alertAdmins: boolean }
  /** Nothing changes on the row but the note (a delay Resend is still retrying). */
  | { kind: 'note'; from: OutboxStatus[]; note: string }
  /** Events the outbox does not track (opens, clicks, inbound mail, domains, contacts). */
  | { kind: 'ignore' }

const afterAcceptance: OutboxStatus[] = ['sent']
const afterDelivery: OutboxStatus[] = ['sent', 'delivered']

function bounceNote(event: ResendEvent): string {
  const bounce = event.data?.bounce
  const kind = [bounce?.type, bounce?.subType].filter(Boolean).join(' / ')
  return `Bounced${kind ? ` (${kind})` : ''}${bounce?.message ? `: ${bounce.message}` : ''}`
}

export function outcomeOf(event: ResendEvent): EventOutcome {
  switch (event.type) {
    case 'email.delivered':
      return { kind: 'status', status: 'delivered', from: afterAcceptance, note: null, alertAdmins: false }
    // A bounce can follow a delivery (the server accepted, then returned it).
    case 'email.bounced':
      return { kind: 'status', status: 'bounced', from: afterDelivery, note: bounceNote(event), alertAdmins: true }
    // Resend did not try: the address bounced or complained before and is on its suppression list.
    case 'email.suppressed':
      return { kind: 'status', status: 'bounced', from: afterAcceptance, note: 'Suppressed by Resend: this address bounced or complained before', alertAdmins: true }
    case 'email.complained':
      return { kind: 'status', status: 'complained', from: afterDelivery, note: 'The recipient marked the email as spam', alertAdmins: false }
    case 'email.failed':
      return { kind: 'status', status: 'failed', from: afterAcceptance, note: `Resend could not send it${event.data?.failed?.reason ? `: ${event.data.failed.reason}` : ''}`, alertAdmins: false }
    case 'email.delivery_delayed':
      return { kind: 'note', from: afterAcceptance, note: 'Delivery delayed: Resend is still trying' }
    // email.sent: the row became `sent` when Resend's API answered; opens and clicks are not tracked.
    default:
      return { kind: 'ignore' }
  }
}
