import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest, type Where } from 'payload'

import type { EngagementTemplate } from '@/payload-types'

type RelationValue = number | { id: number } | null | undefined

function idOf(value: RelationValue): number | undefined {
  if (value === null || value === undefined) return undefined
  return typeof value === 'number' ? value : value.id
}

async function baselineTenantId(req: PayloadRequest): Promise<number | undefined> {
  const found = await req.payload.find({
    collection: 'tenants',
    where: { kind: { equals: 'baseline' } },
    limit: 1,
    depth: 0,
    select: { kind: true },
    overrideAccess: true,
    req,
  })
  return found.docs[0]?.id
}

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
  const tenant = idOf((data.tenant ?? originalDoc?.tenant) as RelationValue)
  const audience = data.audience ?? originalDoc?.audience
  if (tenant === undefined || !audience) return data

  const where: Where = { and: [{ tenant: { equals: tenant } }, { audience: { equals: audience } }] }
  if (originalDoc?.id !== undefined) where.and?.push({ id: { not_equals: originalDoc.id } })
  const clash = await req.payload.count({ collection: 'engagement-templates', where, overrideAccess: true, req })
  if (clash.totalDocs > 0) {
    refuse(req, 'audience', `This tenant already has a ${audience} template. Edit that one instead of adding another.`)
  }

  const baseline = await baselineTenantId(req)
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
