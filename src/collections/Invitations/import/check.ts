import type { PayloadRequest } from 'payload'

import { isMembershipCurrent, tenantRoleLabels } from '@/access/roles'
import { relationId } from '@/lib/relationId'

import { domainsOf, outsideAllowedDomains } from '../allowedDomains'
import type { ImportRow } from './rows'

const longDate = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })

/**
 * Adds what the database knows to each row still without a problem: the tenant's allowed email
 * domains, a pending invitation for the same address, and a current membership with the same role.
 * Read in three queries whatever the number of rows. The invitation hook checks the same again
 * when each invitation is created, so a row that became a duplicate since the preview is still
 * refused, never invited twice.
 */
export async function checkAgainstTenant(req: PayloadRequest, tenantId: number, rows: ImportRow[], now = new Date()): Promise<ImportRow[]> {
  const open = rows.filter((row) => row.problem === null)
  if (open.length === 0) return rows
  const emails = open.map((row) => row.email)
  const [tenant, pending, users] = await Promise.all([
    req.payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, overrideAccess: true, req, select: { invitationEmailDomains: true } }),
    req.payload.find({
      collection: 'invitations',
      where: { and: [{ tenant: { equals: tenantId } }, { email: { in: emails } }, { status: { equals: 'pending' } }, { expiresAt: { greater_than: now.toISOString() } }] },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: { email: true, expiresAt: true },
      req,
    }),
    req.payload.find({
      collection: 'users',
      where: { email: { in: emails } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: { email: true, tenants: true },
      req,
    }),
  ])
  const allowed = domainsOf(tenant.invitationEmailDomains)
  const waiting = new Map(pending.docs.map((doc) => [doc.email, doc.expiresAt ?? '']))
  const rolesHeld = new Map(
    users.docs.map((user) => [
      user.email.toLowerCase(),
      (user.tenants ?? []).filter((m) => relationId(m.tenant) === tenantId && isMembershipCurrent(m, now)).flatMap((m) => m.roles ?? []),
    ]),
  )
  return rows.map((row) => {
    if (row.problem !== null || row.role === null) return row
    const outside = outsideAllowedDomains(row.email, allowed)
    if (outside) return { ...row, problem: outside }
    const expires = waiting.get(row.email)
    if (expires !== undefined) return { ...row, problem: `Already invited: that invitation works until ${longDate(expires)}.` }
    if (rolesHeld.get(row.email)?.includes(row.role)) return { ...row, problem: `Already a member here, as ${tenantRoleLabels[row.role].label.toLowerCase()}.` }
    return row
  })
}
