import type { Payload } from 'payload'

import { isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'
import type { EmailTemplateId } from '@/email/templates/ids'
import { relationId } from '@/lib/relationId'
import type { User } from '@/payload-types'

/** How far back the dashboard looks for returned email. */
export const BOUNCE_PANEL_DAYS = 30

/**
 * Whose returned email a user is shown: a tenant admin's own councils; a platform admin's every
 * council (`'all'`). Editors, officers and councillors are shown none: the outbox is not theirs.
 */
export function bounceAlertScope(user: Pick<User, 'roles' | 'tenants'> | null | undefined, now = new Date()): number[] | 'all' {
  if (!user) return []
  if (isPlatformAdmin(user)) return 'all'
  return tenantIdsWithRole(user, ['tenant-admin'], now)
}

/** What each email was, in words an admin knows (never its content). */
export const templateDescriptions: Record<EmailTemplateId, string> = {
  invitation: 'Invitation',
  'site-password-reset': 'Password reset (site)',
  'password-reset': 'Password reset (admin)',
  'sign-in-failures': 'Sign-in failures warning',
  'stale-contacts': 'Contacts reminder',
  'national-review': 'National review reminder',
  'memberships-ended': 'Memberships ended',
  'email-bounced': 'Returned email notice',
  // Not named as report mail: a returned "report update" beside a councillor's address would tell
  // a tenant admin who is not an officer that this councillor reported something.
  'report-received': 'Portal notification',
  'report-updated': 'Portal notification',
  'report-escalated': 'Portal notification',
  'report-due': 'Portal notification',
  'incident-log-kept': 'Incident log kept after leaving',
  'incident-log-expiring': 'Incident log deletion warning',
  'email-change-confirm': 'Email change confirmation',
  'email-changed': 'Email address changed notice',
  'password-changed': 'Password changed notice',
  'two-factor-changed': 'Two-step sign-in notice',
  message: 'Other email',
}

export type BouncedEmail = { id: number; tenantId: number | null; to: string; status: 'bounced' | 'complained'; what: string; reason: string | null; at: string }

/**
 * The returned (bounced) and spam-flagged emails of the last 30 days about the councils the user
 * may see, newest first. The outbox itself is platform admins' only (its parameters may name a
 * report); this reads past that access and returns only the address, the kind of email, Resend's
 * reason and when, for the councils `bounceAlertScope` allows.
 */
export async function findBouncedEmails(payload: Payload, user: Pick<User, 'roles' | 'tenants'> | null | undefined, options: { tenantId?: number | null; now?: Date } = {}): Promise<BouncedEmail[]> {
  const now = options.now ?? new Date()
  const scope = bounceAlertScope(user, now)
  let tenants: number[] | 'all' = scope
  if (options.tenantId !== undefined && options.tenantId !== null) {
    if (scope !== 'all' && !scope.includes(options.tenantId)) return []
    tenants = [options.tenantId]
  }
  if (tenants !== 'all' && tenants.length === 0) return []
  const since = new Date(now.getTime() - BOUNCE_PANEL_DAYS * 24 * 60 * 60_000).toISOString()
  const found = await payload.find({
    collection: 'email-outbox',
    where: {
      and: [
        { status: { in: ['bounced', 'complained'] } },
        { updatedAt: { greater_than_equal: since } },
        ...(tenants === 'all' ? [] : [{ tenant: { in: tenants } }]),
      ],
    },
    sort: '-updatedAt',
    limit: 50,
    depth: 0,
    overrideAccess: true,
    select: { to: true, status: true, template: true, lastError: true, updatedAt: true, tenant: true },
  })
  return found.docs.map((doc) => ({
    id: doc.id,
    tenantId: relationId(doc.tenant) ?? null,
    to: doc.to,
    status: doc.status === 'complained' ? 'complained' : 'bounced',
    what: templateDescriptions[doc.template],
    reason: doc.lastError ?? null,
    at: doc.updatedAt,
  }))
}
