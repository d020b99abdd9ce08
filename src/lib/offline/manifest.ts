import type { Locale } from '@/i18n/locales'
import { isHexColour, PAGE_BACKGROUND } from '@/lib/colour'

/** The site's primary colour when a tenant sets none (site.css's --colour-primary). */
export const DEFAULT_THEME_COLOUR = '#1d4f91'

/** The icon sizes the manifest lists: what Android's home screen and splash screen ask for. */
export const appIconSizes = [192, 512] as const
export type AppIconSize = (typeof appIconSizes)[number]

export function isAppIconSize(value: number): value is AppIconSize {
  return (appIconSizes as readonly number[]).includes(value)
}

/** The subset of the Web App Manifest (https://www.w3.org/TR/appmanifest/) the portal writes. */
export type WebAppManifest = {
  id: string
  name: string
  short_name: string
  description: string
  lang: Locale
  dir: 'ltr'
  start_url: string
  scope: string
  display: 'minimal-ui'
  theme_color: string
  background_color: string
  icons: { src: string; sizes: string; type: 'image/png'; purpose: 'any' }[]
}

export type ManifestInput = {
  name: string
  shortName: string | null
  description: string
  locale: Locale
  /** The tenant's home in `locale` as the reader reached it (/{slug}/{locale}, or /{locale} on its domain). */
  home: string
  /** Where the tenant's site starts on this host: /{slug}/ on the portal, / on its own domain. */
  scope: string
  primaryColour: string | null
}

/** Short names longer than this are cut under a home-screen icon; the initials read better. */
const SHORT_NAME_MAX = 12

/**
 * The manifest of one tenant's site in one language. The scope is the tenant's whole site (every
 * language), and the `id` is the scope, so installing it in Welsh and in English is one app.
 * `minimal-ui` keeps Back and the address in view: a reader who may need to leave quickly, or to
 * check which site they are on, keeps the browser's own controls. The background is the pages'
 * own (white), so the splash screen does not flash another colour before the first page.
 */
export function buildManifest(input: ManifestInput): WebAppManifest {
  const shortName = input.shortName && input.shortName.length <= SHORT_NAME_MAX ? input.shortName : initialsOf(input.shortName ?? input.name)
  return {
    id: input.scope,
    name: input.name,
    short_name: shortName,
    description: input.description,
    lang: input.locale,
    dir: 'ltr',
    start_url: input.home,
    scope: input.scope,
    display: 'minimal-ui',
    theme_color: input.primaryColour && isHexColour(input.primaryColour) ? input.primaryColour.toLowerCase() : DEFAULT_THEME_COLOUR,
    background_color: PAGE_BACKGROUND,
    icons: appIconSizes.map((size) => ({ src: `${input.home}/app-icon/${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
  }
}

/** Articles and joining words, which do not make initials ("Cyngor Sir y Fflint" is CSF, "Comhairle nan Eilean Siar" CES). */
const minorWords = new Set(['of', 'and', 'the', 'for', 'y', 'yr', 'a', 'ac', 'na', 'nan', 'nam', 'an', 'agus', 'de', 'du', 'le', 'la', '&'])

/** Up to three initials of a name, in capitals: "Example County Council" is ECC. */
export function initialsOf(name: string): string {
  const words = name.split(/[\s\-–—/]+/u).filter((word) => /\p{L}/u.test(word))
  const major = words.filter((word) => !minorWords.has(word.toLowerCase()))
  const chosen = (major.length > 0 ? major : words).slice(0, 3)
  const initials = chosen.map((word) => [...(word.match(/\p{L}/u)?.[0] ?? '')].join('').toLocaleUpperCase()).join('')
  return initials || '?'
}
