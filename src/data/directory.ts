import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Pool } from 'pg'

import { cacheTags } from '@/cache/tags'
import { isLocale, locales, type Locale } from '@/i18n/locales'
import {
  DIRECTORY_PAGE_SIZE,
  DIRECTORY_SEARCH_LIMIT,
  directoryGroups,
  directoryLetters,
  FUZZY_MIN_CHARS,
  isDirectoryGroup,
  OTHER_LETTER,
  type DirectoryGroup,
  type DirectorySlice,
} from '@/lib/directory'

import { cachedRead } from './cache'
import { payloadClient } from './payload'

/*
 * The directory at `/` (issue #18): thousands of councils and parties, found by name in any of
 * their languages or browsed by nation and first letter, in pages whose size does not grow with
 * the number of tenants.
 *
 * PostgreSQL does the finding, ordering and counting (accent-folded names through `portal_fold`
 * and its trigram index, migrations/20261203_062500_directory_search.ts), which Payload's query
 * API cannot express. What a reader is shown is then read through Payload as the anonymous public
 * (`overrideAccess: false`): the access rules, not the SQL, decide which tenant is listed, so an
 * inactive tenant or the national baseline cannot appear even if the SQL had let one through. The
 * SQL asks for the same rows (active, not the baseline) so that its counts and pages agree with
 * what is shown (tests/int/directory.test.ts checks the counts against Payload's own).
 *
 * Every read is cached with the `tenants` tag, which any tenant's change expires
 * (src/collections/Tenants/hooks/revalidateTenant.ts): a new council is listed and findable at once.
 */

export type DirectoryTenant = {
  slug: string
  /** The English name (the directory's language), or the tenant's own default language's. */
  name: string
  /** The tenant's names in its other languages, where they differ ("Cyngor Sir Ynys Môn"). */
  otherNames: { locale: Locale; name: string }[]
  kind: 'council' | 'party'
  nation: string | null
  href: string
}

export type DirectoryIndex = {
  total: number
  groups: { group: DirectoryGroup; count: number; letters: { letter: string; count: number }[] }[]
}

export type DirectoryPage = DirectorySlice & { total: number; pages: number; tenants: DirectoryTenant[] }

export type DirectorySearch = {
  /** Tenants whose names contain every word, best first: whole name, then start of name, then start of words. */
  tenants: DirectoryTenant[]
  /** All that matched, of which `tenants` are the first DIRECTORY_SEARCH_LIMIT. */
  total: number
  /** True when nothing contained the words and these are the names closest to them (typos). */
  closest: boolean
}

const pool = async (): Promise<Pool> => ((await payloadClient()).db as unknown as PostgresAdapter).pool

/*
 * One row per listed tenant: its group, and the folded name it is sorted and lettered by (the
 * English name, or the default language's when there is no English one). Active and not the
 * baseline: the rows the anonymous public may read (src/collections/Tenants/access/tenantAccess.ts)
 * that are councils or parties.
 */
const LISTED = `
  SELECT t.id,
    CASE WHEN t.kind = 'party' THEN 'parties' ELSE coalesce(t.nation::text, 'other') END AS grp,
    public.portal_fold(coalesce(en.name, own.name, '')) AS folded
  FROM tenants t
  LEFT JOIN tenants_locales en ON en._parent_id = t.id AND en._locale = 'en'
  LEFT JOIN tenants_locales own ON own._parent_id = t.id AND own._locale::text = t.default_locale::text
  WHERE t.active = true AND t.kind <> 'baseline'`

async function readIndex(): Promise<DirectoryIndex> {
  const db = await pool()
  const { rows } = await db.query<{ grp: string; letter: string; count: string }>(
    `SELECT grp, CASE WHEN folded ~ '^[a-z]' THEN left(folded, 1) ELSE '0-9' END AS letter, count(*) AS count
     FROM (${LISTED}) listed GROUP BY 1, 2`,
  )
  const groups = directoryGroups.map((group) => {
    const letters = directoryLetters.flatMap((letter) => {
      const row = rows.find((candidate) => candidate.grp === group && candidate.letter === letter)
      return row ? [{ letter, count: Number(row.count) }] : []
    })
    return { group, count: letters.reduce((sum, { count }) => sum + count, 0), letters }
  })
  return { total: groups.reduce((sum, { count }) => sum + count, 0), groups }
}

/** Each group's count and the letters it has, for the landing page. Tag: `tenants`. */
export function getDirectoryIndex(): Promise<DirectoryIndex> {
  return cachedRead(readIndex, ['directory-index'], [cacheTags.tenants])
}

type TenantDoc = { id: number; slug: string; name: unknown; kind: string; nation?: string | null; defaultLocale?: string | null }

/** A localized field read with `locale: 'all'`: one value per language. */
function namesByLocale(value: unknown): Partial<Record<Locale, string>> {
  if (typeof value === 'string') return { en: value }
  if (typeof value !== 'object' || value === null) return {}
  const names: Partial<Record<Locale, string>> = {}
  for (const [locale, name] of Object.entries(value)) if (isLocale(locale) && typeof name === 'string' && name.trim()) names[locale] = name
  return names
}

/**
 * The tenants with these ids, in this order, as the anonymous public may read them: the gate.
 * An id the access rules do not allow is dropped.
 */
async function readTenants(ids: number[]): Promise<DirectoryTenant[]> {
  if (!ids.length) return []
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'tenants',
    overrideAccess: false,
    where: { and: [{ id: { in: ids } }, { kind: { not_equals: 'baseline' } }] },
    locale: 'all',
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: { slug: true, name: true, kind: true, nation: true, defaultLocale: true },
  })
  const byId = new Map((found.docs as TenantDoc[]).map((doc) => [doc.id, doc]))
  return ids.flatMap((id) => {
    const doc = byId.get(id)
    if (!doc) return []
    const defaultLocale: Locale = isLocale(doc.defaultLocale) ? doc.defaultLocale : 'en'
    const names = namesByLocale(doc.name)
    const name = names.en ?? names[defaultLocale] ?? Object.values(names)[0] ?? doc.slug
    const otherNames = locales.flatMap((locale) => {
      const other = names[locale]
      return other && other !== name ? [{ locale, name: other }] : []
    })
    return [{ slug: doc.slug, name, otherNames, kind: doc.kind === 'party' ? 'party' : 'council', nation: doc.nation ?? null, href: `/${doc.slug}/${defaultLocale}` }]
  })
}

async function readPage(slice: DirectorySlice): Promise<DirectoryPage> {
  const db = await pool()
  const aToZ = slice.letter !== null && slice.letter !== OTHER_LETTER
  const letterFilter = slice.letter === null ? '' : aToZ ? 'AND folded LIKE $2' : "AND folded !~ '^[a-z]'"
  const filterParams: unknown[] = aToZ ? [slice.group, `${slice.letter}%`] : [slice.group]
  const next = filterParams.length + 1
  const { rows } = await db.query<{ id: number; total: string }>(
    `SELECT id, count(*) OVER () AS total FROM (${LISTED}) listed
     WHERE grp = $1 ${letterFilter}
     ORDER BY folded, id LIMIT $${next} OFFSET $${next + 1}`,
    [...filterParams, DIRECTORY_PAGE_SIZE, (slice.page - 1) * DIRECTORY_PAGE_SIZE],
  )
  // Past the last page there are no rows to carry the total: count apart, to say how many pages there are.
  const total = rows[0]
    ? Number(rows[0].total)
    : Number((await db.query<{ total: string }>(`SELECT count(*) AS total FROM (${LISTED}) listed WHERE grp = $1 ${letterFilter}`, filterParams)).rows[0]?.total ?? 0)
  return { ...slice, total, pages: Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE)), tenants: await readTenants(rows.map((row) => row.id)) }
}

/** One page of a group, or of one letter of it, A to Z. Tag: `tenants`. */
export function getDirectoryPage(slice: DirectorySlice): Promise<DirectoryPage> {
  if (!isDirectoryGroup(slice.group)) return Promise.resolve({ ...slice, total: 0, pages: 1, tenants: [] })
  return cachedRead(() => readPage(slice), ['directory-page', slice.group, slice.letter ?? '', String(slice.page)], [cacheTags.tenants])
}

/*
 * Names (of every language) that contain every word, folded; one row per tenant with its best
 * name's tier: 0 the whole name, 1 the start of the name, 2 every word at the start of a word,
 * 3 anywhere. Each `LIKE '%word%'` can use the trigram index.
 */
function containsSql(wordCount: number): string {
  const contains = Array.from({ length: wordCount }, (_, index) => `public.portal_fold(l.name) LIKE '%' || public.portal_fold($${index + 2}) || '%'`).join(' AND ')
  const wordStarts = Array.from({ length: wordCount }, (_, index) => `(' ' || m.folded) LIKE '% ' || public.portal_fold($${index + 2}) || '%'`).join(' AND ')
  return `
  WITH q AS (SELECT public.portal_fold($1) AS folded),
  matched AS (
    SELECT l._parent_id AS id, public.portal_fold(l.name) AS folded FROM tenants_locales l WHERE ${contains}
  ), ranked AS (
    SELECT m.id,
      min(CASE WHEN m.folded = q.folded THEN 0 WHEN m.folded LIKE q.folded || '%' THEN 1 WHEN ${wordStarts} THEN 2 ELSE 3 END) AS tier,
      max(similarity(m.folded, q.folded)) AS likeness
    FROM matched m CROSS JOIN q GROUP BY m.id
  )
  SELECT r.id, count(*) OVER () AS total
  FROM ranked r JOIN (${LISTED}) listed ON listed.id = r.id
  ORDER BY r.tier, r.likeness DESC, listed.folded, r.id
  LIMIT ${DIRECTORY_SEARCH_LIMIT}`
}

/** When nothing contains the words: the names most like the query (word similarity, pg_trgm's `<%`, indexed). */
const CLOSEST_SQL = `
  WITH q AS (SELECT public.portal_fold($1) AS folded),
  ranked AS (
    SELECT l._parent_id AS id, max(word_similarity(q.folded, public.portal_fold(l.name))) AS likeness
    FROM tenants_locales l CROSS JOIN q
    WHERE q.folded <% public.portal_fold(l.name)
    GROUP BY l._parent_id
  )
  SELECT r.id, count(*) OVER () AS total
  FROM ranked r JOIN (${LISTED}) listed ON listed.id = r.id
  ORDER BY r.likeness DESC, listed.folded, r.id
  LIMIT ${DIRECTORY_SEARCH_LIMIT}`

async function readSearch(words: string[]): Promise<DirectorySearch> {
  const db = await pool()
  const phrase = words.join(' ')
  const found = await db.query<{ id: number; total: string }>(containsSql(words.length), [phrase, ...words])
  if (found.rows.length > 0) {
    return { tenants: await readTenants(found.rows.map((row) => row.id)), total: Number(found.rows[0]?.total ?? 0), closest: false }
  }
  if (phrase.length < FUZZY_MIN_CHARS) return { tenants: [], total: 0, closest: false }
  const closest = await db.query<{ id: number; total: string }>(CLOSEST_SQL, [phrase])
  return { tenants: await readTenants(closest.rows.map((row) => row.id)), total: Number(closest.rows[0]?.total ?? 0), closest: closest.rows.length > 0 }
}

/**
 * Councils and parties whose name, in any of their languages, contains every word of the query
 * (`words` from `directoryQuery`: at most 8, letters and digits only), case and accents aside;
 * failing that, the closest names. Tag: `tenants`.
 */
export function searchDirectory(words: string[]): Promise<DirectorySearch> {
  if (!words.length) return Promise.resolve({ tenants: [], total: 0, closest: false })
  return cachedRead(() => readSearch(words), ['directory-search', ...words], [cacheTags.tenants])
}
