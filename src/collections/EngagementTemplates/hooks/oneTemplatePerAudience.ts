import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest, type Where } from 'payload'

import type { EngagementTemplate } from '@/payload-types'
import { relationId } from '@/lib/relationId'
import { findBaselineTenant } from '@/collections/baselineTenant'

function refuse(req: PayloadRequest, path: string, message: string): never {
  throw new ValidationError({ collection: 'engagement-templates', errors: [{ path, message }], req })
}

/**
 * At most one template per tenant and audience: a tenant's template replaces the baseline's for
 * that tenant, so a second one would leave it ambiguous which is shown. Checked in a hook, not
 * a field validator, because drafts skip field validation and a duplicate draft would block
 * its own publication later. (A unique index on tenant + audience backs this up.)
 *
 * `tailors` is derived, not chosen: it is the baseline's template for the same audience, so
 * editors see what they replaced and the link cannot point at another tenant's document.
 */
export const oneTemplatePerAudience: CollectionBeforeChangeHook<EngagementTemplate> = async ({ data, originalDoc, req }) => {
  const tenant = relationId(data.tenant ?? originalDoc?.tenant)
  const audience = data.audience ?? originalDoc?.audience
  if (tenant === undefined || !audience) return data

  const where: Where = { and: [{ tenant: { equals: tenant } }, { audience: { equals: audience } }] }
  if (originalDoc?.id !== undefined) where.and?.push({ id: { not_equals: originalDoc.id } })
  const clash = await req.payload.count({ collection: 'engagement-templates', where, overrideAccess: true, req })
  if (clash.totalDocs > 0) {
    refuse(req, 'audience', `This tenant already has a ${audience} template. Edit that one instead of adding another.`)
  }

  const baseline = (await findBaselineTenant(req.payload, { req }))?.id
  if (baseline === undefined || baseline === tenant) return { ...data, tailors: null }
  const tailored = await req.payload.find({
    collection: 'engagement-templates',
    where: { and: [{ tenant: { equals: baseline } }, { audience: { equals: audience } }] },
    limit: 1,
    depth: 0,
    select: { audience: true },
    overrideAccess: true,
    req,
  })
  return { ...data, tailors: tailored.docs[0]?.id ?? null }
}
