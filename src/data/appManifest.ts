import { getTranslations } from 'next-intl/server'

import { cacheTags } from '@/cache/tags'
import { renderAppIcon } from '@/lib/offline/appIcon'
import { buildManifest, type AppIconSize, type WebAppManifest } from '@/lib/offline/manifest'
import { siteScopePath } from '@/i18n/sitePaths'

import { cachedRead } from './cache'
import { getLogoFile } from './engagement'
import type { Site } from './site'

/**
 * The tenant's web app manifest and home-screen icons. Both come from the tenant as the site
 * already read it (resolveSite: the anonymous public's read, overrideAccess: false), and are kept
 * under the tenant's tags, so a change of name, colour or logo reaches them when the tenant is
 * saved. The icon is the costly part (sharp), so it is rendered once per tenant, language and size.
 */

export async function getAppManifest(site: Site): Promise<WebAppManifest> {
  const { tenant, locale, via } = site
  return cachedRead(
    async () => {
      const t = await getTranslations({ locale, namespace: 'Meta' })
      return buildManifest({
        name: tenant.name,
        shortName: tenant.shortName,
        description: t('home', { tenant: tenant.name }),
        locale,
        home: site.home,
        scope: siteScopePath(tenant, via),
        primaryColour: tenant.primaryColour,
      })
    },
    ['app-manifest', tenant.slug, locale, via],
    [cacheTags.tenants, cacheTags.tenant(tenant.slug)],
  )
}

/** The icon's PNG bytes (kept in the data cache as base64, which is what it can hold). */
export async function getAppIcon(site: Site, size: AppIconSize): Promise<Buffer> {
  const { tenant, locale } = site
  const base64 = await cachedRead(
    async () => {
      const logo = await getLogoFile(tenant)
      const png = await renderAppIcon({ size, name: tenant.name, shortName: tenant.shortName, primaryColour: tenant.primaryColour, logo: logo?.file ?? null })
      return png.toString('base64')
    },
    ['app-icon', tenant.slug, locale, String(size)],
    [cacheTags.tenants, cacheTags.tenant(tenant.slug)],
  )
  return Buffer.from(base64, 'base64')
}
