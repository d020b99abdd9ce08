import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Field, type Payload, type PayloadRequest } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { relationId } from '@/lib/relationId'
import { searchConfigFor, tenantValueKey, valueMarker, withoutMarks } from '@/lib/search/index-text'
import { documentPlainText } from '@/lib/textDiff'
import type { Page } from '@/payload-types'

/*
 * The search index (`search_entries`, migration 20261202_124953_search): one row per published
 * page and language, holding the text readers of that language see (the English text, with the
 * English configuration, where the page has no translation). A national page has one row per
 * language, whatever the number of tenants: which pages a tenant's readers see, and its values in
 * the text, are applied when searching (src/data/search.ts), so a national edit is findable by
 * every tenant as soon as it is written here.
 *
 * Tenant values (council name, police force, contacts) are kept in the body as markers
 * (`valueMarker`) and listed in `value_keys`; the searcher matches and shows the tenant's own value
 * in their place. Written in the saving request's transaction: a save that fails leaves no row.
 */

type Db = PostgresAdapter['drizzle']

async function transactionDb(payload: Payload, req?: PayloadRequest): Promise<Db> {
  const adapter = payload.db as unknown as PostgresAdapter
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions[id]?.db) || adapter.drizzle
}

/**
 * A copy of the request for a read in another language: Payload's Local API sets `locale` on the
 * request it is given, and the save in progress must keep its own. The copy shares the transaction.
 */
const readRequest = (req?: PayloadRequest): PayloadRequest | undefined => (req ? ({ ...req } as PayloadRequest) : undefined)

type LexicalInline = { value?: unknown; contactKind?: unknown }

/** The page's text in one language, tenant values as markers; `keys` lists them in marker order. */
export function pageText(fields: readonly Field[], doc: Page): { body: string; plain: string; keys: string[] } {
  const keys: string[] = []
  const layoutFields = fields.filter((field) => 'name' in field && field.name === 'layout')
  const body = documentPlainText(layoutFields, doc, {
    inline: (inline: LexicalInline) => {
      const key = tenantValueKey(inline)
      let index = keys.indexOf(key)
      if (index < 0) index = keys.push(key) - 1
      return valueMarker(index)
    },
  })
  return { body, plain: documentPlainText(layoutFields, doc, { inline: () => ' ' }), keys }
}

/** Pages read and written together: a few queries per batch, whatever the number of pages. */
export const INDEX_BATCH = 100

type IndexRow = { page_id: number; locale: Locale; tenant_id: number; config: string; translated: boolean; slug: string; title: string; summary: string; body: string; keys: string[]; plain: string }

/** Writes (or removes) the rows of one page, in every language, from its published version. */
export async function indexPageForSearch(payload: Payload, id: number, req?: PayloadRequest): Promise<'indexed' | 'removed'> {
  const { indexed } = await indexPagesForSearch(payload, [id], req)
  return indexed.includes(id) ? 'indexed' : 'removed'
}

/**
 * Writes (or removes) the rows of up to INDEX_BATCH pages, in every language, from their published
 * versions: one read per language and kind of fallback for them all, one DELETE and one INSERT,
 * so indexing ten thousand pages takes a hundred batches of eight queries, not 110,000 queries.
 * A page that is not published, or hides the national page it tailors, loses its rows.
 */
export async function indexPagesForSearch(payload: Payload, ids: readonly number[], req?: PayloadRequest): Promise<{ indexed: number[]; removed: number[] }> {
  if (ids.length > INDEX_BATCH) throw new Error(`indexPagesForSearch takes at most ${INDEX_BATCH} pages at once (given ${ids.length})`)
  if (ids.length === 0) return { indexed: [], removed: [] }
  const db = await transactionDb(payload, req)
  const fields = payload.collections.pages.config.fields
  const read = async (pageIds: readonly number[], locale: Locale, fallbackLocale: Locale | false): Promise<Map<number, Page>> => {
    const found = await payload.find({
      collection: 'pages',
      where: { id: { in: [...pageIds] } },
      locale,
      fallbackLocale,
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req: readRequest(req),
    })
    return new Map(found.docs.map((doc) => [doc.id, doc]))
  }

  const english = await read(ids, 'en', false)
  const removed = ids.filter((id) => {
    const doc = english.get(id)
    return !doc || doc._status !== 'published' || doc.hideBaseline
  })
  if (removed.length > 0) await db.execute(sql`DELETE FROM search_entries WHERE page_id = ANY(${`{${removed.join(',')}}`}::int[])`)
  const published = ids.filter((id) => !removed.includes(id) && relationId(english.get(id)?.tenant) !== undefined)
  if (published.length === 0) return { indexed: [], removed }

  const rows: IndexRow[] = []
  for (const locale of locales) {
    const [withFallback, own] = locale === 'en' ? [english, english] : await Promise.all([read(published, locale, 'en'), read(published, locale, false)])
    for (const id of published) {
      const doc = withFallback.get(id)
      const ownDoc = own.get(id)
      const tenantId = relationId(english.get(id)?.tenant)
      if (!doc || !ownDoc || tenantId === undefined) continue
      const translated = locale === 'en' || (Boolean(ownDoc.title) && ownDoc.translationStatus !== 'missing')
      const { body, plain, keys } = pageText(fields, doc)
      rows.push({
        page_id: id,
        locale,
        tenant_id: tenantId,
        config: searchConfigFor(translated ? locale : 'en'),
        translated,
        slug: doc.slug,
        title: doc.title ?? '',
        summary: doc.summary ?? '',
        body: withoutMarks(body),
        keys,
        plain,
      })
    }
  }
  // One statement for the batch: the rows travel as one JSON parameter and PostgreSQL computes
  // each row's tsvector with that row's configuration, as it did row by row.
  await db.execute(sql`
    INSERT INTO search_entries AS e (page_id, locale, tenant_id, config, translated, slug, title, summary, body, value_keys, words, tsv, indexed_at)
    SELECT r.page_id, r.locale, r.tenant_id, r.config::regconfig, r.translated, r.slug, r.title, r.summary, r.body,
      ARRAY(SELECT jsonb_array_elements_text(r.keys)),
      lower(unaccent(r.title || ' ' || r.summary || ' ' || r.plain)),
      setweight(to_tsvector(r.config::regconfig, r.title), 'A')
        || setweight(to_tsvector(r.config::regconfig, r.summary), 'B')
        || setweight(to_tsvector(r.config::regconfig, r.plain), 'D'),
      now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS r(page_id integer, locale text, tenant_id integer, config text, translated boolean, slug text, title text, summary text, body text, keys jsonb, plain text)
    ON CONFLICT (page_id, locale) DO UPDATE SET
      tenant_id = EXCLUDED.tenant_id, config = EXCLUDED.config, translated = EXCLUDED.translated, slug = EXCLUDED.slug,
      title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body, value_keys = EXCLUDED.value_keys,
      words = EXCLUDED.words, tsv = EXCLUDED.tsv, indexed_at = EXCLUDED.indexed_at`)
  return { indexed: published, removed }
}

/**
 * Indexes every published page that has no row yet: a database migrated before search existed,
 * restored from a dump taken without the index, or filled by SQL (`npm run seed:tenants`). Run
 * by the seed at every start-up; after the first, one query that finds nothing. In batches
 * (indexPagesForSearch): page by page through the Local API it was eleven queries a page, and a
 * start with 10,000 such pages did not answer within ten minutes (issue #16).
 */
export async function indexMissingPages(payload: Payload): Promise<number> {
  const db = payload.db as unknown as PostgresAdapter
  const missing = await db.drizzle.execute<{ id: number }>(sql`
    SELECT p.id FROM pages p
    WHERE p._status = 'published' AND NOT coalesce(p.hide_baseline, false)
      AND NOT EXISTS (SELECT 1 FROM search_entries e WHERE e.page_id = p.id)
    ORDER BY p.id`)
  const ids = missing.rows.map((row) => row.id)
  for (let from = 0; from < ids.length; from += INDEX_BATCH) await indexPagesForSearch(payload, ids.slice(from, from + INDEX_BATCH))
  return ids.length
}

/** One advisory lock key space for the search index (the second key is the page id). */
const SEARCH_INDEX_LOCK = 7_316_401

/**
 * Re-indexes one page after its save has committed, in a transaction of its own that first takes
 * the page's advisory lock: two saves of one page in quick succession (an autosave and a Publish,
 * on two app processes) index one after the other, and the second reads what the first committed
 * after it, so the rows end on the newest published version.
 */
export async function indexPageInOwnTransaction(payload: Payload, id: number): Promise<void> {
  const adapter = payload.db as unknown as PostgresAdapter
  const transactionID = await payload.db.beginTransaction()
  if (transactionID === null) {
    await indexPageForSearch(payload, id)
    return
  }
  const req = await createLocalReq({}, payload)
  req.transactionID = transactionID
  try {
    const db = adapter.sessions[transactionID]?.db ?? adapter.drizzle
    await db.execute(sql`SELECT pg_advisory_xact_lock(${SEARCH_INDEX_LOCK}, ${id})`)
    await indexPageForSearch(payload, id, req)
    await payload.db.commitTransaction(transactionID)
  } catch (error) {
    await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}
