import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import type { Page } from '@/payload-types'

import { relationId } from '@/lib/relationId'
import { findBaselineTenant } from '@/collections/baselineTenant'

/**
 * A tailored page takes the national page's place, so it keeps that page's address and section.
 * On first tailoring it records which state of the national page it started from, so editors
 * can later see whether the national page has changed since (drift).
 */
export const syncTailoring: CollectionBeforeValidateHook<Page> = async ({ data, req, operation, originalDoc }) => {
  const target = relationId(data?.tailors ?? originalDoc?.tailors)
  if (!data || target === undefined) return data
  const national = await req.payload.findByID({ collection: 'pages', id: target, depth: 0, overrideAccess: true, req, disableErrors: true })
  const baseline = (await findBaselineTenant(req.payload, { req }))?.id
  if (!national || relationId(national.tenant) !== baseline) {
    throw new ValidationError({ collection: 'pages', errors: [{ path: 'tailors', message: 'Only a page of the national toolkit can be tailored.' }], req })
  }
  if (relationId(data.tenant ?? originalDoc?.tenant) === baseline) {
    throw new ValidationError({ collection: 'pages', errors: [{ path: 'tailors', message: 'National pages do not tailor other pages.' }], req })
  }
  const startedFrom =
    operation === 'create' || relationId(originalDoc?.tailors) !== target
      ? { baselineUpdatedAt: national.updatedAt }
      : data.tailoredFrom ?? originalDoc?.tailoredFrom
  return { ...data, slug: national.slug, section: national.section, tailoredFrom: startedFrom }
}
