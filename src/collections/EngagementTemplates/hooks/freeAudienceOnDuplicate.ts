import type { FieldHook } from 'payload'

import type { EngagementTemplate } from '@/payload-types'

import { engagementAudiences } from '../audiences'
import { relationId } from '@/lib/relationId'

/**
 * Duplicate within a tenant: a tenant has at most one template per audience, so a copy of its
 * councillor template is only useful as its candidate template (and the reverse). The duplicate
 * takes the audience the tenant has not got yet; when it has both, the audience stays and the
 * one-per-audience check refuses the copy with a sentence that says so.
 */
export const freeAudienceOnDuplicate: FieldHook<EngagementTemplate> = async ({ value, data, req }) => {
  const tenant = relationId(data?.tenant)
  if (tenant === undefined) return value
  const taken = await req.payload.find({
    collection: 'engagement-templates',
    where: { tenant: { equals: tenant } },
    depth: 0,
    pagination: false,
    select: { audience: true },
    overrideAccess: true,
    req,
  })
  const used = new Set(taken.docs.map((doc) => doc.audience))
  return engagementAudiences.find((audience) => !used.has(audience)) ?? value
}
