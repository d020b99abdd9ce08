import type { TypedUser, Where } from 'payload'

import { canPreviewTenant } from '@/access/canPreview'

import { contentOf, type EngagementContent } from './engagement'
import { readPageDocs, toToolkitPage, type ToolkitPage } from './pages'
import { payloadClient } from './payload'
import { resolvePreviewSite, type Site, type SiteRequest } from './site'

/*
 * An editor's preview of a draft, on the tenant's branded page. Nothing here is cached: every
 * read is per request and as the logged-in user (overrideAccess: false), so Payload's access
 * rules decide a second time, after canPreviewTenant. Only the dynamic preview route calls these.
 */

/**
 * The tenant and language of a preview URL, or null (the route answers 404) unless `viewer` may
 * preview that tenant. Unlike the public site this includes the baseline: national pages have no
 * site of their own, so their drafts are previewed in the baseline tenant's own branding.
 */
export async function getPreviewSite(viewer: TypedUser | null, request: SiteRequest): Promise<Site | null> {
  // Nobody logged in: answer before touching the database.
  if (!viewer) return null
  const site = await resolvePreviewSite(request)
  return site && canPreviewTenant(viewer, site.tenant.id) ? site : null
}

export type PreviewPage = { page: ToolkitPage; audience: 'public' | 'members' }

/**
 * The latest draft of page `id` of the preview's tenant, public or members-only, or null when
 * there is none the viewer may read.
 */
export async function getPreviewPage(viewer: TypedUser, site: Site, id: number): Promise<PreviewPage | null> {
  const where: Where = { and: [{ id: { equals: id } }, { tenant: { equals: site.tenant.id } }] }
  for (const audience of ['public', 'members'] as const) {
    const [entry] = await readPageDocs(where, site.locale, { audience, user: viewer, draft: true })
    if (entry) return { page: toToolkitPage(entry, site.tenant.kind === 'baseline'), audience }
  }
  return null
}

/**
 * The latest draft of engagement template `id` of the preview's tenant, in the preview's language
 * (English beneath), or null when there is none the viewer may read.
 */
export async function getPreviewTemplate(viewer: TypedUser, site: Site, id: number): Promise<EngagementContent | null> {
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'engagement-templates',
    overrideAccess: false,
    user: viewer,
    draft: true,
    where: { and: [{ id: { equals: id } }, { tenant: { equals: site.tenant.id } }] },
    locale: site.locale,
    fallbackLocale: 'en',
    depth: 0,
    limit: 1,
  })
  const doc = found.docs[0]
  return doc ? contentOf(doc, false) : null
}
