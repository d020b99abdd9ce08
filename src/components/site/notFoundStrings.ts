import { getTranslations } from 'next-intl/server'

import { serverEnv } from '@/env'
import type { Locale } from '@/i18n/locales'

import type { NotFoundStrings } from './NotFound.client'

/** A tenant's 404: "page not found", and the way back to the tenant's home. */
export async function tenantNotFoundStrings(locale: Locale, home: string): Promise<NotFoundStrings> {
  const t = await getTranslations({ locale, namespace: 'Site' })
  return { title: t('notFoundTitle'), body: t('notFoundBody'), link: { text: t('notFoundHome'), href: home } }
}

/** The portal's directory, absolute: on a custom domain it lives on the portal's own host. */
export function directoryUrl(): string {
  return new URL('/', serverEnv().NEXT_PUBLIC_SERVER_URL).href
}

/** The portal's 404: no tenant at this address, and the way to the directory. */
export async function portalNotFoundStrings(locale: Locale): Promise<NotFoundStrings> {
  const t = await getTranslations({ locale, namespace: 'PortalNotFound' })
  return { title: t('title'), body: t('body'), link: { text: t('directory'), href: directoryUrl() } }
}
