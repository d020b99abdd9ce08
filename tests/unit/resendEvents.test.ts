/** What each Resend webhook event does to an outbox row, and who is shown returned email. */
import { describe, expect, it } from 'vitest'

import { bounceAlertScope } from '@/collections/EmailOutbox/bounced'
import { outcomeOf } from '@/collections/EmailOutbox/webhookEvents'
import type { User } from '@/payload-types'

describe('outcomeOf', () => {
  it('moves a sent email to delivered, and nothing back from a bounce', () => {
    expect(outcomeOf({ type: 'email.delivered', data: { email_id: 'x' } })).toMatchObject({ kind: 'status', status: 'delivered', from: ['sent'] })
  })
  it('marks a bounce (even after delivery) with Resend\'s reason and alerts the admins', () => {
    const outcome = outcomeOf({ type: 'email.bounced', data: { email_id: 'x', bounce: { type: 'Permanent', subType: 'Suppressed', message: 'No such user' } } })
    expect(outcome).toEqual({ kind: 'status', status: 'bounced', from: ['sent', 'delivered'], note: 'Bounced (Permanent / Suppressed): No such user', alertAdmins: true })
    expect(outcomeOf({ type: 'email.suppressed', data: { email_id: 'x' } })).toMatchObject({ status: 'bounced', alertAdmins: true })
  })
  it('records complaints and failures without alerting, delays as a note only', () => {
    expect(outcomeOf({ type: 'email.complained' })).toMatchObject({ status: 'complained', alertAdmins: false })
    expect(outcomeOf({ type: 'email.failed', data: { failed: { reason: 'quota' } } })).toMatchObject({ status: 'failed', note: 'Resend could not send it: quota' })
    expect(outcomeOf({ type: 'email.delivery_delayed' })).toMatchObject({ kind: 'note', from: ['sent'] })
  })
  it('ignores events the outbox does not track', () => {
    for (const type of ['email.sent', 'email.opened', 'email.clicked', 'email.scheduled', 'email.received', 'domain.created', 'contact.updated']) {
      expect(outcomeOf({ type }), type).toEqual({ kind: 'ignore' })
    }
  })
})

describe('bounceAlertScope', () => {
  const member = (tenant: number, roles: NonNullable<User['tenants']>[number]['roles'], endsAt: string | null = null) => ({ tenant, roles, endsAt })
  it('shows a tenant admin their own councils only; editors, officers and councillors none', () => {
    expect(bounceAlertScope({ roles: [], tenants: [member(1, ['tenant-admin']), member(2, ['editor']), member(3, ['officer', 'councillor'])] })).toEqual([1])
    expect(bounceAlertScope({ roles: [], tenants: [member(2, ['editor', 'officer'])] })).toEqual([])
    expect(bounceAlertScope(null)).toEqual([])
  })
  it('stops at the end of a membership, and shows a platform admin every council', () => {
    expect(bounceAlertScope({ roles: [], tenants: [member(1, ['tenant-admin'], '2020-01-01T00:00:00.000Z')] })).toEqual([])
    expect(bounceAlertScope({ roles: ['platform-admin'], tenants: [] })).toBe('all')
  })
})
