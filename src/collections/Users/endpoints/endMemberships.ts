import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { isMembershipCurrent, isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'
import { endDueMemberships } from '@/jobs/endMemberships'
import { relationId } from '@/lib/relationId'

const refuse = (status: number, message: string, field?: string) => Response.json({ errors: [{ message, ...(field ? { field } : {}) }] }, { status })

/** At most one large council's whole membership at once. */
const MAX_USERS = 500

export type EndMembershipsResponse = { ended: number; endsAt: string; skipped: { id: number; reason: string }[] }

/**
 * POST /api/users/end-memberships { tenant, users: [id…], endsAt? } — after an election, a tenant
 * admin ends several memberships of their tenant at once (the date defaults to now). Only the
 * row of that tenant changes; a person's memberships elsewhere are not this admin's to touch, and
 * the caller cannot end their own (another admin must). An end date already passed takes effect
 * at once: the person is signed out and the admins told (jobs/endMemberships.ts). Refusals are
 * returned as 4xx, not thrown.
 */
export const endMembershipsEndpoint: Endpoint = {
  path: '/end-memberships',
  method: 'post',
  handler: async (req) => {
    const caller = req.user
    if (!caller) return refuse(401, 'Sign in to end memberships.')
    try {
      await addDataAndFileToRequest(req)
    } catch {
      return refuse(400, 'Send the council, the people and the date as JSON.')
    }
    const body = (req.data ?? {}) as { tenant?: unknown; users?: unknown; endsAt?: unknown }
    const tenantId = typeof body.tenant === 'number' && Number.isInteger(body.tenant) ? body.tenant : NaN
    if (!Number.isInteger(tenantId)) return refuse(400, 'Choose the council or party.', 'tenant')
    if (!isPlatformAdmin(caller) && !tenantIdsWithRole(caller, ['tenant-admin']).includes(tenantId)) {
      return refuse(403, 'You can only end memberships of a council or party you administer.', 'tenant')
    }
    const ids = Array.isArray(body.users) ? body.users : []
    if (ids.length === 0 || ids.length > MAX_USERS || !ids.every((id): id is number => typeof id === 'number' && Number.isInteger(id) && id > 0)) {
      return refuse(400, `Choose between 1 and ${MAX_USERS} people.`, 'users')
    }
    const now = new Date()
    const endsAt = body.endsAt === undefined || body.endsAt === null || body.endsAt === '' ? now : new Date(String(body.endsAt))
    if (Number.isNaN(endsAt.getTime())) return refuse(400, 'Enter the date the memberships end, such as 8 May 2027.', 'endsAt')

    const found = await req.payload.find({
      collection: 'users',
      where: { id: { in: [...new Set(ids)] } },
      overrideAccess: true,
      depth: 0,
      limit: 0,
      pagination: false,
      select: { roles: true, tenants: true },
      req,
    })
    const skipped: EndMembershipsResponse['skipped'] = []
    let ended = 0
    for (const id of new Set(ids)) {
      const user = found.docs.find((doc) => doc.id === id)
      const row = user?.tenants?.find((m) => relationId(m.tenant) === tenantId)
      if (!user || !row || !isMembershipCurrent(row, now)) {
        skipped.push({ id, reason: 'Not a current member of this council.' })
        continue
      }
      if (id === caller.id) {
        skipped.push({ id, reason: 'You cannot end your own membership; ask another tenant admin.' })
        continue
      }
      if (isPlatformAdmin(user) && !isPlatformAdmin(caller)) {
        skipped.push({ id, reason: 'A platform admin\'s memberships are the platform\'s to change.' })
        continue
      }
      const tenants = (user.tenants ?? []).map((m) => ({
        ...m,
        tenant: relationId(m.tenant) ?? 0,
        ...(relationId(m.tenant) === tenantId ? { endsAt: endsAt.toISOString() } : {}),
      }))
      await req.payload.update({ collection: 'users', id, data: { tenants }, overrideAccess: true, depth: 0, req })
      ended += 1
    }
    if (ended > 0 && endsAt.getTime() <= now.getTime()) {
      try {
        await endDueMemberships(req.payload, now)
      } catch (error) {
        // Access has already ended; the daily job signs them out and tells the admins on its next run.
        req.payload.logger.error({ err: error, msg: '[memberships] ending today\'s memberships at once failed; the daily job will retry' })
      }
    }
    return Response.json({ ended, endsAt: endsAt.toISOString(), skipped } satisfies EndMembershipsResponse)
  },
}

/**
 * POST /api/users/end-memberships/run — runs the daily job now (platform admins only): for
 * operators after a change of date, and for the end-to-end tests, as the job queue would.
 */
export const runEndMembershipsEndpoint: Endpoint = {
  path: '/end-memberships/run',
  method: 'post',
  handler: async (req) => {
    if (!isPlatformAdmin(req.user)) return refuse(403, 'Only a platform admin can run the job by hand.')
    return Response.json(await endDueMemberships(req.payload))
  },
}
