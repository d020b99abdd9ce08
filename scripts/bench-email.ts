/**
 * `npm run bench:email [-- --emails 40]`: emails per second from the outbox to the Resend capture
 * server with its rate limit on (2 requests/s, Resend's default per team). On a throwaway database:
 * queue `--emails` password-reset emails (a React Email render and a token to decrypt each), then
 * drain the outbox as the poller does, twice: paced at 2/s as in production, and unpaced (the
 * capture server then refuses with 429 and the outbox backs off). Prints the numbers; for reading,
 * never pass/fail.
 */
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'

import { startResendCapture } from './lib/resendCapture'
import { createThrowawayDatabase, stopTestDatabaseServer, type ThrowawayDatabase } from './lib/testDatabase'

const { values: flags } = parseArgs({ options: { emails: { type: 'string', default: '40' } } })
const EMAILS = Number(flags.emails)
const RATE_LIMIT = 2

async function main(): Promise<void> {
  let database: ThrowawayDatabase | undefined
  const capture = await startResendCapture({ rateLimitPerSecond: RATE_LIMIT })
  try {
    database = await createThrowawayDatabase('email')
    process.env.DATABASE_URL = database.url
    process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
    process.env.INCIDENT_ENCRYPTION_KEY = randomBytes(32).toString('base64')
    process.env.EMAIL_OUTBOX_POLL = 'off'
    const { applyMigrations, withPayload } = await import('./lib/payloadTasks')
    const { enqueueEmail } = await import('../src/collections/EmailOutbox/enqueue')
    const { deliverOutbox } = await import('../src/collections/EmailOutbox/deliver')
    const { resendSender } = await import('../src/email/sender')

    await withPayload(async (payload) => {
      await applyMigrations(payload)
      const round = async (label: string, ratePerSecond: number): Promise<void> => {
        const stamp = Date.now().toString(36)
        let started = performance.now()
        for (let index = 0; index < EMAILS; index += 1) {
          await enqueueEmail(payload, {
            template: 'password-reset',
            to: `bench-${stamp}-${index}@example.org`,
            params: {},
            secrets: { token: randomBytes(20).toString('hex') },
            priority: 'invitation',
            idempotencyKey: `bench-${stamp}-${index}`,
          })
        }
        const queueMs = performance.now() - started
        const before = capture.stats()
        const sender = resendSender({ apiKey: 're_bench', baseUrl: capture.url, from: 'Bench <bench@example.org>', ratePerSecond })
        started = performance.now()
        let sent = 0
        let clock = Date.now()
        // As the poller would, run after run; between runs the clock moves to the next retry
        // instead of waiting (the time waited for a 30 s backoff is not measured).
        while (sent < EMAILS) {
          const report = await deliverOutbox(payload, { sender, budgetMs: 600_000, now: () => new Date(Math.max(Date.now(), clock)) })
          sent += report.sent
          if (report.sent + report.retrying + report.failed === 0) clock += 30_000
          if (report.failed > 0) throw new Error(`${report.failed} emails failed`)
        }
        const sendMs = performance.now() - started
        const after = capture.stats()
        console.log(
          `${label}: queued ${EMAILS} in ${(queueMs / 1000).toFixed(2)} s (${(EMAILS / (queueMs / 1000)).toFixed(0)}/s); ` +
            `sent in ${(sendMs / 1000).toFixed(1)} s of sending = ${(EMAILS / (sendMs / 1000)).toFixed(2)} emails/s; ` +
            `requests ${after.requests - before.requests}, refused with 429 ${after.rateLimited - before.rateLimited}`,
        )
      }
      console.log(`Capture server rate limit: ${RATE_LIMIT} requests/s.`)
      await round(`paced at ${RATE_LIMIT}/s (production)`, RATE_LIMIT)
      // Let the capture server's one-second window empty between the rounds.
      await new Promise((resolve) => setTimeout(resolve, 1100))
      await round('unpaced (100/s)', 100)
      await (payload.db as unknown as { pool?: { end(): Promise<void> } }).pool?.end()
    })
  } finally {
    await capture.close()
    await database?.drop().catch(() => undefined)
    await stopTestDatabaseServer()
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
