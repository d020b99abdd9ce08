import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_incident_helpers_action" AS ENUM('helper-added', 'helper-revoked');
  ALTER TYPE "public"."enum_incident_history_action" ADD VALUE 'helper-viewed';
  ALTER TYPE "public"."enum_incident_history_action" ADD VALUE 'helper-evidence-downloaded';
  CREATE TABLE "incident_helpers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner" numeric NOT NULL,
  	"tenant" numeric NOT NULL,
  	"helper" numeric NOT NULL,
  	"seq" numeric NOT NULL,
  	"action" "enum_incident_helpers_action" NOT NULL,
  	"actor" numeric,
  	"at" timestamp(3) with time zone NOT NULL,
  	"prev_hash" varchar NOT NULL,
  	"hash" varchar NOT NULL,
  	"revoked_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "incidents" ADD COLUMN "added_by" numeric;
  CREATE INDEX "incident_helpers_owner_idx" ON "incident_helpers" USING btree ("owner");
  CREATE INDEX "incident_helpers_tenant_idx" ON "incident_helpers" USING btree ("tenant");
  CREATE INDEX "incident_helpers_helper_idx" ON "incident_helpers" USING btree ("helper");
  CREATE INDEX "incident_helpers_revoked_at_idx" ON "incident_helpers" USING btree ("revoked_at");
  CREATE INDEX "incident_helpers_updated_at_idx" ON "incident_helpers" USING btree ("updated_at");
  CREATE INDEX "incident_helpers_created_at_idx" ON "incident_helpers" USING btree ("created_at");
  CREATE UNIQUE INDEX "owner_tenant_seq_idx" ON "incident_helpers" USING btree ("owner","tenant","seq");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "incident_helpers" CASCADE;
  ALTER TABLE "incident_history" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_incident_history_action";
  CREATE TYPE "public"."enum_incident_history_action" AS ENUM('create', 'update', 'evidence-added', 'bundle-downloaded', 'report-sent', 'report-viewed', 'report-evidence-viewed', 'deleted', 'log-deleted');
  ALTER TABLE "incident_history" ALTER COLUMN "action" SET DATA TYPE "public"."enum_incident_history_action" USING "action"::"public"."enum_incident_history_action";
  ALTER TABLE "incidents" DROP COLUMN "added_by";
  DROP TYPE "public"."enum_incident_helpers_action";`)
}
