/**
 * queued → sent (Resend accepted it) → delivered, bounced or complained (Resend's webhook, after
 * the recipient's server answered); failed: refused for good, by Resend or after the last retry.
 */
export const outboxStatuses = ['queued', 'sent', 'delivered', 'bounced', 'complained', 'failed'] as const
export type OutboxStatus = (typeof outboxStatuses)[number]

/**
 * Lower goes first. Account mail (reset links, sign-in warnings) must never wait behind a council
 * importing fifty councillors; report notifications (#20) next; weekly reminders; invitations last.
 */
export const emailPriority = { account: 0, report: 10, reminder: 20, invitation: 30 } as const
export type EmailPriority = keyof typeof emailPriority

/** Attempts before a row is marked failed (about an hour of backoff in all for 5xx: 30 s, 1, 2, 4, 8, 16, 32 min). */
export const MAX_ATTEMPTS = 8
const FIRST_RETRY_MS = 30_000
const LONGEST_WAIT_MS = 60 * 60_000

/**
 * The wait after the `attempts`-th failed attempt: doubling from 30 s, at most an hour. A 429 that
 * says when to come back (Resend's `retry-after`, a second for its per-second limit) is a queue,
 * not an outage: then the doubling starts from one second, never sooner than it says.
 */
export function backoffMs(attempts: number, retryAfterSeconds?: number): number {
  const exponent = Math.max(0, attempts - 1)
  if (retryAfterSeconds !== undefined) return Math.min(Math.max(1000 * 2 ** exponent, retryAfterSeconds * 1000), LONGEST_WAIT_MS)
  return Math.min(FIRST_RETRY_MS * 2 ** exponent, LONGEST_WAIT_MS)
}
