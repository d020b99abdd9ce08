import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'
import type { Locale as PayloadLocale, PayloadRequest } from 'payload'

import { contentRoles, isPlatformAdmin, tenantIdsWithRole } from '@/access/roles'

/**
 * The admin's content-language switcher offers the languages of the council being edited, not
 * every language the portal knows: an English-only council is never asked about Gaelic. The
 * tenant is the one chosen in the admin's tenant selector (the multi-tenant plugin's cookie);
 * before anything is chosen, the tenants the user edits. A platform admin with no tenant chosen
 * gets every language (national content is written in all of them).
 *
 * Payload asks this on every admin render (`localization.filterAvailableLocales`); reads go
 * through the user's own access, so a forged cookie names no tenant the user cannot read.
 */
export async function localesForSelectedTenant({ locales, req }: { locales: PayloadLocale[]; req: PayloadRequest }): Promise<PayloadLocale[]> {
  const { user } = req
  if (!user || user.collection !== 'users') return locales
  const selected = getTenantFromCookie(req.headers, 'number')
  const tenantIds = typeof selected === 'number' ? [selected] : isPlatformAdmin(user) ? [] : tenantIdsWithRole(user, contentRoles)
  if (tenantIds.length === 0) return locales
  const tenants = await req.payload.find({
    collection: 'tenants',
    where: { id: { in: tenantIds } },
    depth: 0,
    limit: tenantIds.length,
    pagination: false,
    select: { locales: true },
    overrideAccess: false,
    user,
    req,
  })
  const enabled = new Set<string>(tenants.docs.flatMap((tenant) => tenant.locales ?? []))
  if (enabled.size === 0) return locales
  return locales.filter((locale) => enabled.has(locale.code))
}
