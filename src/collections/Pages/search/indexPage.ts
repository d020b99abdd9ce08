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

/** A page read with `locale: 'all'`: each localized field as one value per language. */
type OwnTexts = { title?: Partial<Record<Locale, string | null>> | null; translationStatus?: Partial<Record<Locale, Page['translationStatus']>> | null }

/** Writes (or removes) the rows of one page, in every language, from its published version. */
export async function indexPageForSearch(payload: Payload, id: number, req?: PayloadRequest): Promise<'indexed' | 'removed'> {
  const db = await transactionDb(payload, req)
  const fields = payload.collections.pages.config.fields
  const read = (locale: Locale, fallbackLocale: Locale | false) =>
    payload.findByID({ collection: 'pages', id, locale, fallbackLocale, draft: false, depth: 0, overrideAccess: true, disableErrors: true, req: readRequest(req) })
  const english = await read('en', false)
  if (!english || english._status !== 'published' || english.hideBaseline) {
    await db.execute(sql`DELETE FROM search_entries WHERE page_id = ${id}`)
    return 'removed'
  }
  const tenantId = relationId(english.tenant)
  if (tenantId === undefined) return 'removed'
  // Whether each language has a translation of its own: its own title and status, without the
  // English fallback, for every language in one light read (this runs inside every publish; a
  // whole page per language would load its blocks again each time).
  const own = (await payload.findByID({
    collection: 'pages',
    id,
    locale: 'all',
    draft: false,
    depth: 0,
    select: { title: true, translationStatus: true },
    overrideAccess: true,
    disableErrors: true,
    req: readRequest(req),
  })) as unknown as OwnTexts | null
  for (const locale of locales) {
    const doc = locale === 'en' ? english : await read(locale, 'en')
    if (!doc) continue
    const translated = locale === 'en' || (Boolean(own?.title?.[locale]) && own?.translationStatus?.[locale] !== 'missing')
    const config = searchConfigFor(translated ? locale : 'en')
    const { body, plain, keys } = pageText(fields, doc)
    const marked = withoutMarks(body)
    const title = doc.title ?? ''
    const summary = doc.summary ?? ''
    await db.execute(sql`
      INSERT INTO search_entries AS e (page_id, locale, tenant_id, config, translated, slug, title, summary, body, value_keys, words, tsv, indexed_at)
      VALUES (
        ${id}, ${locale}, ${tenantId}, ${config}::regconfig, ${translated}, ${doc.slug}, ${title}, ${summary}, ${marked},
        ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb)),
        lower(unaccent(${`${title} ${summary} ${plain}`})),
        setweight(to_tsvector(${config}::regconfig, ${title}), 'A')
          || setweight(to_tsvector(${config}::regconfig, ${summary}), 'B')
          || setweight(to_tsvector(${config}::regconfig, ${plain}), 'D'),
        now()
      )
      ON CONFLICT (page_id, locale) DO UPDATE SET
        tenant_id = EXCLUDED.tenant_id, config = EXCLUDED.config, translated = EXCLUDED.translated, slug = EXCLUDED.slug,
        title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body, value_keys = EXCLUDED.value_keys,
        words = EXCLUDED.words, tsv = EXCLUDED.tsv, indexed_at = EXCLUDED.indexed_at`)
  }
  return 'indexed'
}

/**
 * Indexes every published page that has no row yet: a database migrated before search existed,
 * or restored from a dump taken without the index. Run by the seed at every start-up; after the
 * first, one query that finds nothing.
 */
export async function indexMissingPages(payload: Payload): Promise<number> {
  const db = payload.db as unknown as PostgresAdapter
  const missing = await db.drizzle.execute<{ id: number }>(sql`
    SELECT p.id FROM pages p
    WHERE p._status = 'published' AND NOT coalesce(p.hide_baseline, false)
      AND NOT EXISTS (SELECT 1 FROM search_entries e WHERE e.page_id = p.id)`)
  for (const row of missing.rows) await indexPageForSearch(payload, row.id)
  return missing.rows.length
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
