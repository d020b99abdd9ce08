import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { serverEnv } from '@/env'
import { tenantAdminEmails } from '@/jobs/endMemberships'

import { enqueueEmail } from './enqueue'
import { outcomeOf, type ResendEvent } from './webhookEvents'

/**
 * Seen `svix-id`s are kept this long. A replay needs a fresh signature timestamp (five minutes'
 * tolerance) and only Resend can sign, so a day is far more than needed to refuse replays.
 */
const SEEN_RETENTION = '1 day'

type Rows<T> = { rows: T[] }

/** True when this `svix-id` has been processed (in any process: the list is in PostgreSQL). */
export async function webhookEventSeen(payload: Payload, svixId: string): Promise<boolean> {
  const result = (await payload.db.drizzle.execute(sql`SELECT 1 FROM resend_webhook_events WHERE svix_id = ${svixId}`)) as unknown as Rows<unknown>
  return result.rows.length > 0
}

/** Records a processed `svix-id`, and forgets those past the retention. False if another request recorded it first. */
export async function recordWebhookEvent(payload: Payload, svixId: string, type: string): Promise<boolean> {
  await payload.db.drizzle.execute(sql`DELETE FROM resend_webhook_events WHERE received_at < now() - ${SEEN_RETENTION}::interval`)
  const result = (await payload.db.drizzle.execute(sql`
    INSERT INTO resend_webhook_events (svix_id, type, received_at) VALUES (${svixId}, ${type.slice(0, 100)}, now())
    ON CONFLICT (svix_id) DO NOTHING RETURNING svix_id`)) as unknown as Rows<unknown>
  return result.rows.length > 0
}

export type AppliedEvent = { outboxId: number | null; alerted: boolean }

/**
 * Applies one Resend event to the outbox row with its `email_id`. Idempotent: the update is
 * conditional on the row's current status and the admins' alert has one idempotency key per
 * bounced row, so an event applied twice (two deliveries racing) changes nothing the second time.
 * An email Resend knows and the outbox does not (another environment sharing the Resend account)
 * is acknowledged and ignored.
 */
export async function applyResendEvent(payload: Payload, event: ResendEvent): Promise<AppliedEvent> {
  const outcome = outcomeOf(event)
  const emailId = event.data?.email_id
  if (outcome.kind === 'ignore' || !emailId) return { outboxId: null, alerted: false }
  const from = sql.join(outcome.from.map((status) => sql`${status}`), sql`, `)
  const note = outcome.note === null ? null : outcome.note.slice(0, 500)
  // SQL rather than payload.update: the status condition makes the change and its check one statement.
  await payload.db.drizzle.execute(
    outcome.kind === 'status'
      ? sql`UPDATE email_outbox SET status = ${outcome.status}, last_error = ${note}, updated_at = now()
            WHERE resend_id = ${emailId} AND status IN (${from})`
      : sql`UPDATE email_outbox SET last_error = ${note}, updated_at = now()
            WHERE resend_id = ${emailId} AND status IN (${from})`,
  )
  const result = (await payload.db.drizzle.execute(
    sql`SELECT id, tenant_id, template, status FROM email_outbox WHERE resend_id = ${emailId} LIMIT 1`,
  )) as unknown as Rows<{ id: number; tenant_id: number | null; template: string; status: string }>
  const row = result.rows[0]
  if (!row) return { outboxId: null, alerted: false }
  const outboxId = Number(row.id)
  // The alert follows the row's state, not this event's change: if queueing it failed, Resend's
  // retry of the event finds the row already bounced and queues it then (once: its key is the row's).
  // No alert about an alert: a bounced bounce notice would otherwise notify the same admins forever.
  if (outcome.kind !== 'status' || !outcome.alertAdmins || row.status !== outcome.status || row.tenant_id === null || row.template === 'email-bounced') {
    return { outboxId, alerted: false }
  }
  return { outboxId, alerted: await alertTenantAdmins(payload, Number(row.tenant_id), outboxId) }
}

async function alertTenantAdmins(payload: Payload, tenantId: number, outboxId: number): Promise<boolean> {
  const recipients = await tenantAdminEmails(payload, tenantId, new Date())
  if (recipients.length === 0) return false
  const tenant = await payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, locale: 'en', overrideAccess: true, select: { name: true } })
  await enqueueEmail(payload, {
    template: 'email-bounced',
    to: recipients,
    tenant: tenantId,
    params: { tenantName: tenant.name, dashboardUrl: `${serverEnv().NEXT_PUBLIC_SERVER_URL}${payload.config.routes.admin}` },
    priority: 'account',
    idempotencyKey: `email-bounced-${outboxId}`,
  })
  return true
}
