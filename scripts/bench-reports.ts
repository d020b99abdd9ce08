/**
 * `npm run bench:reports [-- --reports 20]`: time from a councillor pressing "Send" (the site's
 * `sendReport`, src/data/incidentReports.ts) to the officer's email accepted by the Resend capture
 * server, through the real Resend SDK, on a throwaway database. Two ways, median and worst of
 * `--reports` each:
 * - drained at once: the outbox is run right after the send (what the portal itself costs);
 * - with the poller: the outbox runs every 3 s as EMAIL_POLL_CRON does in production, so the
 *   wait for the next poll is included.
 * Also counts emails per report under 429s: the capture server refuses the first attempt of every
 * email, and each report must still end with exactly one accepted email per officer. For reading,
 * never pass/fail.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { parseArgs } from 'node:util'

import { startResendCapture } from './lib/resendCapture'
import { createThrowawayDatabase, stopTestDatabaseServer, type ThrowawayDatabase } from './lib/testDatabase'

const { values: flags } = parseArgs({ options: { reports: { type: 'string', default: '20' } } })
const REPORTS = Number(flags.reports)
const POLL_MS = 3000

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

async function main(): Promise<void> {
  let database: ThrowawayDatabase | undefined
  const capture = await startResendCapture()
  try {
    database = await createThrowawayDatabase('reports')
    process.env.DATABASE_URL = database.url
    process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
    process.env.INCIDENT_ENCRYPTION_KEY = randomBytes(32).toString('base64')
    process.env.EMAIL_OUTBOX_POLL = 'off'
    const { applyMigrations, withPayload } = await import('./lib/payloadTasks')
    const { deliverOutbox } = await import('../src/collections/EmailOutbox/deliver')
    const { resendSender } = await import('../src/email/sender')
    const { sendReport } = await import('../src/data/incidentReports')
    const { resolveSite } = await import('../src/data/site')
    const { reportEmailKey } = await import('../src/collections/IncidentReports/hooks/notify')

    await withPayload(async (payload) => {
      await applyMigrations(payload)
      const stamp = Date.now().toString(36)
      const tenant = await payload.create({
        collection: 'tenants',
        overrideAccess: true,
        locale: 'en',
        data: { name: `Bench council ${stamp}`, slug: `bench-${stamp}`, kind: 'council', nation: 'england', locales: ['en'], defaultLocale: 'en', active: true, incidentLogEnabled: true },
      })
      const member = (role: 'councillor' | 'officer') =>
        payload.create({ collection: 'users', overrideAccess: true, data: { email: `bench-${role}-${stamp}@example.org`, password: randomBytes(12).toString('hex'), name: `Bench ${role}`, tenants: [{ tenant: tenant.id, roles: [role] }] } })
      const councillor = { ...(await member('councillor')), collection: 'users' as const }
      const officer = await member('officer')
      await payload.update({ collection: 'tenants', id: tenant.id, overrideAccess: true, data: { reportOfficers: [{ officer: officer.id, title: 'Monitoring Officer' }] } })
      console.log('set up; resolving the site')
      const site = await resolveSite({ tenant: tenant.slug, locale: 'en' })
      if (!site) throw new Error('the bench tenant has no site')
      const sender = resendSender({ apiKey: 're_bench', baseUrl: capture.url, from: 'Bench <bench@example.org>', ratePerSecond: 2 })
      await deliverOutbox(payload, { sender })

      const newIncident = () =>
        payload.create({
          collection: 'incidents',
          user: councillor,
          overrideAccess: false,
          data: { tenant: tenant.id, happenedAt: new Date(Date.now() - 3_600_000).toISOString(), platform: 'x', kinds: ['threat'], whatHappened: 'Bench incident' } as never,
        })
      const sendOne = async (): Promise<{ key: string; at: number }> => {
        const incident = await newIncident()
        const at = performance.now()
        const result = await sendReport(site, councillor, { incidentId: String(incident.id), evidenceIds: [], contactPreference: 'email', contactDetail: '', note: '', leaveOut: [], submissionKey: randomUUID() })
        if (!result.ok) throw new Error(`refused: ${result.problems.join(', ')}`)
        return { key: reportEmailKey(result.id, officer.id), at }
      }
      const acceptedAt = (key: string) => capture.waitFor((email) => email.idempotencyKey === key, 30_000).then(() => performance.now())

      console.log('measuring')
      const direct: number[] = []
      for (let index = 0; index < REPORTS; index += 1) {
        const { key, at } = await sendOne()
        const arrived = acceptedAt(key)
        await deliverOutbox(payload, { sender })
        direct.push((await arrived) - at)
        // Resend's 2 requests/s: the next report does not wait behind this one's pacing.
        await new Promise((resolve) => setTimeout(resolve, 500))
      }

      const polled: number[] = []
      let polling = true
      const poller = (async () => {
        while (polling) {
          await deliverOutbox(payload, { sender })
          await new Promise((resolve) => setTimeout(resolve, POLL_MS))
        }
      })()
      for (let index = 0; index < REPORTS; index += 1) {
        // Sends fall at different moments of the poll's 3 s cycle.
        await new Promise((resolve) => setTimeout(resolve, 700 + Math.random() * POLL_MS))
        const { key, at } = await sendOne()
        polled.push((await acceptedAt(key)) - at)
      }
      polling = false
      await poller

      // Under 429s: the first attempt of each email is refused; the retry follows Resend's retry-after.
      const keys: string[] = []
      for (let index = 0; index < 5; index += 1) keys.push((await sendOne()).key)
      const before = capture.attempts().length
      capture.failNext(429, keys.length)
      let clock = Date.now()
      for (let run = 0; run < 6; run += 1) {
        await deliverOutbox(payload, { sender, now: () => new Date(clock) })
        clock += 2000
      }
      const tries = capture.attempts().slice(before)
      const accepted = keys.map((key) => capture.emails().filter((email) => email.idempotencyKey === key).length)

      const ms = (value: number) => `${value.toFixed(0)} ms`
      console.log(`Reports: ${REPORTS} each way, one receiving officer, capture server on ${capture.url}.`)
      console.log(`send → accepted, drained at once: median ${ms(median(direct))}, worst ${ms(Math.max(...direct))}`)
      console.log(`send → accepted, with the 3 s poller: median ${ms(median(polled))}, worst ${ms(Math.max(...polled))}`)
      console.log(`under 429s: ${keys.length} reports, ${tries.length} send requests (${tries.filter((t) => t.status === 429).length} refused with 429), accepted per report: ${accepted.join(', ')}`)
      await (payload.db as unknown as { pool?: { end(): Promise<void> } }).pool?.end()
    })
  } finally {
    await capture.close()
    await database?.drop().catch(() => undefined)
    await stopTestDatabaseServer()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
