import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import type { Contact } from '@/payload-types'
import { relationId } from '@/lib/relationId'

/**
 * National contacts (in the baseline tenant) are shown on every tenant's public page, so they
 * are public; members-only contacts belong to the council or party whose members see them.
 * `nations` decides which tenants inherit a national contact, so it means nothing elsewhere.
 */
export const checkNationalRules: CollectionBeforeChangeHook<Contact> = async ({ data, originalDoc, req }) => {
  const tenantId = relationId(data.tenant ?? originalDoc?.tenant)
  if (tenantId === undefined) return data
  const tenant = await req.payload.findByID({
    collection: 'tenants',
    id: tenantId,
    depth: 0,
    overrideAccess: true,
    select: { kind: true },
    req,
  })
  const audience = data.audience ?? originalDoc?.audience
  const nations = data.nations ?? originalDoc?.nations ?? []
  const errors: { path: string; message: string }[] = []
  if (tenant.kind === 'baseline' && audience === 'members') {
    errors.push({
      path: 'audience',
      message: 'National contacts are shown to everyone: choose "Public". Members-only contacts belong to a council or party.',
    })
  }
  if (tenant.kind !== 'baseline' && nations.length > 0) {
    errors.push({
      path: 'nations',
      message: 'Nations apply only to national contacts. Leave "Nations" empty: this contact is shown on its own tenant\'s site only.',
    })
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'contacts', errors, req })
  return data
}
