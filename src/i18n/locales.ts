/**
 * The one list of locales, shared by Payload's localization and next-intl's routing so the CMS
 * and the site can never disagree about which languages exist.
 */
export const locales = ['en', 'cy', 'gd', 'ga'] as const

export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = 'en'

/** Each language's name in itself: a language switcher must be readable by its own speakers. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  cy: 'Cymraeg',
  gd: 'Gàidhlig',
  ga: 'Gaeilge',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
