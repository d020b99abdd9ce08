import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_incident_history_action" ADD VALUE 'deleted';
  ALTER TYPE "public"."enum_incident_history_action" ADD VALUE 'log-deleted';
  CREATE TABLE "incident_drafts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner" numeric NOT NULL,
  	"tenant" numeric NOT NULL,
  	"content" varchar,
  	"encryption_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE INDEX "incident_drafts_owner_idx" ON "incident_drafts" USING btree ("owner");
  CREATE INDEX "incident_drafts_tenant_idx" ON "incident_drafts" USING btree ("tenant");
  CREATE INDEX "incident_drafts_updated_at_idx" ON "incident_drafts" USING btree ("updated_at");
  CREATE INDEX "incident_drafts_created_at_idx" ON "incident_drafts" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "incident_drafts" CASCADE;
  ALTER TABLE "incident_history" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_incident_history_action";
  CREATE TYPE "public"."enum_incident_history_action" AS ENUM('create', 'update', 'evidence-added');
  ALTER TABLE "incident_history" ALTER COLUMN "action" SET DATA TYPE "public"."enum_incident_history_action" USING "action"::"public"."enum_incident_history_action";`)
}
