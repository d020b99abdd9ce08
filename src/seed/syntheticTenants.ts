import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

import { INDEX_BATCH, indexPagesForSearch } from '@/collections/Pages/search/indexPage'

/*
 * N synthetic councils for benchmarks (`npm run seed:tenants -- N`): each an active English
 * council `synthetic-00001`… with its name, two local contacts (the Monitoring Officer and
 * Democratic Services, on Ofcom's drama numbers 01632 960xxx, stored in E.164 as the contact validators store them) and one national page tailored with
 * a paragraph of its own, published and in the search index (as the page's publish hook would
 * have put it; left out, the next start-up's seed indexes it instead).
 *
 * Written as set-based SQL (a few INSERT … SELECT over generate_series per batch), not through
 * the Local API: the Local API runs every hook, version and cache expiry per document, about a
 * tenth of a second each here, so 10,000 tenants would take most of an hour; SQL takes seconds.
 * The rows are those Payload itself writes for these documents (checked by
 * tests/int/syntheticTenants.test.ts, which reads them back through the site's own door).
 * Idempotent: a tenant whose slug exists is left alone, and only new tenants get contacts and a page.
 */

export const SYNTHETIC_PREFIX = 'synthetic-'
const BATCH = 500

export type SyntheticReport = { requested: number; created: number; existing: number; seconds: number }

export const syntheticSlug = (index: number): string => `${SYNTHETIC_PREFIX}${String(index).padStart(5, '0')}`

/** Payload's block row ids: 24 hex digits, as its ObjectId-style ids are. */
const BLOCK_ID = `substr(md5(random()::text || clock_timestamp()::text), 1, 24)`

/** A Lexical document of one paragraph, built in SQL from `text`. */
const lexicalParagraph = (text: string) => `jsonb_build_object('root', jsonb_build_object(
  'type', 'root', 'format', '', 'indent', 0, 'version', 1, 'direction', 'ltr',
  'children', jsonb_build_array(jsonb_build_object(
    'type', 'paragraph', 'format', '', 'indent', 0, 'version', 1, 'direction', 'ltr', 'textFormat', 0, 'textStyle', '',
    'children', jsonb_build_array(jsonb_build_object('type', 'text', 'text', ${text}, 'format', 0, 'detail', 0, 'mode', 'normal', 'style', '', 'version', 1))
  ))
))`

async function insertBatch(client: PoolClient, from: number, to: number, national: { id: number; slug: string; section: string; order: string; updatedAt: Date }): Promise<{ tenants: number; pages: number[] }> {
  // New tenants only: ON CONFLICT leaves existing slugs (and their children) as they are.
  const created = await client.query<{ id: number; slug: string }>(
    `insert into tenants (slug, kind, nation, active, default_locale, welsh_parity, incident_log_enabled)
     select 'synthetic-' || lpad(i::text, 5, '0'), 'council', 'england', true, 'en', false, false
     from generate_series($1::int, $2::int) as i
     on conflict (slug) do nothing
     returning id, slug`,
    [from, to],
  )
  if (created.rowCount === 0) return { tenants: 0, pages: [] }
  const ids = created.rows.map((row) => row.id)
  await client.query(
    `insert into tenants_locales (name, _locale, _parent_id)
     select 'Synthetic Council ' || substr(t.slug, 11), 'en', t.id from tenants t where t.id = any($1::int[]);
     `,
    [ids],
  )
  await client.query(`insert into tenants_enabled_locales ("order", parent_id, value) select 1, id, 'en' from unnest($1::int[]) as id`, [ids])

  // Two local contacts each.
  const contacts = await client.query<{ id: number; tenant_id: number; kind: string }>(
    `insert into contacts (tenant_id, kind, audience, phone, email, "order", last_verified_at)
     select t.id, k.kind::enum_contacts_kind, 'public', '+441632960' || lpad((t.id % 1000)::text, 3, '0'),
            k.mailbox || '@' || t.slug || '.example', k.position, now()
     from tenants t
     cross join (values ('monitoring-officer', 'monitoring', 1), ('democratic-services', 'democratic.services', 2)) as k(kind, mailbox, position)
     where t.id = any($1::int[])
     returning id, tenant_id, kind`,
    [ids],
  )
  await client.query(
    `insert into contacts_locales (label, organisation, hours, _locale, _parent_id)
     select case c.kind when 'monitoring-officer' then 'Monitoring Officer' else 'Democratic Services' end,
            'Synthetic Council ' || substr(t.slug, 11), 'Monday to Friday, 9am to 5pm', 'en', c.id
     from contacts c join tenants t on t.id = c.tenant_id where c.id = any($1::int[])`,
    [contacts.rows.map((row) => row.id)],
  )

  // One national page, tailored: the page, its English text, one rich-text block, and the same
  // as its latest published version (what Payload's versions table holds for a published doc).
  const pages = await client.query<{ id: number; tenant_id: number }>(
    `insert into pages (tenant_id, slug, section, "order", audience, tailors_id, hide_baseline, tailored_from_baseline_updated_at, last_reviewed, _status)
     select id, $2, $3::enum_pages_section, $4::numeric, 'public', $5::int, false, $6::timestamptz, now(), 'published' from unnest($1::int[]) as id
     returning id, tenant_id`,
    [ids, national.slug, national.section, national.order, national.id, national.updatedAt],
  )
  const pageIds = pages.rows.map((row) => row.id)
  await client.query(
    `insert into pages_locales (title, summary, translation_status, _locale, _parent_id)
     select 'Staying safe: Synthetic Council ' || substr(t.slug, 11), 'What Synthetic Council ' || substr(t.slug, 11) || ' does to keep its councillors safe.', 'reviewed', 'en', p.id
     from pages p join tenants t on t.id = p.tenant_id where p.id = any($1::int[])`,
    [pageIds],
  )
  const blocks = await client.query<{ id: string; parent: number }>(
    `insert into pages_blocks_rich_text (_order, _parent_id, _path, id)
     select 1, id, 'layout', ${BLOCK_ID} from unnest($1::int[]) as id
     returning id, _parent_id as parent`,
    [pageIds],
  )
  await client.query(
    `insert into pages_blocks_rich_text_locales (heading, body, _locale, _parent_id)
     select 'Who to call at Synthetic Council ' || substr(t.slug, 11),
            ${lexicalParagraph(`'Call the Monitoring Officer of Synthetic Council ' || substr(t.slug, 11) || ' first; they answer within a working day.'`)},
            'en', b.id
     from pages_blocks_rich_text b join pages p on p.id = b._parent_id join tenants t on t.id = p.tenant_id
     where b.id = any($1::varchar[])`,
    [blocks.rows.map((row) => row.id)],
  )
  const versions = await client.query<{ id: number; parent_id: number }>(
    `insert into _pages_v (parent_id, version_tenant_id, version_slug, version_section, version_order, version_audience, version_tailors_id,
                           version_hide_baseline, version_tailored_from_baseline_updated_at, version_last_reviewed, version_updated_at, version_created_at,
                           version__status, latest)
     select p.id, p.tenant_id, p.slug, p.section::text::enum__pages_v_version_section, p."order", p.audience::text::enum__pages_v_version_audience, p.tailors_id,
            p.hide_baseline, p.tailored_from_baseline_updated_at, p.last_reviewed, p.updated_at, p.created_at, 'published', true
     from pages p where p.id = any($1::int[])
     returning id, parent_id`,
    [pageIds],
  )
  await client.query(
    `insert into _pages_v_locales (version_title, version_summary, version_translation_status, _locale, _parent_id)
     select l.title, l.summary, l.translation_status::text::enum__pages_v_version_translation_status, l._locale, v.id
     from _pages_v v join pages_locales l on l._parent_id = v.parent_id where v.id = any($1::int[])`,
    [versions.rows.map((row) => row.id)],
  )
  const versionBlocks = await client.query<{ id: number }>(
    `insert into _pages_v_blocks_rich_text (_order, _parent_id, _path, _uuid)
     select b._order, v.id, b._path, b.id from _pages_v v join pages_blocks_rich_text b on b._parent_id = v.parent_id where v.id = any($1::int[])
     returning id`,
    [versions.rows.map((row) => row.id)],
  )
  await client.query(
    `insert into _pages_v_blocks_rich_text_locales (heading, body, _locale, _parent_id)
     select l.heading, l.body, l._locale, vb.id
     from _pages_v_blocks_rich_text vb join pages_blocks_rich_text_locales l on l._parent_id = vb._uuid
     where vb.id = any($1::int[])`,
    [versionBlocks.rows.map((row) => row.id)],
  )
  return { tenants: ids.length, pages: pageIds }
}

/** Seeds tenants 1…count (those missing), in batches of 500, each batch one transaction. */
export async function seedSyntheticTenants(payload: Payload, count: number): Promise<SyntheticReport> {
  if (!Number.isInteger(count) || count < 1 || count > 99_999) throw new Error('The number of tenants must be a whole number from 1 to 99999')
  const started = performance.now()
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const client = await pool.connect()
  let created = 0
  try {
    const found = await client.query<{ id: number; slug: string; section: string; order: string; updated_at: Date }>(
      `select p.id, p.slug, p.section::text as section, p."order"::text as "order", p.updated_at
       from pages p join tenants t on t.id = p.tenant_id
       where t.kind = 'baseline' and p._status = 'published' and p.audience = 'public' and p.section <> 'local'
       order by p."order", p.id limit 1`,
    )
    const page = found.rows[0]
    if (!page) throw new Error('No published national page to tailor: run `npm run seed` first')
    const national = { id: page.id, slug: page.slug, section: page.section, order: page.order, updatedAt: page.updated_at }
    for (let from = 1; from <= count; from += BATCH) {
      const to = Math.min(count, from + BATCH - 1)
      await client.query('begin')
      let batch: { tenants: number; pages: number[] }
      try {
        batch = await insertBatch(client, from, to, national)
        await client.query('commit')
      } catch (error) {
        await client.query('rollback')
        throw error
      }
      created += batch.tenants
      // Searchable as a page published through Payload is (its hook indexes it), once committed:
      // the indexer reads through Payload's own connection.
      for (let at = 0; at < batch.pages.length; at += INDEX_BATCH) await indexPagesForSearch(payload, batch.pages.slice(at, at + INDEX_BATCH))
    }
  } finally {
    client.release()
  }
  return { requested: count, created, existing: count - created, seconds: (performance.now() - started) / 1000 }
}
