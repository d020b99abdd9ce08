import type { TypedUser, Where } from 'payload'

import { canPreviewTenant } from '@/access/canPreview'
import { isLocale } from '@/i18n/locales'
import type { Site } from '@/i18n/siteParams'
import { homePath } from '@/i18n/sitePaths'
import { slugProblem } from '@/lib/slug'

import { contentOf, type EngagementContent } from './engagement'
import { readPageDocs, toToolkitPage, type ToolkitPage } from './pages'
import { payloadClient } from './payload'
import { readTenantSite } from './tenantSite'

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
export async function getPreviewSite(viewer: TypedUser | null, tenantSlug: string, locale: string): Promise<Site | null> {
  // Nobody logged in: answer before touching the database.
  if (!viewer || !isLocale(locale) || slugProblem(tenantSlug) !== null) return null
  // Read as the public: an inactive tenant has no site to preview.
  const tenant = await readTenantSite({ by: 'slug', slug: tenantSlug }, locale)
  if (!tenant || !tenant.locales.includes(locale) || !canPreviewTenant(viewer, tenant.id)) return null
  return { tenant, locale, via: 'path', home: homePath(tenant, locale, 'path') }
}

export type PreviewPage = { page: ToolkitPage; audience: 'public' | 'members' }

/** Postgres ids: digits only, and short enough to be a number. */
const DOC_ID = /^[1-9]\d{0,9}$/

/**
 * The latest draft of page `id` of the preview's tenant, public or members-only, or null when
 * there is none the viewer may read.
 */
export async function getPreviewPage(viewer: TypedUser, site: Site, id: string): Promise<PreviewPage | null> {
  if (!DOC_ID.test(id)) return null
  const where: Where = { and: [{ id: { equals: Number(id) } }, { tenant: { equals: site.tenant.id } }] }
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
export async function getPreviewTemplate(viewer: TypedUser, site: Site, id: string): Promise<EngagementContent | null> {
  if (!DOC_ID.test(id)) return null
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'engagement-templates',
    overrideAccess: false,
    user: viewer,
    draft: true,
    where: { and: [{ id: { equals: Number(id) } }, { tenant: { equals: site.tenant.id } }] },
    locale: site.locale,
    fallbackLocale: 'en',
    depth: 0,
    limit: 1,
  })
  const doc = found.docs[0]
  return doc ? contentOf(doc, false) : null
}
