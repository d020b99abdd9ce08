import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import type { Page } from '@/payload-types'
import { relationId } from '@/lib/relationId'

/**
 * Welsh Language Standards: Welsh must not be treated less favourably than English. For a tenant
 * with Welsh parity on, a page cannot be published while its Welsh title is missing. Drafts can
 * still be saved, so an editor never loses work waiting for a translation.
 */
export const requireWelshForParity: CollectionBeforeChangeHook<Page> = async ({ data, req, originalDoc }) => {
  if (data._status !== 'published') return data
  const tenantId = relationId(data.tenant ?? originalDoc?.tenant)
  if (tenantId === undefined) return data
  // Only the fields read here: this runs inside every publish, and a whole tenant or page (a page's
  // blocks are a table each, in every language) costs the save far more than the answer needs.
  const tenant = await req.payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, select: { name: true, welshParity: true }, overrideAccess: true, req })
  if (!tenant.welshParity) return data

  let welshTitle: string | null | undefined = req.locale === 'cy' ? data.title : undefined
  if (welshTitle === undefined && originalDoc?.id !== undefined) {
    // No `req` here on purpose: a Local API call with `locale` sets req.locale on the request it
    // is given, and the save in progress would then write its (English) data into Welsh.
    const welsh = await req.payload.findByID({
      collection: 'pages',
      id: originalDoc.id,
      locale: 'cy',
      fallbackLocale: false,
      draft: true,
      depth: 0,
      select: { title: true },
      overrideAccess: true,
    })
    welshTitle = welsh.title
  }
  if (!welshTitle || welshTitle.trim() === '') {
    throw new ValidationError({
      collection: 'pages',
      req,
      errors: [
        {
          path: 'title',
          message: `Welsh parity is on for ${tenant.name}: add the Welsh text (switch the language to Cymraeg) before publishing. You can save a draft meanwhile.`,
        },
      ],
    })
  }
  return data
}
