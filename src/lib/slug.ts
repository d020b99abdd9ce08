import { locales } from '@/i18n/locales'

/**
 * Path segments the site or the framework already own at the top level, so a tenant slug may not
 * take them (a tenant called "admin" would shadow the admin panel).
 */
export const reservedSlugs: readonly string[] = [
  'admin',
  'api',
  '_next',
  'assets',
  'health',
  'static',
  'media',
  'favicon.ico',
  'robots.txt',
  'sitemap.xml',
  // Editors' previews of drafts: /preview/{tenant}/{locale}/{id}.
  'preview',
  // The directory's search and A–Z lists: /directory/search, /directory/{nation}/{letter}.
  'directory',
  ...locales,
]

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Returns an error message, or null when the slug is acceptable. */
export function slugProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0) return 'Enter a slug.'
  if (value.length > 63) return 'A slug can be at most 63 characters.'
  if (!SLUG.test(value)) {
    return 'Use lowercase letters, digits and single hyphens only (for example "example-county").'
  }
  if (reservedSlugs.includes(value)) return `"${value}" is reserved; choose another slug.`
  return null
}

/**
 * A slug suggested from a name ("Cyngor Sir Ynys Môn" → "cyngor-sir-ynys-mon"), for forms that
 * fill the address as the name is typed; the person can still change it, and slugProblem judges it.
 */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}
