import type { Access, PayloadRequest, Where } from 'payload'

import { helpedLogs, helpedLogsWhere, helpsLog } from './incidentHelpers'
import { FORMER_MEMBER_LOG_DAYS, formerTenantIds, incidentLogRoles, tenantIdsWithRole } from './roles'

/*
 * The incident log is private to the person who keeps it. No role reads or writes another
 * person's incidents: not councillors of the same council, not editors, not tenant admins and not
 * platform admins (who are deliberately not special here). A person's own incidents are theirs
 * only in a tenant where they hold an incident-log role and that has the log switched on.
 */

type UserLike = { id: number | string; collection?: string; roles?: unknown; tenants?: unknown } | null | undefined

/** The tenants whose incident log is switched on, among `ids`; remembered per request. */
const enabledByRequest = new WeakMap<PayloadRequest, Promise<number[]>>()

export function tenantsWithIncidentLog(req: PayloadRequest, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return Promise.resolve([])
  const known = enabledByRequest.get(req)
  if (known) return known.then((enabled) => enabled.filter((id) => ids.includes(id)))
  const pending = req.payload
    .find({
      collection: 'tenants',
      where: { and: [{ id: { in: ids } }, { incidentLogEnabled: { equals: true } }] },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: {},
      req,
    })
    .then((found) => found.docs.map((doc) => doc.id))
  enabledByRequest.set(req, pending)
  return pending
}

/** The tenants in which `user` may record new incidents (a current membership), before asking which have the log on. */
export function incidentRecordingTenantIds(user: UserLike): number[] {
  if (!user || user.collection !== 'users' || typeof user.id !== 'number') return []
  return tenantIdsWithRole(user as Parameters<typeof tenantIdsWithRole>[0], incidentLogRoles)
}

/**
 * The tenants in which `user` may read, export and delete their own log, before asking which have
 * it switched on: a current membership, or one that ended (leaving office) less than 12 months
 * ago, so that a councillor who is not re-elected can still take their record with them.
 */
export function incidentLogTenantIds(user: UserLike): number[] {
  if (!user || user.collection !== 'users' || typeof user.id !== 'number') return []
  const former = formerTenantIds(user as Parameters<typeof formerTenantIds>[0], incidentLogRoles, FORMER_MEMBER_LOG_DAYS)
  return [...new Set([...incidentRecordingTenantIds(user), ...former])]
}

/** The filter for one person's own incidents in the given tenants (false when there are none). */
export function ownIncidentsWhere(userId: number, tenantIds: number[]): Where | false {
  if (tenantIds.length === 0) return false
  return { and: [{ owner: { equals: userId } }, { tenant: { in: tenantIds } }] }
}

/** Read and update: only the caller's own incidents, in their incident-log tenants with the log on. */
export const ownIncidentsOnly: Access = async ({ req }) => {
  const user = req.user
  const ids = incidentLogTenantIds(user)
  if (!user || ids.length === 0) return false
  return ownIncidentsWhere(user.id as number, await tenantsWithIncidentLog(req, ids))
}

/**
 * Read (incidents and evidence): the caller's own, as above, and the logs they help with now
 * (src/access/incidentHelpers.ts): a helper reads, never changes or deletes.
 */
export const ownOrHelpedIncidents: Access = async (args) => {
  const own = await ownIncidentsOnly(args)
  const helped = helpedLogsWhere(await helpedLogs(args.req))
  if (own === false || own === true) return helped === false ? own : own === true ? true : helped
  return helped === false ? own : { or: [own, helped] }
}

function ownerIdIn(data: unknown): number | null {
  if (data === null || typeof data !== 'object') return null
  const owner = (data as { owner?: unknown }).owner
  if (typeof owner === 'number') return owner
  if (typeof owner === 'string' && /^\d+$/.test(owner)) return Number(owner)
  if (owner !== null && typeof owner === 'object' && typeof (owner as { id?: unknown }).id === 'number') return (owner as { id: number }).id
  return null
}

/** Whether a create names someone else's log that the caller helps with (the incident is then theirs, added by the caller). */
export async function isHelperRecording(req: PayloadRequest, data: unknown): Promise<boolean> {
  const owner = ownerIdIn(data)
  if (owner === null || !req.user || owner === req.user.id) return false
  return helpsLog(req, owner, tenantIdIn(data))
}

function tenantIdIn(data: unknown): number | null {
  if (data === null || typeof data !== 'object') return null
  const tenant = (data as { tenant?: unknown }).tenant
  if (typeof tenant === 'number') return tenant
  if (typeof tenant === 'string' && /^\d+$/.test(tenant)) return Number(tenant)
  if (tenant !== null && typeof tenant === 'object' && typeof (tenant as { id?: unknown }).id === 'number') return (tenant as { id: number }).id
  return null
}

/**
 * Create: a person with an incident-log role in a current membership, in a tenant of theirs with
 * the log on (after leaving office the log can be read, exported and deleted, not added to). Without
 * data (Payload asking "may this user create at all?") it answers for any such tenant.
 */
export const mayRecordIncident: Access = async ({ req, data }) => {
  const ids = incidentRecordingTenantIds(req.user)
  if (ids.length === 0) return false
  const enabled = await tenantsWithIncidentLog(req, ids)
  if (data === undefined) return enabled.length > 0
  const tenant = tenantIdIn(data)
  return tenant !== null && enabled.includes(tenant)
}

/** History entries: the owner reads their own (whatever happened to their membership since); nobody writes them through the API. */
export const ownIncidentHistoryOnly: Access = ({ req }) => {
  const user = req.user
  if (!user || user.collection !== 'users' || typeof user.id !== 'number') return false
  return { owner: { equals: user.id } }
}

/**
 * Create, for incidents: as `mayRecordIncident`, or a helper adding to a log they help with now
 * (the incident is the owner's, recorded as added by the helper: hooks/ownership.ts). Drafts keep
 * `mayRecordIncident`: a draft is its writer's own.
 */
export const mayRecordOrHelpRecord: Access = async (args) => {
  const { req, data } = args
  if (data !== undefined && (await isHelperRecording(req, data))) return true
  if (await mayRecordIncident(args)) return true
  return data === undefined ? (await helpedLogs(req)).length > 0 : false
}
