import type { TypedUser } from 'payload'

import { isMembershipCurrent, isTenantRole, type TenantRole } from '@/access/roles'
import { hashInvitationToken, isWellFormedToken, tokenMatches } from '@/collections/Invitations/token'
import type { Invitation, User } from '@/payload-types'

import { payloadClient } from './payload'
import type { Site } from './site'

/*
 * The invitation link's reads and its one write. These read with overrideAccess: the reader is
 * not signed in yet, and the token in the link is their credential: nothing is found without the
 * exact token (looked up by its hash), and only for the tenant whose site is showing it.
 */

export type InvitationView = { email: string; role: TenantRole; existingAccount: boolean }

type Usable = Pick<Invitation, 'id' | 'email' | 'name' | 'role' | 'status' | 'expiresAt' | 'tokenHash' | 'tenant'>

function tenantIdOf(invitation: Pick<Invitation, 'tenant'>): number | undefined {
  return typeof invitation.tenant === 'number' ? invitation.tenant : invitation.tenant?.id
}

function usable(invitation: Usable | undefined, site: Site, token: string, now: number): invitation is Usable {
  if (!invitation?.tokenHash || !tokenMatches(invitation.tokenHash, token)) return false
  if (tenantIdOf(invitation) !== site.tenant.id) return false
  if (invitation.status !== 'pending') return false
  return invitation.expiresAt !== null && invitation.expiresAt !== undefined && Date.parse(invitation.expiresAt) > now
}

async function findByToken(token: string): Promise<Usable | undefined> {
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'invitations',
    where: { tokenHash: { equals: hashInvitationToken(token) } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return found.docs[0]
}

/**
 * What the invitation page shows, or null for a token that is malformed, unknown, of another
 * tenant, used, revoked or expired: all get the same page, which says what to do next. Reads only:
 * mail scanners open links before people do, so opening the link must change nothing.
 */
export async function readInvitation(site: Site, token: string): Promise<InvitationView | null> {
  if (!isWellFormedToken(token)) return null
  const invitation = await findByToken(token)
  if (!usable(invitation, site, token, Date.now()) || !isTenantRole(invitation.role)) return null
  const payload = await payloadClient()
  const accounts = await payload.count({ collection: 'users', where: { email: { equals: invitation.email } }, overrideAccess: true })
  return { email: invitation.email, role: invitation.role, existingAccount: accounts.totalDocs > 0 }
}

export type AcceptResult = { ok: true; email: string; role: TenantRole } | { ok: false }

type MembershipRow = { id?: string | null; tenant: number; roles: TenantRole[]; endsAt?: string | null; endProcessedAt?: string | null }

/**
 * The memberships after adding `role` in `tenant`: into the existing row for the tenant, or a new
 * row. Other rows keep their end dates. A row that had ended (the person left office and is
 * invited back) starts again with only the invited role, not the roles it held before.
 */
export function withRole(memberships: NonNullable<User['tenants']>, tenant: number, role: TenantRole, now: Date = new Date()): MembershipRow[] {
  const rows: MembershipRow[] = memberships.map((m) => ({
    id: m.id,
    tenant: typeof m.tenant === 'number' ? m.tenant : m.tenant.id,
    roles: [...(m.roles ?? [])],
    endsAt: m.endsAt ?? null,
    endProcessedAt: m.endProcessedAt ?? null,
  }))
  const row = rows.find((m) => m.tenant === tenant)
  if (!row) {
    rows.push({ tenant, roles: [role] })
  } else if (!isMembershipCurrent({ endsAt: row.endsAt ?? null }, now)) {
    Object.assign(row, { roles: [role], endsAt: null, endProcessedAt: null })
  } else if (!row.roles.includes(role)) {
    row.roles.push(role)
  }
  return rows
}

/**
 * Uses the invitation (the form's POST): claims it in one conditional update, so of two
 * simultaneous posts only one wins, then creates the account with `password`, or adds the
 * membership to the existing account of that address (and sets its password: the link proved the
 * address, as a reset link does). If the account cannot be written, the invitation stays pending.
 */
export async function acceptInvitation(site: Site, token: string, password: string): Promise<AcceptResult> {
  if (!isWellFormedToken(token)) return { ok: false }
  const found = await findByToken(token)
  const now = Date.now()
  if (!usable(found, site, token, now) || !isTenantRole(found.role)) return { ok: false }
  const role = found.role
  const payload = await payloadClient()
  const claimed = await payload.db.updateOne({
    collection: 'invitations',
    data: { status: 'accepted', acceptedAt: new Date(now).toISOString() },
    where: { and: [{ id: { equals: found.id } }, { status: { equals: 'pending' } }, { expiresAt: { greater_than: new Date(now).toISOString() } }] },
    options: { atomic: true },
  })
  if (!claimed) return { ok: false }
  try {
    const existing = await payload.find({ collection: 'users', where: { email: { equals: found.email } }, depth: 0, limit: 1, overrideAccess: true })
    const user = existing.docs[0] as TypedUser | undefined
    if (user) {
      await payload.update({
        collection: 'users',
        id: user.id,
        data: { password, tenants: withRole(user.tenants ?? [], site.tenant.id, role) },
        overrideAccess: true,
      })
    } else {
      await payload.create({
        collection: 'users',
        data: { email: found.email, name: found.name || undefined, password, tenants: [{ tenant: site.tenant.id, roles: [role] }] },
        overrideAccess: true,
      })
    }
  } catch (error) {
    await payload.db.updateOne({ collection: 'invitations', id: found.id, data: { status: 'pending', acceptedAt: null } })
    throw error
  }
  return { ok: true, email: found.email, role }
}
