import type { TaskConfig } from 'payload'

import { deliverOutbox } from '@/collections/EmailOutbox/deliver'

/** The queue the outbox is drained in, separate from the hourly reminders so it can tick every few seconds. */
export const EMAIL_QUEUE = 'email'

/**
 * How often the outbox is polled (a six-field cron: seconds first). Both the schedule and the
 * autoRun in payload.config.ts use it, so a job is queued and run on the same tick.
 */
export const EMAIL_POLL_CRON = '*/3 * * * * *'

/**
 * Sends what the outbox holds (src/collections/EmailOutbox/deliver.ts). The schedule queues at most
 * one of these at a time (Payload's default beforeSchedule), so a run that is still pacing through
 * a bulk import is never joined by a second one in the same process.
 */
export const deliverOutboxTask: TaskConfig<{ input: object; output: { sent: number; retrying: number; failed: number } }> = {
  slug: 'deliverOutbox',
  label: 'Send queued email',
  retries: 0,
  schedule: [{ cron: EMAIL_POLL_CRON, queue: EMAIL_QUEUE }],
  outputSchema: [
    { name: 'sent', type: 'number', required: true },
    { name: 'retrying', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await deliverOutbox(req.payload) }),
}
