import type { TypedUser, Where } from 'payload'

import { cacheTags, scopedReadTags } from '@/cache/tags'
import { sectionRank } from '@/collections/Pages/sections'
import type { Locale } from '@/i18n/locales'
import { slugProblem } from '@/lib/slug'
import type { Page } from '@/payload-types'

import { cachedRead } from './cache'
import { payloadClient } from './payload'
import type { Site } from './site'
import { relationId } from '@/lib/relationId'
import { translatableText, translationState } from '@/lib/xliff'

export type PageSummary = {
  /** The document shown: the tenant's own (tailored) page where it has one, else the national one. */
  id: number
  slug: string
  title: string
  summary: string | null
  section: string
  order: number
  /** The national page, shown as is. */
  national: boolean
  /** This tenant's own version of a national page. */
  tailored: boolean
  /** The text in this language is missing, so readers see English (with a notice). */
  fallback: boolean
  /** The text in this language was reviewed against English that has changed since: readers see it, with a notice. */
  outdated: boolean
}

export type ToolkitPage = PageSummary & {
  layout: NonNullable<Page['layout']>
  lastReviewed: string | null
  translationStatus: 'missing' | 'drafted' | 'reviewed'
  /** A tailored page whose national page has changed since it was tailored. */
  drifted: boolean
}

/**
 * Who a page read is for. The site reads as the anonymous public unless a route is explicitly
 * per-user (members-only pages, an editor's preview), and then as that user, so that the access
 * rules decide a second time. `draft` reads the latest draft, which only editors may see.
 */
export type PageReader = { audience: 'public' | 'members'; user?: TypedUser | null; draft?: boolean }

const publicReader: PageReader = { audience: 'public' }

/** Pages matching `where` for `reader`, in `locale` with English beneath, each saying whether it fell back. */
export async function readPageDocs(where: Where, locale: Locale, reader: PageReader = publicReader) {
  const payload = await payloadClient()
  const scoped: Where = { and: [where, { audience: { equals: reader.audience } }] }
  const as = { overrideAccess: false, user: reader.user ?? undefined, draft: reader.draft ?? false } as const
  const [content, own] = await Promise.all([
    payload.find({ collection: 'pages', ...as, where: scoped, locale, fallbackLocale: 'en', depth: 0, limit: 0, pagination: false }),
    // The same pages without fallback say which really have text in this language.
    payload.find({
      collection: 'pages',
      ...as,
      where: scoped,
      locale,
      fallbackLocale: false,
      depth: 0,
      limit: 0,
      pagination: false,
      select: { title: true, translationStatus: true, translationReview: true },
    }),
  ])
  const translated = new Map(own.docs.map((doc) => [doc.id, Boolean(doc.title) && doc.translationStatus !== 'missing']))
  const outdated = locale === 'en' ? new Set<number>() : await outdatedTranslations(own.docs, reader)
  return content.docs.map((doc) => ({ doc, fallback: locale !== 'en' && !translated.get(doc.id), outdated: outdated.has(doc.id) }))
}

/**
 * Which of `docs` (read in a language other than English) were reviewed against English text that
 * has changed since: the same test as the admin's "out of date" (src/lib/xliff/state.ts), against
 * the English the same reader sees. Only reviewed languages with a recorded English are read again.
 */
async function outdatedTranslations(
  docs: Array<Pick<Page, 'id' | 'translationStatus' | 'translationReview'>>,
  reader: PageReader,
): Promise<Set<number>> {
  const reviewed = docs.filter((doc) => doc.translationStatus === 'reviewed' && typeof doc.translationReview?.sourceText === 'string')
  if (reviewed.length === 0) return new Set()
  const payload = await payloadClient()
  const english = await payload.find({
    collection: 'pages',
    overrideAccess: false,
    user: reader.user ?? undefined,
    draft: reader.draft ?? false,
    where: { id: { in: reviewed.map((doc) => doc.id) } },
    locale: 'en',
    depth: 0,
    limit: 0,
    pagination: false,
  })
  const fields = payload.collections.pages.config.fields
  const englishNow = new Map(english.docs.map((doc) => [doc.id, translatableText(fields, doc, { skip: ['translationReview'] })]))
  return new Set(
    reviewed
      .filter((doc) => {
        const now = englishNow.get(doc.id)
        return now !== undefined && translationState(doc.translationStatus, doc.translationReview, now) === 'outdated'
      })
      .map((doc) => doc.id),
  )
}

export type PageDoc = Awaited<ReturnType<typeof readPageDocs>>[number]

/**
 * The site's view of one page document. `nationalUpdated` (national page id to its last change)
 * lets a tailored page say whether its national page has moved on since it was tailored.
 */
export function toToolkitPage({ doc, fallback, outdated }: PageDoc, isNational: boolean, nationalUpdated: ReadonlyMap<number, string> = new Map()): ToolkitPage {
  const tailorsId = relationId(doc.tailors)
  const startedFrom = doc.tailoredFrom?.baselineUpdatedAt
  const nationalNow = tailorsId !== undefined ? nationalUpdated.get(tailorsId) : undefined
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary ?? null,
    section: doc.section,
    order: doc.order ?? 100,
    national: isNational,
    tailored: tailorsId !== undefined,
    fallback,
    outdated: !fallback && outdated,
    layout: doc.layout ?? [],
    lastReviewed: doc.lastReviewed ?? null,
    translationStatus: fallback ? 'missing' : (doc.translationStatus ?? 'missing'),
    drifted: Boolean(startedFrom && nationalNow && new Date(nationalNow) > new Date(startedFrom)),
  }
}

/** What a list of pages needs of each: everything but the content. */
export function toSummary({ layout: _layout, lastReviewed: _reviewed, translationStatus: _status, drifted: _drifted, ...summary }: ToolkitPage): PageSummary {
  return summary
}

/** Section, then order, then title: the order pages are listed in everywhere on the site. */
export function sortPages<T extends Pick<PageSummary, 'section' | 'order' | 'title'>>(pages: T[], locale: Locale): T[] {
  return pages.sort((a, b) => sectionRank(a.section) - sectionRank(b.section) || a.order - b.order || a.title.localeCompare(b.title, locale))
}

/** Uncached: exported for integration tests; the site uses the cached getters below. */
export async function readToolkit({ tenant, locale }: Pick<Site, 'tenant' | 'locale'>): Promise<ToolkitPage[]> {
  if (tenant.kind === 'baseline') return []
  const [national, own] = await Promise.all([
    readPageDocs({ 'tenant.kind': { equals: 'baseline' } }, locale),
    readPageDocs({ tenant: { equals: tenant.id } }, locale),
  ])
  const replaced = new Set(own.map(({ doc }) => relationId(doc.tailors)).filter((id): id is number => id !== undefined))
  const nationalUpdated = new Map(national.map(({ doc }) => [doc.id, doc.updatedAt]))
  return sortPages(
    [
      ...national.filter(({ doc }) => !replaced.has(doc.id)).map((entry) => toToolkitPage(entry, true)),
      ...own.filter(({ doc }) => !doc.hideBaseline).map((entry) => toToolkitPage(entry, false, nationalUpdated)),
    ],
    locale,
  )
}

const cachedToolkit = (site: Site) =>
  cachedRead(
    () => readToolkit(site),
    ['toolkit', site.tenant.slug, site.locale],
    [cacheTags.tenants, cacheTags.tenant(site.tenant.slug), ...scopedReadTags('pages', site.tenant.slug)],
  )

/**
 * The pages a tenant's site shows in its language: the national pages it has not hidden or
 * tailored, its tailored versions in their place, and its own pages, ordered by section and order.
 * Tags: `tenants`, `tenant:{slug}`, `pages:{slug}`, `pages:all`.
 */
export async function getToolkit(site: Site): Promise<PageSummary[]> {
  const pages = await cachedToolkit(site)
  return pages.map(toSummary)
}

/** One page of the tenant's toolkit by slug, or null (unknown, hidden, members-only, draft). */
export async function getToolkitPage(site: Site, slug: string): Promise<ToolkitPage | null> {
  if (slugProblem(slug) !== null) return null
  const pages = await cachedToolkit(site)
  return pages.find((page) => page.slug === slug) ?? null
}
