import type { PayloadRequest } from 'payload'

import { isLocale } from '@/i18n/locales'

function idOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  return undefined
}

/**
 * Where the admin's live preview (and its Preview button) shows a page's draft:
 * `/preview/{tenant}/{locale}/{id}`, in the language being edited when the tenant offers it, else
 * the tenant's default. Relative, so the preview loads from the admin's own origin: its session
 * cookie goes with it, and the page's frame headers allow that origin only. Null (no preview) for
 * a page not saved yet.
 */
export function pagePreviewPath(doc: Record<string, unknown>, locale: string | undefined, req: PayloadRequest): Promise<string | null> {
  return previewPath('', doc, locale, req)
}

/** The same for an engagement template: `/preview/{tenant}/{locale}/rules-of-engagement/{id}`. */
export function templatePreviewPath(doc: Record<string, unknown>, locale: string | undefined, req: PayloadRequest): Promise<string | null> {
  return previewPath('/rules-of-engagement', doc, locale, req)
}

async function previewPath(section: '' | '/rules-of-engagement', doc: Record<string, unknown>, locale: string | undefined, req: PayloadRequest): Promise<string | null> {
  const id = idOf(doc['id'])
  const tenantId = idOf(doc['tenant'])
  if (id === undefined || tenantId === undefined) return null
  const tenant = await req.payload.findByID({
    collection: 'tenants',
    id: tenantId,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    disableErrors: true,
    select: { slug: true, locales: true, defaultLocale: true },
  })
  if (!tenant) return null
  const offered = (tenant.locales ?? []).filter(isLocale)
  const language = isLocale(locale) && offered.includes(locale) ? locale : isLocale(tenant.defaultLocale) ? tenant.defaultLocale : 'en'
  return `/preview/${tenant.slug}/${language}${section}/${id}`
}
