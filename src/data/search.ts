import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { TypedUser } from 'payload'

import type { TenantValueContext } from '@/blocks/TenantValue/Component'
import { cacheTags } from '@/cache/tags'
import { isContactKind } from '@/collections/Contacts/kindOptions'
import type { Locale } from '@/i18n/locales'
import { MATCH_END, MATCH_START, passageParts, type PassagePart } from '@/lib/search/index-text'
import { MAX_RESULTS, parseSearchQuery, queryPhrases, tsqueryTexts } from '@/lib/search/query'

import { cachedRead } from './cache'
import { getMembersPages } from './members'
import { getToolkit } from './pages'
import { payloadClient } from './payload'
import type { Site } from './site'

/*
 * Search within one tenant's site (issue #18). The index (`search_entries`, written by the pages'
 * hooks, src/collections/Pages/search/indexPage.ts) holds each published page once per language.
 * What a tenant's readers may find is decided here, at query time, by the same reads that build
 * the site: the tenant's toolkit (national pages it has not hidden or tailored, its tailored and
 * own pages) and, for a member in the members' area, its members-only pages. Only those ids are
 * ranked, so no other tenant's page and no hidden page can appear, and a national edit is
 * findable by every tenant once its rows are written, whatever the number of tenants.
 *
 * Nothing here logs the query or who searched.
 */

export type SearchHit = {
  href: string
  title: string
  /** The matching passage, matched words flagged; plain text, rendered as text. */
  passage: PassagePart[]
  membersOnly: boolean
}

export type SearchResults = { text: string; hits: SearchHit[] }

type SynonymDoc = { locale: Locale; term: string; expansion: string }

async function readSynonyms(locale: Locale): Promise<[string, string[]][]> {
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'search-synonyms',
    where: { locale: { equals: locale } },
    overrideAccess: false,
    depth: 0,
    limit: 500,
    pagination: false,
    select: { locale: true, term: true, expansion: true },
  })
  const map = new Map<string, string[]>()
  for (const doc of found.docs as SynonymDoc[]) {
    const term = doc.term.toLocaleLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu)?.join(' ')
    if (term) map.set(term, [...(map.get(term) ?? []), doc.expansion])
  }
  return [...map.entries()]
}

/** The synonyms of one language. Tag: `search-synonyms`. */
async function getSynonyms(locale: Locale): Promise<Map<string, string[]>> {
  return new Map(await cachedRead(() => readSynonyms(locale), ['search-synonyms', locale], [cacheTags.searchSynonyms]))
}

/** A tenant value as text, the way TenantValue renders it (label and phone; the fallback wording when missing). */
export function tenantValueText(key: string, values: TenantValueContext): string {
  if (key === 'police-force') return values.policeForce ?? values.fallbacks['police-force']
  if (key.startsWith('contact:')) {
    const kind = key.slice('contact:'.length)
    if (!isContactKind(kind)) return ''
    const contact = values.contacts[kind]
    if (!contact) return values.fallbacks[kind]
    return contact.phone ? `${contact.label} (${contact.phone})` : contact.label
  }
  return values.tenantName
}

type Row = { page_id: number; title: string; passage: string; value_keys: string[] }

const headlineOptions = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`

/*
 * Ranking: a page with every word of the query (or of a synonym's expansion) first, then by
 * ts_rank over title (A), summary (B) and body (D) with the length normalised, so the long
 * emergency page does not win every query; trigram word similarity (pg_trgm) lets a typo or a
 * mutation the rules missed still match, below any real match. Words under four letters and
 * stop words take no part in the similarity (they are on every page).
 */
const searchSql = `
WITH candidates AS (
  SELECT e.page_id, e.config, e.title, e.summary, e.body, e.value_keys, e.words,
    e.tsv || coalesce((
      SELECT to_tsvector(e.config, string_agg(v.value, ' '))
      FROM unnest($4::text[], $5::text[]) AS v(key, value) WHERE v.key = ANY(e.value_keys)
    ), ''::tsvector) AS doc,
    to_tsquery(e.config, $2) AS q_all,
    to_tsquery(e.config, $3) AS q_any
  FROM search_entries e
  WHERE e.locale = $1 AND e.page_id = ANY($6::int[])
), scored AS (
  SELECT c.*,
    coalesce((
      SELECT avg(word_similarity(unaccent(w), c.words)) FROM unnest($7::text[]) AS w
      WHERE length(w) >= 4 AND numnode(plainto_tsquery(c.config, w)) > 0
    ), 0) AS similarity
  FROM candidates c
)
SELECT page_id, title, value_keys,
  ts_headline(config, summary || E'\\n' || body, CASE WHEN numnode(q_any) > 0 THEN q_any ELSE plainto_tsquery(config, $8) END, $9) AS passage
FROM scored
WHERE doc @@ q_any OR similarity >= 0.6
ORDER BY (doc @@ q_all)::int DESC,
  ts_rank(doc, q_all, 1) + ts_rank(doc, q_any, 1) + similarity * 0.05 DESC,
  title
LIMIT $10`

/**
 * Searches the site's tenant as its readers see it, in the site's language: `query` is the raw
 * `q` parameter (anything). With `members` (a signed-in member, in the members' area) the
 * tenant's members-only pages are found too. `values` fills the tenant's values into passages.
 */
export async function searchSite(
  site: Site,
  query: unknown,
  { values, members }: { values: TenantValueContext; members?: TypedUser | null },
): Promise<SearchResults> {
  const { text, words } = parseSearchQuery(query)
  if (!words.length) return { text, hits: [] }
  const [toolkit, membersPages, synonyms] = await Promise.all([
    getToolkit(site),
    members ? getMembersPages(site, members) : Promise.resolve(null),
    getSynonyms(site.locale),
  ])
  const tsquery = tsqueryTexts(queryPhrases(words, site.locale, synonyms))
  if (!tsquery) return { text, hits: [] }
  const hrefs = new Map<number, { href: string; membersOnly: boolean }>()
  for (const page of toolkit) hrefs.set(page.id, { href: `${site.home}/${page.slug}`, membersOnly: false })
  for (const page of membersPages ?? []) hrefs.set(page.id, { href: `${site.home}/members/${page.slug}`, membersOnly: true })
  if (!hrefs.size) return { text, hits: [] }
  const keys = new Set<string>(['tenant-name', 'police-force'])
  for (const kind of Object.keys(values.fallbacks)) if (kind !== 'police-force') keys.add(`contact:${kind}`)
  const valueKeys = [...keys]
  const valueTexts = valueKeys.map((key) => tenantValueText(key, values))
  const pool = ((await payloadClient()).db as unknown as PostgresAdapter).pool
  const result = await pool.query<Row>(searchSql, [
    site.locale,
    tsquery.all,
    tsquery.any,
    valueKeys,
    valueTexts,
    [...hrefs.keys()],
    words,
    words.join(' '),
    headlineOptions,
    MAX_RESULTS,
  ])
  const hits: SearchHit[] = []
  for (const row of result.rows) {
    const target = hrefs.get(row.page_id)
    if (!target) continue
    const rowValues = row.value_keys.map((key) => tenantValueText(key, values))
    hits.push({ ...target, title: row.title, passage: passageParts(row.passage, rowValues) })
  }
  return { text, hits }
}
