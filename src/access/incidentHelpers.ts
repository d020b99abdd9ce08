import type { Access, PayloadRequest, Where } from 'payload'

import { incidentLogRoles, memberTenantIds, tenantIdsWithRole } from './roles'

/*
 * Helpers of an incident log: people a councillor has named (src/data/incidentHelpers.ts) to read
 * and add to their log in one tenant. A helper's access is checked afresh on every request, from
 * three facts that can each end it at once:
 *
 * - the owner's `helper-added` entry naming them, not revoked (src/collections/IncidentHelpers);
 * - the helper's own current membership of that tenant (any role: a caseworker may be an officer);
 * - the owner's current incident-log membership of that tenant (a councillor who has left office
 *   keeps their own log for a while, alone), and the tenant's log switched on.
 *
 * Helping gives reading and adding, never changing or deleting: the update and delete rules of
 * incidents stay owner-only (src/access/incidents.ts).
 */

type UserLike = { id: number | string; collection?: string; tenants?: unknown; roles?: unknown } | null | undefined

/** One log someone helps with: whose, and in which tenant. */
export type HelpedLog = { owner: number; tenant: number }

const helpedByRequest = new WeakMap<PayloadRequest, Promise<HelpedLog[]>>()

function signedInUserId(user: UserLike): number | null {
  return user && user.collection === 'users' && typeof user.id === 'number' ? user.id : null
}

/** The logs the request's user helps with now (remembered per request: one query, or two, per request). */
export function helpedLogs(req: PayloadRequest): Promise<HelpedLog[]> {
  const known = helpedByRequest.get(req)
  if (known) return known
  const pending = findHelpedLogs(req)
  helpedByRequest.set(req, pending)
  return pending
}

async function findHelpedLogs(req: PayloadRequest): Promise<HelpedLog[]> {
  const userId = signedInUserId(req.user)
  if (userId === null) return []
  const memberOf = memberTenantIds(req.user as Parameters<typeof memberTenantIds>[0])
  if (memberOf.length === 0) return []
  const grants = await req.payload.find({
    collection: 'incident-helpers',
    where: { and: [{ helper: { equals: userId } }, { action: { equals: 'helper-added' } }, { revokedAt: { exists: false } }, { tenant: { in: memberOf } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { owner: true, tenant: true },
    req,
  })
  const pairs = grants.docs.filter((grant) => grant.owner !== userId)
  if (pairs.length === 0) return []
  const [tenants, owners] = await Promise.all([
    req.payload.find({
      collection: 'tenants',
      where: { and: [{ id: { in: [...new Set(pairs.map((pair) => pair.tenant))] } }, { incidentLogEnabled: { equals: true } }] },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: {},
      req,
    }),
    req.payload.find({
      collection: 'users',
      where: { id: { in: [...new Set(pairs.map((pair) => pair.owner))] } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: { tenants: true },
      req,
    }),
  ])
  const enabled = new Set(tenants.docs.map((doc) => doc.id))
  const ownerTenants = new Map(owners.docs.map((owner) => [owner.id, tenantIdsWithRole(owner, incidentLogRoles)]))
  const seen = new Set<string>()
  return pairs.flatMap((pair) => {
    const key = `${pair.owner}:${pair.tenant}`
    if (seen.has(key) || !enabled.has(pair.tenant) || !ownerTenants.get(pair.owner)?.includes(pair.tenant)) return []
    seen.add(key)
    return [{ owner: pair.owner, tenant: pair.tenant }]
  })
}

/** Whether the request's user helps with `owner`'s log in `tenant` now. */
export async function helpsLog(req: PayloadRequest, owner: number | null, tenant: number | null): Promise<boolean> {
  if (owner === null || tenant === null) return false
  return (await helpedLogs(req)).some((log) => log.owner === owner && log.tenant === tenant)
}

/** The filter for the incidents (or evidence: both carry `owner` and `tenant`) of the logs given; false for none. */
export function helpedLogsWhere(logs: readonly HelpedLog[]): Where | false {
  if (logs.length === 0) return false
  return { or: logs.map((log): Where => ({ and: [{ owner: { equals: log.owner } }, { tenant: { equals: log.tenant } }] })) }
}

/** The helpers' register: the owner reads their own logs' entries; nobody else, and nobody writes through the API. */
export const ownHelperRegisterOnly: Access = ({ req }) => {
  const userId = signedInUserId(req.user)
  return userId === null ? false : { owner: { equals: userId } }
}
