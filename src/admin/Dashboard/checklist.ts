import type { Payload, TypedUser, Where } from 'payload'

import { DEFAULT_STALE_AFTER_DAYS } from '@/collections/Contacts/kinds'
import { findStaleContacts } from '@/collections/Contacts/stale'
import { defaultLocale, isLocale, localeNames, type Locale } from '@/i18n/locales'
import { nationalToolkitFor } from '@/tailoring/nationalToolkit'

/**
 * What a council's editors need to act on, for the admin dashboard: contacts not verified
 * recently, national pages changed since the council tailored them, pages missing a translation
 * in a language the council offers, and rules-of-engagement templates still national. Each item
 * counts and links to the admin screen where it is fixed, filtered to exactly what it counted.
 *
 * Everything is read as the user (overrideAccess: false), so the panel shows no more than the
 * screens it links to would. For the baseline tenant (a platform admin's national view) the
 * tailoring items do not apply and are left out.
 */
export type ChecklistKey = 'stale-contacts' | 'drifted-pages' | 'untailored-templates' | `translation-${Locale}`

export type ChecklistItem = {
  key: ChecklistKey
  count: number
  /** What needs doing, with the count in it; or, at zero, that it is done. */
  text: string
  /** Where it is fixed. */
  href: string
}

export type CouncilChecklist = {
  tenant: { id: number; name: string; slug: string; kind: 'council' | 'party' | 'baseline' }
  /** The tenant's public home page; null for the baseline, which has no site of its own. */
  siteHref: string | null
  items: ChecklistItem[]
}

const DAY_MS = 86_400_000

/** Language names in English, for English-speaking editors; the native name follows in brackets. */
const languageInEnglish: Record<Locale, string> = { en: 'English', cy: 'Welsh', gd: 'Gaelic', ga: 'Irish' }

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** Payload's list view reads `where` in its filter builder's shape: or → and → field → operator. */
function listHref(adminRoute: string, collection: string, or: Where[][], extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra)
  or.forEach((and, i) =>
    and.forEach((condition, j) => {
      for (const [field, operators] of Object.entries(condition)) {
        for (const [operator, value] of Object.entries(operators as Record<string, unknown>)) {
          params.append(`where[or][${i}][and][${j}][${field}][${operator}]`, String(value))
        }
      }
    }),
  )
  return `${adminRoute}/collections/${collection}?${params.toString()}`
}

const toWhere = (or: Where[][]): Where => ({ or: or.map((and) => ({ and })) })

/** Pages of the tenant with no translation in `locale` (status missing, or never set in it). Hiding markers are not pages. */
export function untranslatedPages(tenantId: number): Where[][] {
  const own: Where[] = [{ tenant: { equals: tenantId } }, { hideBaseline: { not_equals: true } }]
  return [
    [...own, { translationStatus: { equals: 'missing' } }],
    [...own, { translationStatus: { exists: false } }],
  ]
}

/** Contacts of the tenant never verified, or last verified before `cutoff`. */
export function staleContactsWhere(tenantId: number, cutoff: Date): Where[][] {
  return [
    [{ tenant: { equals: tenantId } }, { lastVerifiedAt: { exists: false } }],
    [{ tenant: { equals: tenantId } }, { lastVerifiedAt: { less_than: cutoff.toISOString() } }],
  ]
}

export async function councilChecklist(
  payload: Payload,
  user: TypedUser,
  tenantId: number,
  { now = new Date() }: { now?: Date } = {},
): Promise<CouncilChecklist | null> {
  const adminRoute = payload.config.routes.admin
  const tenant = await payload.findByID({
    collection: 'tenants',
    id: tenantId,
    user,
    overrideAccess: false,
    depth: 0,
    locale: 'en',
    disableErrors: true,
    select: { name: true, slug: true, kind: true, locales: true, defaultLocale: true, contactStaleAfterDays: true },
  })
  if (!tenant) return null
  const national = tenant.kind === 'baseline'
  const offered = (tenant.locales ?? []).filter(isLocale).filter((code) => code !== defaultLocale)

  const [stale, toolkit, translations] = await Promise.all([
    findStaleContacts(payload, { tenantIds: [tenant.id], now, user }),
    national ? Promise.resolve([]) : nationalToolkitFor(payload, user, tenant.id),
    Promise.all(
      offered.map(async (code) => {
        const { totalDocs } = await payload.count({ collection: 'pages', where: toWhere(untranslatedPages(tenant.id)), locale: code, user, overrideAccess: false })
        return { code, count: totalDocs }
      }),
    ),
  ])

  const days = tenant.contactStaleAfterDays ?? DEFAULT_STALE_AFTER_DAYS
  const staleCount = stale[0]?.contacts.length ?? 0
  const items: ChecklistItem[] = [
    {
      key: 'stale-contacts',
      count: staleCount,
      text:
        staleCount === 0
          ? `Every contact has been verified in the last ${days} days.`
          : `${plural(staleCount, 'contact', 'contacts')} not verified in the last ${days} days: check ${staleCount === 1 ? 'it' : 'each'} and press “Verified today”.`,
      href: listHref(adminRoute, 'contacts', staleContactsWhere(tenant.id, new Date(now.getTime() - days * DAY_MS))),
    },
  ]
  if (!national) {
    const drifted = toolkit.filter((entry) => entry.state === 'drifted').length
    const untailored = toolkit.filter((entry) => entry.collection === 'engagement-templates' && entry.state === 'inherited').length
    items.push(
      {
        key: 'drifted-pages',
        count: drifted,
        text:
          drifted === 0
            ? 'No national page has changed since you tailored it.'
            : `${plural(drifted, 'national page has', 'national pages have')} changed since you tailored ${drifted === 1 ? 'it' : 'them'}: compare and update your version.`,
        href: `${adminRoute}/national-toolkit`,
      },
      {
        key: 'untailored-templates',
        count: untailored,
        text:
          untailored === 0
            ? 'Your rules of engagement are your own.'
            : `${plural(untailored, 'rules-of-engagement template is', 'rules-of-engagement templates are')} still the national text: tailor ${untailored === 1 ? 'it' : 'them'} for your council.`,
        href: `${adminRoute}/national-toolkit`,
      },
    )
  }
  for (const { code, count } of translations) {
    const language = `${languageInEnglish[code]} (${localeNames[code]})`
    items.push({
      key: `translation-${code}`,
      count,
      text:
        count === 0
          ? `Every ${national ? 'national ' : ''}page has a ${language} translation.`
          : `${plural(count, `${national ? 'national ' : ''}page has`, `${national ? 'national ' : ''}pages have`)} no ${language} translation: readers see English.`,
      href: listHref(adminRoute, 'pages', untranslatedPages(tenant.id), { locale: code }),
    })
  }

  return {
    tenant: { id: tenant.id, name: tenant.name, slug: tenant.slug, kind: tenant.kind },
    siteHref: national ? null : `/${tenant.slug}/${tenant.defaultLocale ?? defaultLocale}`,
    items,
  }
}
