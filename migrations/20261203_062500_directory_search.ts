import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/*
 * The directory's search and A–Z lists (issue #18, src/data/directory.ts). Not a Payload schema
 * change, so no snapshot: an immutable folding function and two indexes over it.
 *
 * `portal_fold(text)`: lower case, accents gone (unaccent: "Ynys Môn" → "ynys mon", "Pàrtaidh" →
 * "partaidh"), apostrophes dropped ("King's" → "kings") and any other run of punctuation or space
 * one space. unaccent() is only STABLE (its dictionary could change), so an index cannot use it
 * directly; naming the dictionary, as here, is the usual way to make a wrapper IMMUTABLE.
 *
 * - a trigram GIN index on the folded name of every language: `LIKE '%mon%'` for each word of a
 *   query, and `<%` (word similarity, for typos) when nothing contains the words, at any number of
 *   tenants without reading them all;
 * - a btree on the folded name with text_pattern_ops: the A–Z lists read one letter's names in
 *   order (`LIKE 'c%' ORDER BY`), a range of the index.
 *
 * pg_trgm and unaccent were created by the search migration (20261202_124953_search).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE OR REPLACE FUNCTION public.portal_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT btrim(regexp_replace(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)), '[''’‘]', '', 'g'), '[^[:alnum:]]+', ' ', 'g')) $$;
  CREATE INDEX IF NOT EXISTS "tenants_locales_name_fold_trgm_idx" ON "tenants_locales" USING gin (public.portal_fold("name") gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS "tenants_locales_name_fold_idx" ON "tenants_locales" USING btree ("_locale", public.portal_fold("name") text_pattern_ops);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "tenants_locales_name_fold_idx";
  DROP INDEX IF EXISTS "tenants_locales_name_fold_trgm_idx";
  DROP FUNCTION IF EXISTS public.portal_fold(text);`)
}
