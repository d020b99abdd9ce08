import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'

/**
 * Locale is always in the path (/{tenant}/{locale}/...). Which locales a tenant offers is the
 * tenant's own setting, checked by the tenant layout; this is the set the portal knows at all.
 */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
})
