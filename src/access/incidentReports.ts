import type { Access, Where } from 'payload'

import { relationId } from '@/lib/relationId'

import { tenantIdsWithRole } from './roles'

/*
 * Reports to the council (src/collections/IncidentReports). A report is read by exactly two kinds
 * of people: the councillor who sent it (their own, whatever their membership now), and the
 * officers of that report's tenant it was sent to, while they still hold the officer role there.
 * Nobody else: not another tenant's officers, not a tenant admin or editor who is not a receiving
 * officer, and not platform admins (who are deliberately not special here, as for the incident
 * log). Counts for the statistics are taken by the server, never through these rules.
 */

type UserLike = { id: number | string; collection?: string; roles?: unknown; tenants?: unknown } | null | undefined

function userIdOf(user: UserLike): number | null {
  return user && user.collection === 'users' && typeof user.id === 'number' ? user.id : null
}

/** The tenants in which `user` currently holds the officer role. */
export function officerTenantIds(user: UserLike): number[] {
  if (userIdOf(user) === null) return []
  return tenantIdsWithRole(user as Parameters<typeof tenantIdsWithRole>[0], ['officer'])
}

/** The filter for reports an officer receives: sent to them, in a tenant where they are an officer now. */
export function receivedReportsWhere(user: UserLike): Where | null {
  const id = userIdOf(user)
  const tenants = officerTenantIds(user)
  if (id === null || tenants.length === 0) return null
  return { and: [{ tenant: { in: tenants } }, { recipients: { contains: id } }] }
}

/** The filter for a councillor's own reports. */
export function ownReportsWhere(user: UserLike): Where | null {
  const id = userIdOf(user)
  return id === null ? null : { reporter: { equals: id } }
}

/** Read: the sender's own reports, and the reports an officer receives. */
export const readIncidentReports: Access = ({ req }) => {
  const clauses = [ownReportsWhere(req.user), receivedReportsWhere(req.user)].filter((clause): clause is Where => clause !== null)
  if (clauses.length === 0) return false
  return clauses.length === 1 ? (clauses[0] as Where) : { or: clauses }
}

/** Update (triage): only a receiving officer; the sender changes nothing once it is sent. */
export const triageIncidentReports: Access = ({ req }) => receivedReportsWhere(req.user) ?? false

/** Whether `user` is, right now, a receiving officer of this report (for hooks that hold the document). */
export function receivesReport(user: UserLike, report: { tenant?: unknown; recipients?: unknown }): boolean {
  const id = userIdOf(user)
  const tenant = relationId(report.tenant)
  if (id === null || tenant === undefined || !officerTenantIds(user).includes(tenant)) return false
  const recipients = Array.isArray(report.recipients) ? report.recipients.map(relationId) : []
  return recipients.includes(id)
}

/** Whether `user` sent this report. */
export function sentReport(user: UserLike, report: { reporter?: unknown }): boolean {
  const id = userIdOf(user)
  return id !== null && relationId(report.reporter) === id
}
