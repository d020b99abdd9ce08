import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_blocks_callout_variant" AS ENUM('information', 'warning', 'emergency');
  CREATE TYPE "public"."enum_pages_blocks_steps_style" AS ENUM('steps', 'checklist');
  CREATE TYPE "public"."enum_pages_blocks_contact_card_kind" AS ENUM('emergency', 'police-non-emergency', 'police-elected-official-adviser', 'monitoring-officer', 'democratic-services', 'member-support', 'wellbeing', 'party-safety-lead', 'harmful-content', 'fraud-hacked-accounts', 'other');
  CREATE TYPE "public"."enum_pages_blocks_escalation_ladder_rungs_contact_kind" AS ENUM('emergency', 'police-non-emergency', 'police-elected-official-adviser', 'monitoring-officer', 'democratic-services', 'member-support', 'wellbeing', 'party-safety-lead', 'harmful-content', 'fraud-hacked-accounts', 'other');
  CREATE TYPE "public"."enum_pages_blocks_platform_guide_platforms_platform" AS ENUM('x', 'facebook', 'instagram', 'tiktok', 'youtube', 'linkedin', 'bluesky');
  CREATE TYPE "public"."enum_pages_section" AS ENUM('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', 'local');
  CREATE TYPE "public"."enum_pages_audience" AS ENUM('public', 'members');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_pages_translation_status" AS ENUM('missing', 'drafted', 'reviewed');
  CREATE TYPE "public"."enum__pages_v_blocks_callout_variant" AS ENUM('information', 'warning', 'emergency');
  CREATE TYPE "public"."enum__pages_v_blocks_steps_style" AS ENUM('steps', 'checklist');
  CREATE TYPE "public"."enum__pages_v_blocks_contact_card_kind" AS ENUM('emergency', 'police-non-emergency', 'police-elected-official-adviser', 'monitoring-officer', 'democratic-services', 'member-support', 'wellbeing', 'party-safety-lead', 'harmful-content', 'fraud-hacked-accounts', 'other');
  CREATE TYPE "public"."enum__pages_v_blocks_escalation_ladder_rungs_contact_kind" AS ENUM('emergency', 'police-non-emergency', 'police-elected-official-adviser', 'monitoring-officer', 'democratic-services', 'member-support', 'wellbeing', 'party-safety-lead', 'harmful-content', 'fraud-hacked-accounts', 'other');
  CREATE TYPE "public"."enum__pages_v_blocks_platform_guide_platforms_platform" AS ENUM('x', 'facebook', 'instagram', 'tiktok', 'youtube', 'linkedin', 'bluesky');
  CREATE TYPE "public"."enum__pages_v_version_section" AS ENUM('1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', 'local');
  CREATE TYPE "public"."enum__pages_v_version_audience" AS ENUM('public', 'members');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('en', 'cy', 'gd', 'ga');
  CREATE TYPE "public"."enum__pages_v_version_translation_status" AS ENUM('missing', 'drafted', 'reviewed');
  CREATE TABLE "pages_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_rich_text_locales" (
  	"heading" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_callout" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"variant" "enum_pages_blocks_callout_variant" DEFAULT 'information',
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_callout_locales" (
  	"heading" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_steps_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "pages_blocks_steps_items_locales" (
  	"title" varchar,
  	"detail" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"style" "enum_pages_blocks_steps_style" DEFAULT 'steps',
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_steps_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_contact_card" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_pages_blocks_contact_card_kind",
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_contact_card_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_escalation_ladder_rungs" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"contact_kind" "enum_pages_blocks_escalation_ladder_rungs_contact_kind"
  );
  
  CREATE TABLE "pages_blocks_escalation_ladder_rungs_locales" (
  	"title" varchar,
  	"when_to_use" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_escalation_ladder" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_escalation_ladder_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_platform_guide_platforms" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_pages_blocks_platform_guide_platforms_platform",
  	"help_url" varchar
  );
  
  CREATE TABLE "pages_blocks_platform_guide_platforms_locales" (
  	"report" varchar,
  	"block" varchar,
  	"mute" varchar,
  	"lock_or_hide" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_platform_guide" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_platform_guide_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_sources_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "pages_blocks_sources_items_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages_blocks_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_sources_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"slug" varchar,
  	"section" "enum_pages_section" DEFAULT 'local',
  	"order" numeric DEFAULT 100,
  	"audience" "enum_pages_audience" DEFAULT 'public',
  	"last_reviewed" timestamp(3) with time zone,
  	"tailors_id" integer,
  	"hide_baseline" boolean,
  	"tailored_from_baseline_updated_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"translation_status" "enum_pages_translation_status",
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_rich_text_locales" (
  	"heading" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_callout" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"variant" "enum__pages_v_blocks_callout_variant" DEFAULT 'information',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_callout_locales" (
  	"heading" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_steps_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_steps_items_locales" (
  	"title" varchar,
  	"detail" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"style" "enum__pages_v_blocks_steps_style" DEFAULT 'steps',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_steps_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_contact_card" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__pages_v_blocks_contact_card_kind",
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_contact_card_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_escalation_ladder_rungs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"contact_kind" "enum__pages_v_blocks_escalation_ladder_rungs_contact_kind",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_escalation_ladder_rungs_locales" (
  	"title" varchar,
  	"when_to_use" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_escalation_ladder" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_escalation_ladder_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_platform_guide_platforms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform" "enum__pages_v_blocks_platform_guide_platforms_platform",
  	"help_url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_platform_guide_platforms_locales" (
  	"report" varchar,
  	"block" varchar,
  	"mute" varchar,
  	"lock_or_hide" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_platform_guide" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_platform_guide_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_sources_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_sources_items_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_sources_locales" (
  	"heading" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_tenant_id" integer,
  	"version_slug" varchar,
  	"version_section" "enum__pages_v_version_section" DEFAULT 'local',
  	"version_order" numeric DEFAULT 100,
  	"version_audience" "enum__pages_v_version_audience" DEFAULT 'public',
  	"version_last_reviewed" timestamp(3) with time zone,
  	"version_tailors_id" integer,
  	"version_hide_baseline" boolean,
  	"version_tailored_from_baseline_updated_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_translation_status" "enum__pages_v_version_translation_status",
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "pages_id" integer;
  ALTER TABLE "pages_blocks_rich_text" ADD CONSTRAINT "pages_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_rich_text_locales" ADD CONSTRAINT "pages_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_callout" ADD CONSTRAINT "pages_blocks_callout_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_callout_locales" ADD CONSTRAINT "pages_blocks_callout_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_callout"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_steps_items" ADD CONSTRAINT "pages_blocks_steps_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_steps_items_locales" ADD CONSTRAINT "pages_blocks_steps_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_steps_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_steps" ADD CONSTRAINT "pages_blocks_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_steps_locales" ADD CONSTRAINT "pages_blocks_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_contact_card" ADD CONSTRAINT "pages_blocks_contact_card_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_contact_card_locales" ADD CONSTRAINT "pages_blocks_contact_card_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_contact_card"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_escalation_ladder_rungs" ADD CONSTRAINT "pages_blocks_escalation_ladder_rungs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_escalation_ladder"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_escalation_ladder_rungs_locales" ADD CONSTRAINT "pages_blocks_escalation_ladder_rungs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_escalation_ladder_rungs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_escalation_ladder" ADD CONSTRAINT "pages_blocks_escalation_ladder_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_escalation_ladder_locales" ADD CONSTRAINT "pages_blocks_escalation_ladder_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_escalation_ladder"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_platform_guide_platforms" ADD CONSTRAINT "pages_blocks_platform_guide_platforms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_platform_guide"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_platform_guide_platforms_locales" ADD CONSTRAINT "pages_blocks_platform_guide_platforms_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_platform_guide_platforms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_platform_guide" ADD CONSTRAINT "pages_blocks_platform_guide_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_platform_guide_locales" ADD CONSTRAINT "pages_blocks_platform_guide_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_platform_guide"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_sources_items" ADD CONSTRAINT "pages_blocks_sources_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_sources_items_locales" ADD CONSTRAINT "pages_blocks_sources_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_sources_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_sources" ADD CONSTRAINT "pages_blocks_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_sources_locales" ADD CONSTRAINT "pages_blocks_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_tailors_id_pages_id_fk" FOREIGN KEY ("tailors_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_rich_text" ADD CONSTRAINT "_pages_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_rich_text_locales" ADD CONSTRAINT "_pages_v_blocks_rich_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_rich_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_callout" ADD CONSTRAINT "_pages_v_blocks_callout_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_callout_locales" ADD CONSTRAINT "_pages_v_blocks_callout_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_callout"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_steps_items" ADD CONSTRAINT "_pages_v_blocks_steps_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_steps_items_locales" ADD CONSTRAINT "_pages_v_blocks_steps_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_steps_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_steps" ADD CONSTRAINT "_pages_v_blocks_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_steps_locales" ADD CONSTRAINT "_pages_v_blocks_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_contact_card" ADD CONSTRAINT "_pages_v_blocks_contact_card_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_contact_card_locales" ADD CONSTRAINT "_pages_v_blocks_contact_card_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_contact_card"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_escalation_ladder_rungs" ADD CONSTRAINT "_pages_v_blocks_escalation_ladder_rungs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_escalation_ladder"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_escalation_ladder_rungs_locales" ADD CONSTRAINT "_pages_v_blocks_escalation_ladder_rungs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_escalation_ladder_rungs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_escalation_ladder" ADD CONSTRAINT "_pages_v_blocks_escalation_ladder_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_escalation_ladder_locales" ADD CONSTRAINT "_pages_v_blocks_escalation_ladder_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_escalation_ladder"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_platform_guide_platforms" ADD CONSTRAINT "_pages_v_blocks_platform_guide_platforms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_platform_guide"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_platform_guide_platforms_locales" ADD CONSTRAINT "_pages_v_blocks_platform_guide_platforms_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_platform_guide_platforms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_platform_guide" ADD CONSTRAINT "_pages_v_blocks_platform_guide_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_platform_guide_locales" ADD CONSTRAINT "_pages_v_blocks_platform_guide_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_platform_guide"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_sources_items" ADD CONSTRAINT "_pages_v_blocks_sources_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_sources_items_locales" ADD CONSTRAINT "_pages_v_blocks_sources_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_sources_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_sources" ADD CONSTRAINT "_pages_v_blocks_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_sources_locales" ADD CONSTRAINT "_pages_v_blocks_sources_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_sources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_tailors_id_pages_id_fk" FOREIGN KEY ("version_tailors_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_blocks_rich_text_order_idx" ON "pages_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "pages_blocks_rich_text_parent_id_idx" ON "pages_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_rich_text_path_idx" ON "pages_blocks_rich_text" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_rich_text_locales_locale_parent_id_unique" ON "pages_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_callout_order_idx" ON "pages_blocks_callout" USING btree ("_order");
  CREATE INDEX "pages_blocks_callout_parent_id_idx" ON "pages_blocks_callout" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_callout_path_idx" ON "pages_blocks_callout" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_callout_locales_locale_parent_id_unique" ON "pages_blocks_callout_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_steps_items_order_idx" ON "pages_blocks_steps_items" USING btree ("_order");
  CREATE INDEX "pages_blocks_steps_items_parent_id_idx" ON "pages_blocks_steps_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_steps_items_locales_locale_parent_id_unique" ON "pages_blocks_steps_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_steps_order_idx" ON "pages_blocks_steps" USING btree ("_order");
  CREATE INDEX "pages_blocks_steps_parent_id_idx" ON "pages_blocks_steps" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_steps_path_idx" ON "pages_blocks_steps" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_steps_locales_locale_parent_id_unique" ON "pages_blocks_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_contact_card_order_idx" ON "pages_blocks_contact_card" USING btree ("_order");
  CREATE INDEX "pages_blocks_contact_card_parent_id_idx" ON "pages_blocks_contact_card" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_contact_card_path_idx" ON "pages_blocks_contact_card" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_contact_card_locales_locale_parent_id_unique" ON "pages_blocks_contact_card_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_escalation_ladder_rungs_order_idx" ON "pages_blocks_escalation_ladder_rungs" USING btree ("_order");
  CREATE INDEX "pages_blocks_escalation_ladder_rungs_parent_id_idx" ON "pages_blocks_escalation_ladder_rungs" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_escalation_ladder_rungs_locales_locale_parent_i" ON "pages_blocks_escalation_ladder_rungs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_escalation_ladder_order_idx" ON "pages_blocks_escalation_ladder" USING btree ("_order");
  CREATE INDEX "pages_blocks_escalation_ladder_parent_id_idx" ON "pages_blocks_escalation_ladder" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_escalation_ladder_path_idx" ON "pages_blocks_escalation_ladder" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_escalation_ladder_locales_locale_parent_id_uniq" ON "pages_blocks_escalation_ladder_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_platform_guide_platforms_order_idx" ON "pages_blocks_platform_guide_platforms" USING btree ("_order");
  CREATE INDEX "pages_blocks_platform_guide_platforms_parent_id_idx" ON "pages_blocks_platform_guide_platforms" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_platform_guide_platforms_locales_locale_parent_" ON "pages_blocks_platform_guide_platforms_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_platform_guide_order_idx" ON "pages_blocks_platform_guide" USING btree ("_order");
  CREATE INDEX "pages_blocks_platform_guide_parent_id_idx" ON "pages_blocks_platform_guide" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_platform_guide_path_idx" ON "pages_blocks_platform_guide" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_platform_guide_locales_locale_parent_id_unique" ON "pages_blocks_platform_guide_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_sources_items_order_idx" ON "pages_blocks_sources_items" USING btree ("_order");
  CREATE INDEX "pages_blocks_sources_items_parent_id_idx" ON "pages_blocks_sources_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_blocks_sources_items_locales_locale_parent_id_unique" ON "pages_blocks_sources_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_blocks_sources_order_idx" ON "pages_blocks_sources" USING btree ("_order");
  CREATE INDEX "pages_blocks_sources_parent_id_idx" ON "pages_blocks_sources" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_sources_path_idx" ON "pages_blocks_sources" USING btree ("_path");
  CREATE UNIQUE INDEX "pages_blocks_sources_locales_locale_parent_id_unique" ON "pages_blocks_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_tenant_idx" ON "pages" USING btree ("tenant_id");
  CREATE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_tailors_idx" ON "pages" USING btree ("tailors_id");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_rich_text_order_idx" ON "_pages_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_rich_text_parent_id_idx" ON "_pages_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_rich_text_path_idx" ON "_pages_v_blocks_rich_text" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_rich_text_locales_locale_parent_id_unique" ON "_pages_v_blocks_rich_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_callout_order_idx" ON "_pages_v_blocks_callout" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_callout_parent_id_idx" ON "_pages_v_blocks_callout" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_callout_path_idx" ON "_pages_v_blocks_callout" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_callout_locales_locale_parent_id_unique" ON "_pages_v_blocks_callout_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_steps_items_order_idx" ON "_pages_v_blocks_steps_items" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_steps_items_parent_id_idx" ON "_pages_v_blocks_steps_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_steps_items_locales_locale_parent_id_unique" ON "_pages_v_blocks_steps_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_steps_order_idx" ON "_pages_v_blocks_steps" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_steps_parent_id_idx" ON "_pages_v_blocks_steps" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_steps_path_idx" ON "_pages_v_blocks_steps" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_steps_locales_locale_parent_id_unique" ON "_pages_v_blocks_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_contact_card_order_idx" ON "_pages_v_blocks_contact_card" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_contact_card_parent_id_idx" ON "_pages_v_blocks_contact_card" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_contact_card_path_idx" ON "_pages_v_blocks_contact_card" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_contact_card_locales_locale_parent_id_unique" ON "_pages_v_blocks_contact_card_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_escalation_ladder_rungs_order_idx" ON "_pages_v_blocks_escalation_ladder_rungs" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_escalation_ladder_rungs_parent_id_idx" ON "_pages_v_blocks_escalation_ladder_rungs" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_escalation_ladder_rungs_locales_locale_paren" ON "_pages_v_blocks_escalation_ladder_rungs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_escalation_ladder_order_idx" ON "_pages_v_blocks_escalation_ladder" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_escalation_ladder_parent_id_idx" ON "_pages_v_blocks_escalation_ladder" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_escalation_ladder_path_idx" ON "_pages_v_blocks_escalation_ladder" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_escalation_ladder_locales_locale_parent_id_u" ON "_pages_v_blocks_escalation_ladder_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_platform_guide_platforms_order_idx" ON "_pages_v_blocks_platform_guide_platforms" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_platform_guide_platforms_parent_id_idx" ON "_pages_v_blocks_platform_guide_platforms" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_platform_guide_platforms_locales_locale_pare" ON "_pages_v_blocks_platform_guide_platforms_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_platform_guide_order_idx" ON "_pages_v_blocks_platform_guide" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_platform_guide_parent_id_idx" ON "_pages_v_blocks_platform_guide" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_platform_guide_path_idx" ON "_pages_v_blocks_platform_guide" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_platform_guide_locales_locale_parent_id_uniq" ON "_pages_v_blocks_platform_guide_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_sources_items_order_idx" ON "_pages_v_blocks_sources_items" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_sources_items_parent_id_idx" ON "_pages_v_blocks_sources_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_blocks_sources_items_locales_locale_parent_id_uniqu" ON "_pages_v_blocks_sources_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_sources_order_idx" ON "_pages_v_blocks_sources" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_sources_parent_id_idx" ON "_pages_v_blocks_sources" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_sources_path_idx" ON "_pages_v_blocks_sources" USING btree ("_path");
  CREATE UNIQUE INDEX "_pages_v_blocks_sources_locales_locale_parent_id_unique" ON "_pages_v_blocks_sources_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_tenant_idx" ON "_pages_v" USING btree ("version_tenant_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_tailors_idx" ON "_pages_v" USING btree ("version_tailors_id");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "_pages_v_autosave_idx" ON "_pages_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_rich_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_callout" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_callout_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_steps_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_steps_items_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_contact_card" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_contact_card_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_escalation_ladder_rungs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_escalation_ladder_rungs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_escalation_ladder" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_escalation_ladder_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_platform_guide_platforms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_platform_guide_platforms_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_platform_guide" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_platform_guide_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_sources_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_sources_items_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_sources_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_rich_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_callout" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_callout_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_steps_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_steps_items_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_steps_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_contact_card" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_contact_card_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_escalation_ladder_rungs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_escalation_ladder_rungs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_escalation_ladder" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_escalation_ladder_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_platform_guide_platforms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_platform_guide_platforms_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_platform_guide" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_platform_guide_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_sources_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_sources_items_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_sources" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_sources_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages_blocks_rich_text" CASCADE;
  DROP TABLE "pages_blocks_rich_text_locales" CASCADE;
  DROP TABLE "pages_blocks_callout" CASCADE;
  DROP TABLE "pages_blocks_callout_locales" CASCADE;
  DROP TABLE "pages_blocks_steps_items" CASCADE;
  DROP TABLE "pages_blocks_steps_items_locales" CASCADE;
  DROP TABLE "pages_blocks_steps" CASCADE;
  DROP TABLE "pages_blocks_steps_locales" CASCADE;
  DROP TABLE "pages_blocks_contact_card" CASCADE;
  DROP TABLE "pages_blocks_contact_card_locales" CASCADE;
  DROP TABLE "pages_blocks_escalation_ladder_rungs" CASCADE;
  DROP TABLE "pages_blocks_escalation_ladder_rungs_locales" CASCADE;
  DROP TABLE "pages_blocks_escalation_ladder" CASCADE;
  DROP TABLE "pages_blocks_escalation_ladder_locales" CASCADE;
  DROP TABLE "pages_blocks_platform_guide_platforms" CASCADE;
  DROP TABLE "pages_blocks_platform_guide_platforms_locales" CASCADE;
  DROP TABLE "pages_blocks_platform_guide" CASCADE;
  DROP TABLE "pages_blocks_platform_guide_locales" CASCADE;
  DROP TABLE "pages_blocks_sources_items" CASCADE;
  DROP TABLE "pages_blocks_sources_items_locales" CASCADE;
  DROP TABLE "pages_blocks_sources" CASCADE;
  DROP TABLE "pages_blocks_sources_locales" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_rich_text" CASCADE;
  DROP TABLE "_pages_v_blocks_rich_text_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_callout" CASCADE;
  DROP TABLE "_pages_v_blocks_callout_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_steps_items" CASCADE;
  DROP TABLE "_pages_v_blocks_steps_items_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_steps" CASCADE;
  DROP TABLE "_pages_v_blocks_steps_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_contact_card" CASCADE;
  DROP TABLE "_pages_v_blocks_contact_card_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_escalation_ladder_rungs" CASCADE;
  DROP TABLE "_pages_v_blocks_escalation_ladder_rungs_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_escalation_ladder" CASCADE;
  DROP TABLE "_pages_v_blocks_escalation_ladder_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_platform_guide_platforms" CASCADE;
  DROP TABLE "_pages_v_blocks_platform_guide_platforms_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_platform_guide" CASCADE;
  DROP TABLE "_pages_v_blocks_platform_guide_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_sources_items" CASCADE;
  DROP TABLE "_pages_v_blocks_sources_items_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_sources" CASCADE;
  DROP TABLE "_pages_v_blocks_sources_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_pages_fk";
  
  DROP INDEX "payload_locked_documents_rels_pages_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "pages_id";
  DROP TYPE "public"."enum_pages_blocks_callout_variant";
  DROP TYPE "public"."enum_pages_blocks_steps_style";
  DROP TYPE "public"."enum_pages_blocks_contact_card_kind";
  DROP TYPE "public"."enum_pages_blocks_escalation_ladder_rungs_contact_kind";
  DROP TYPE "public"."enum_pages_blocks_platform_guide_platforms_platform";
  DROP TYPE "public"."enum_pages_section";
  DROP TYPE "public"."enum_pages_audience";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum_pages_translation_status";
  DROP TYPE "public"."enum__pages_v_blocks_callout_variant";
  DROP TYPE "public"."enum__pages_v_blocks_steps_style";
  DROP TYPE "public"."enum__pages_v_blocks_contact_card_kind";
  DROP TYPE "public"."enum__pages_v_blocks_escalation_ladder_rungs_contact_kind";
  DROP TYPE "public"."enum__pages_v_blocks_platform_guide_platforms_platform";
  DROP TYPE "public"."enum__pages_v_version_section";
  DROP TYPE "public"."enum__pages_v_version_audience";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum__pages_v_version_translation_status";`)
}
