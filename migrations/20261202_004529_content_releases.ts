import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "content_releases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"page_id" integer,
  	"version" numeric NOT NULL,
  	"pending_version" numeric,
  	"held_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "content_releases_id" integer;
  ALTER TABLE "content_releases" ADD CONSTRAINT "content_releases_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "content_releases_slug_idx" ON "content_releases" USING btree ("slug");
  CREATE INDEX "content_releases_page_idx" ON "content_releases" USING btree ("page_id");
  CREATE INDEX "content_releases_updated_at_idx" ON "content_releases" USING btree ("updated_at");
  CREATE INDEX "content_releases_created_at_idx" ON "content_releases" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_content_releases_fk" FOREIGN KEY ("content_releases_id") REFERENCES "public"."content_releases"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_content_releases_id_idx" ON "payload_locked_documents_rels" USING btree ("content_releases_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "content_releases" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "content_releases" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_content_releases_fk";
  
  DROP INDEX "payload_locked_documents_rels_content_releases_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "content_releases_id";`)
}
