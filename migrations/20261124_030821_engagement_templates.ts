import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_engagement_templates_audience" AS ENUM('councillor', 'candidate');
  CREATE TYPE "public"."enum_engagement_templates_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_engagement_templates_translation_review" AS ENUM('reviewed', 'awaiting-review');
  CREATE TYPE "public"."enum__engagement_templates_v_version_audience" AS ENUM('councillor', 'candidate');
  CREATE TYPE "public"."enum__engagement_templates_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__engagement_templates_v_published_locale" AS ENUM('en', 'cy', 'gd', 'ga');
  CREATE TYPE "public"."enum__engagement_templates_v_version_translation_review" AS ENUM('reviewed', 'awaiting-review');
  CREATE TABLE "engagement_templates_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "engagement_templates_bio_templates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"template" varchar
  );
  
  CREATE TABLE "engagement_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"audience" "enum_engagement_templates_audience" DEFAULT 'councillor',
  	"tailors_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_engagement_templates_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "engagement_templates_locales" (
  	"title" varchar,
  	"intro" varchar,
  	"expectations_reading_times" varchar,
  	"expectations_replies" varchar,
  	"expectations_casework" varchar,
  	"translation_review" "enum_engagement_templates_translation_review" DEFAULT 'reviewed',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_engagement_templates_v_version_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_engagement_templates_v_version_bio_templates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"template" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_engagement_templates_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_audience" "enum__engagement_templates_v_version_audience" DEFAULT 'councillor',
  	"version_tailors_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__engagement_templates_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__engagement_templates_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_engagement_templates_v_locales" (
  	"version_title" varchar,
  	"version_intro" varchar,
  	"version_expectations_reading_times" varchar,
  	"version_expectations_replies" varchar,
  	"version_expectations_casework" varchar,
  	"version_translation_review" "enum__engagement_templates_v_version_translation_review" DEFAULT 'reviewed',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "engagement_templates_id" integer;
  ALTER TABLE "engagement_templates_rules" ADD CONSTRAINT "engagement_templates_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."engagement_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "engagement_templates_bio_templates" ADD CONSTRAINT "engagement_templates_bio_templates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."engagement_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "engagement_templates" ADD CONSTRAINT "engagement_templates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "engagement_templates" ADD CONSTRAINT "engagement_templates_tailors_id_engagement_templates_id_fk" FOREIGN KEY ("tailors_id") REFERENCES "public"."engagement_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "engagement_templates_locales" ADD CONSTRAINT "engagement_templates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."engagement_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_engagement_templates_v_version_rules" ADD CONSTRAINT "_engagement_templates_v_version_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_engagement_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_engagement_templates_v_version_bio_templates" ADD CONSTRAINT "_engagement_templates_v_version_bio_templates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_engagement_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_engagement_templates_v" ADD CONSTRAINT "_engagement_templates_v_parent_id_engagement_templates_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."engagement_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_engagement_templates_v" ADD CONSTRAINT "_engagement_templates_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_engagement_templates_v" ADD CONSTRAINT "_engagement_templates_v_version_tailors_id_engagement_templates_id_fk" FOREIGN KEY ("version_tailors_id") REFERENCES "public"."engagement_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_engagement_templates_v_locales" ADD CONSTRAINT "_engagement_templates_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_engagement_templates_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "engagement_templates_rules_order_idx" ON "engagement_templates_rules" USING btree ("_order");
  CREATE INDEX "engagement_templates_rules_parent_id_idx" ON "engagement_templates_rules" USING btree ("_parent_id");
  CREATE INDEX "engagement_templates_rules_locale_idx" ON "engagement_templates_rules" USING btree ("_locale");
  CREATE INDEX "engagement_templates_bio_templates_order_idx" ON "engagement_templates_bio_templates" USING btree ("_order");
  CREATE INDEX "engagement_templates_bio_templates_parent_id_idx" ON "engagement_templates_bio_templates" USING btree ("_parent_id");
  CREATE INDEX "engagement_templates_bio_templates_locale_idx" ON "engagement_templates_bio_templates" USING btree ("_locale");
  CREATE INDEX "engagement_templates_tenant_idx" ON "engagement_templates" USING btree ("tenant_id");
  CREATE INDEX "engagement_templates_audience_idx" ON "engagement_templates" USING btree ("audience");
  CREATE INDEX "engagement_templates_tailors_idx" ON "engagement_templates" USING btree ("tailors_id");
  CREATE INDEX "engagement_templates_updated_at_idx" ON "engagement_templates" USING btree ("updated_at");
  CREATE INDEX "engagement_templates_created_at_idx" ON "engagement_templates" USING btree ("created_at");
  CREATE INDEX "engagement_templates__status_idx" ON "engagement_templates" USING btree ("_status");
  CREATE UNIQUE INDEX "tenant_audience_idx" ON "engagement_templates" USING btree ("tenant_id","audience");
  CREATE UNIQUE INDEX "engagement_templates_locales_locale_parent_id_unique" ON "engagement_templates_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_engagement_templates_v_version_rules_order_idx" ON "_engagement_templates_v_version_rules" USING btree ("_order");
  CREATE INDEX "_engagement_templates_v_version_rules_parent_id_idx" ON "_engagement_templates_v_version_rules" USING btree ("_parent_id");
  CREATE INDEX "_engagement_templates_v_version_rules_locale_idx" ON "_engagement_templates_v_version_rules" USING btree ("_locale");
  CREATE INDEX "_engagement_templates_v_version_bio_templates_order_idx" ON "_engagement_templates_v_version_bio_templates" USING btree ("_order");
  CREATE INDEX "_engagement_templates_v_version_bio_templates_parent_id_idx" ON "_engagement_templates_v_version_bio_templates" USING btree ("_parent_id");
  CREATE INDEX "_engagement_templates_v_version_bio_templates_locale_idx" ON "_engagement_templates_v_version_bio_templates" USING btree ("_locale");
  CREATE INDEX "_engagement_templates_v_parent_idx" ON "_engagement_templates_v" USING btree ("parent_id");
  CREATE INDEX "_engagement_templates_v_version_version_tenant_idx" ON "_engagement_templates_v" USING btree ("version_tenant_id");
  CREATE INDEX "_engagement_templates_v_version_version_audience_idx" ON "_engagement_templates_v" USING btree ("version_audience");
  CREATE INDEX "_engagement_templates_v_version_version_tailors_idx" ON "_engagement_templates_v" USING btree ("version_tailors_id");
  CREATE INDEX "_engagement_templates_v_version_version_updated_at_idx" ON "_engagement_templates_v" USING btree ("version_updated_at");
  CREATE INDEX "_engagement_templates_v_version_version_created_at_idx" ON "_engagement_templates_v" USING btree ("version_created_at");
  CREATE INDEX "_engagement_templates_v_version_version__status_idx" ON "_engagement_templates_v" USING btree ("version__status");
  CREATE INDEX "_engagement_templates_v_created_at_idx" ON "_engagement_templates_v" USING btree ("created_at");
  CREATE INDEX "_engagement_templates_v_updated_at_idx" ON "_engagement_templates_v" USING btree ("updated_at");
  CREATE INDEX "_engagement_templates_v_snapshot_idx" ON "_engagement_templates_v" USING btree ("snapshot");
  CREATE INDEX "_engagement_templates_v_published_locale_idx" ON "_engagement_templates_v" USING btree ("published_locale");
  CREATE INDEX "_engagement_templates_v_latest_idx" ON "_engagement_templates_v" USING btree ("latest");
  CREATE INDEX "version_tenant_version_audience_idx" ON "_engagement_templates_v" USING btree ("version_tenant_id","version_audience");
  CREATE UNIQUE INDEX "_engagement_templates_v_locales_locale_parent_id_unique" ON "_engagement_templates_v_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_engagement_templates_fk" FOREIGN KEY ("engagement_templates_id") REFERENCES "public"."engagement_templates"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_engagement_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("engagement_templates_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "engagement_templates_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "engagement_templates_bio_templates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "engagement_templates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "engagement_templates_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_engagement_templates_v_version_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_engagement_templates_v_version_bio_templates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_engagement_templates_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_engagement_templates_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "engagement_templates_rules" CASCADE;
  DROP TABLE "engagement_templates_bio_templates" CASCADE;
  DROP TABLE "engagement_templates" CASCADE;
  DROP TABLE "engagement_templates_locales" CASCADE;
  DROP TABLE "_engagement_templates_v_version_rules" CASCADE;
  DROP TABLE "_engagement_templates_v_version_bio_templates" CASCADE;
  DROP TABLE "_engagement_templates_v" CASCADE;
  DROP TABLE "_engagement_templates_v_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_engagement_templates_fk";
  
  DROP INDEX "payload_locked_documents_rels_engagement_templates_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "engagement_templates_id";
  DROP TYPE "public"."enum_engagement_templates_audience";
  DROP TYPE "public"."enum_engagement_templates_status";
  DROP TYPE "public"."enum_engagement_templates_translation_review";
  DROP TYPE "public"."enum__engagement_templates_v_version_audience";
  DROP TYPE "public"."enum__engagement_templates_v_version_status";
  DROP TYPE "public"."enum__engagement_templates_v_published_locale";
  DROP TYPE "public"."enum__engagement_templates_v_version_translation_review";`)
}
