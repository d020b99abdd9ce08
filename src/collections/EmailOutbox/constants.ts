export const outboxStatuses = ['queued', 'sent', 'failed'] as const
export type OutboxStatus = (typeof outboxStatuses)[number]

/**
 * Lower goes first. Account mail (reset links, sign-in warnings) must never wait behind a council
 * importing fifty councillors; report notifications (#20) next; weekly reminders; invitations last.
 */
export const emailPriority = { account: 0, report: 10, reminder: 20, invitation: 30 } as const
export type EmailPriority = keyof typeof emailPriority

/** Attempts before a row is marked failed (about an hour of backoff in all: 30 s, 1, 2, 4, 8, 16, 32 min). */
export const MAX_ATTEMPTS = 8
const FIRST_RETRY_MS = 30_000
const LONGEST_WAIT_MS = 60 * 60_000

/** The wait after the `attempts`-th failed attempt: doubling from 30 s, at most an hour, never shorter than Resend's retry-after. */
export function backoffMs(attempts: number, retryAfterSeconds?: number): number {
  const doubling = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_WAIT_MS)
  return Math.max(doubling, (retryAfterSeconds ?? 0) * 1000)
}
