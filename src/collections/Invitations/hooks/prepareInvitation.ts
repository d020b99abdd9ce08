import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'
import { normaliseEmailAddress } from '@/lib/emailAddress'
import { relationId } from '@/lib/relationId'
import type { Invitation } from '@/payload-types'

import { domainsOf, outsideAllowedDomains } from '../allowedDomains'
import { DEFAULT_INVITATION_DAYS, newInvitationToken } from '../token'

const DAY_MS = 24 * 60 * 60 * 1000

function refuse(req: PayloadRequest, path: string, message: string): never {
  throw new ValidationError({ collection: 'invitations', errors: [{ path, message }], req })
}

/** Where the plain token waits between the save and the email (it is never stored). */
export function tokenContextKey(tenant: number, email: string): string {
  return `invitationToken:${tenant}:${email}`
}

async function checkNew(req: PayloadRequest, tenant: number, email: string, role: string): Promise<void> {
  const pending = await req.payload.count({
    collection: 'invitations',
    where: { and: [{ tenant: { equals: tenant } }, { email: { equals: email } }, { status: { equals: 'pending' } }, { expiresAt: { greater_than: new Date().toISOString() } }] },
    overrideAccess: true,
    req,
  })
  if (pending.totalDocs > 0) refuse(req, 'email', 'This address already has an invitation waiting. Revoke it first to send a new one.')
  const member = await req.payload.count({
    collection: 'users',
    where: { and: [{ email: { equals: email } }, { 'tenants.tenant': { equals: tenant } }, { 'tenants.roles': { in: [role] } }] },
    overrideAccess: true,
    req,
  })
  // The query's two conditions may match different memberships; a false "already" costs one
  // extra check below, a false "not yet" would only re-send a harmless invitation.
  if (member.totalDocs > 0) {
    const user = await req.payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, limit: 1, overrideAccess: true, req })
    const holds = (user.docs[0]?.tenants ?? []).some((m) => relationId(m.tenant) === tenant && (m.roles ?? []).includes(role as never))
    if (holds) refuse(req, 'email', 'This person already has that role in this council.')
  }
}

/**
 * A new invitation: the caller must administer its tenant (the id in the request is not
 * trusted); the address is checked and stored normalised; the server sets status, inviter,
 * expiry (the tenant's "Invitation links work for" setting) and a fresh token, of which only
 * the hash is stored. Afterwards only the status may change, and only from pending to revoked.
 */
export const prepareInvitation: CollectionBeforeChangeHook<Invitation> = async ({ data, operation, originalDoc, req }) => {
  const { user } = req
  if (operation === 'update') {
    // The link was mailed for this tenant: moving the invitation would let a tenant admin of one
    // council invite themself and then accept a role in another.
    if (data.tenant !== undefined && data.tenant !== null && relationId(data.tenant) !== relationId(originalDoc?.tenant)) {
      refuse(req, 'tenant', 'An invitation stays with the council or party it was sent for. Revoke it and invite again.')
    }
    if (data.status !== undefined && data.status !== originalDoc?.status) {
      if (!(originalDoc?.status === 'pending' && data.status === 'revoked')) {
        refuse(req, 'status', 'Only a pending invitation can be changed, and only to revoked.')
      }
    }
    return data
  }

  const tenant = relationId(data.tenant)
  if (tenant === undefined) refuse(req, 'tenant', 'Choose the council or party to invite this person to.')
  if (user && !isPlatformAdmin(user) && !tenantIdsWithRole(user, ['tenant-admin']).includes(tenant)) {
    refuse(req, 'tenant', 'You can only invite people to a council or party you administer.')
  }
  const checked = normaliseEmailAddress(typeof data.email === 'string' ? data.email : '')
  if (!checked.ok) refuse(req, 'email', checked.problem)
  // Payload compares sign-in addresses in lower case; an invitation must find the same account.
  const email = checked.value.toLowerCase()
  const role = data.role ?? 'councillor'
  const settings = await req.payload.findByID({
    collection: 'tenants',
    id: tenant,
    depth: 0,
    overrideAccess: true,
    req,
    select: { invitationValidDays: true, invitationEmailDomains: true },
  })
  const outside = outsideAllowedDomains(email, domainsOf(settings.invitationEmailDomains))
  if (outside) refuse(req, 'email', outside)
  await checkNew(req, tenant, email, role)

  const days = settings.invitationValidDays ?? DEFAULT_INVITATION_DAYS
  const { token, hash } = newInvitationToken()
  req.context[tokenContextKey(tenant, email)] = token
  return {
    ...data,
    email,
    role,
    tenant,
    status: 'pending',
    invitedBy: user ? user.id : null,
    expiresAt: new Date(Date.now() + days * DAY_MS).toISOString(),
    tokenHash: hash,
    acceptedAt: null,
  }
}
