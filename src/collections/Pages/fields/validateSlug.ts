import type { PayloadRequest, Where } from 'payload'

import { membersAreaSegments, siteRouteSegments } from '@/lib/siteRoutes'
import { slugProblem } from '@/lib/slug'
import { relationId } from '@/lib/relationId'
import { findBaselineTenant } from '@/collections/baselineTenant'

type Args = { req: PayloadRequest; id?: number | string; data?: unknown }

/**
 * A page slug is its address: /{tenant}/{locale}/{slug}. It must be unique within the tenant,
 * and a tenant's own page may not take the address of a national page it has not tailored
 * (the two would compete for one URL).
 */
export async function validatePageSlug(value: unknown, { req, id, data }: Args): Promise<true | string> {
  const problem = slugProblem(value)
  if (problem) return problem
  if (siteRouteSegments.includes(value as string) || membersAreaSegments.includes(value as string)) {
    return `"${String(value)}" is used by the site itself; choose another slug.`
  }
  const doc = (data ?? {}) as { tenant?: unknown; tailors?: unknown }
  const tenant = relationId(doc.tenant)
  if (tenant === undefined) return true

  const sameTenant: Where = { and: [{ tenant: { equals: tenant } }, { slug: { equals: value } }] }
  if (id !== undefined) sameTenant.and?.push({ id: { not_equals: id } })
  const clash = await req.payload.count({ collection: 'pages', where: sameTenant, overrideAccess: true, req })
  if (clash.totalDocs > 0) return `This tenant already has a page at "${String(value)}".`

  const baseline = (await findBaselineTenant(req.payload, { req }))?.id
  if (baseline === undefined || baseline === tenant || relationId(doc.tailors) !== undefined) return true
  const national = await req.payload.count({
    collection: 'pages',
    where: { and: [{ tenant: { equals: baseline } }, { slug: { equals: value } }] },
    overrideAccess: true,
    req,
  })
  return national.totalDocs > 0
    ? `The national toolkit has a page at "${String(value)}". Tailor that page instead, or choose another slug.`
    : true
}
