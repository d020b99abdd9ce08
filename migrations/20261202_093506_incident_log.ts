import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_incidents_kinds" AS ENUM('threat', 'harassment', 'hate', 'sexual', 'doxxing', 'impersonation', 'misinformation', 'other');
  CREATE TYPE "public"."enum_incidents_platform" AS ENUM('x', 'instagram', 'threads', 'facebook', 'tiktok', 'linkedin', 'bluesky', 'email', 'phone', 'letter', 'in-person', 'other');
  CREATE TYPE "public"."enum_incident_history_action" AS ENUM('create', 'update');
  CREATE TABLE "incidents_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_incidents_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "incidents_handles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"handle" varchar NOT NULL
  );
  
  CREATE TABLE "incidents_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "incidents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner_id" integer NOT NULL,
  	"tenant_id" integer NOT NULL,
  	"happened_at" timestamp(3) with time zone NOT NULL,
  	"happened_until" timestamp(3) with time zone,
  	"recorded_at" timestamp(3) with time zone,
  	"platform" "enum_incidents_platform" NOT NULL,
  	"what_happened" varchar NOT NULL,
  	"impact" varchar,
  	"witnesses" varchar,
  	"platform_report_reported_on" timestamp(3) with time zone,
  	"platform_report_reference" varchar,
  	"platform_report_outcome" varchar,
  	"police_report_reported_on" timestamp(3) with time zone,
  	"police_report_crime_reference" varchar,
  	"police_report_officer" varchar,
  	"police_report_operation_ford" boolean DEFAULT false,
  	"encryption_key" varchar,
  	"history_head" varchar,
  	"history_length" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "incident_history" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"incident" numeric NOT NULL,
  	"owner" numeric NOT NULL,
  	"seq" numeric NOT NULL,
  	"action" "enum_incident_history_action" NOT NULL,
  	"actor" numeric,
  	"at" timestamp(3) with time zone NOT NULL,
  	"changed_fields" jsonb,
  	"previous" varchar,
  	"prev_hash" varchar NOT NULL,
  	"hash" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "tenants" ADD COLUMN "incident_log_enabled" boolean DEFAULT false;
  ALTER TABLE "incidents_kinds" ADD CONSTRAINT "incidents_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "incidents_handles" ADD CONSTRAINT "incidents_handles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "incidents_links" ADD CONSTRAINT "incidents_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "incidents" ADD CONSTRAINT "incidents_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "incidents" ADD CONSTRAINT "incidents_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "incidents_kinds_order_idx" ON "incidents_kinds" USING btree ("order");
  CREATE INDEX "incidents_kinds_parent_idx" ON "incidents_kinds" USING btree ("parent_id");
  CREATE INDEX "incidents_handles_order_idx" ON "incidents_handles" USING btree ("_order");
  CREATE INDEX "incidents_handles_parent_id_idx" ON "incidents_handles" USING btree ("_parent_id");
  CREATE INDEX "incidents_links_order_idx" ON "incidents_links" USING btree ("_order");
  CREATE INDEX "incidents_links_parent_id_idx" ON "incidents_links" USING btree ("_parent_id");
  CREATE INDEX "incidents_owner_idx" ON "incidents" USING btree ("owner_id");
  CREATE INDEX "incidents_tenant_idx" ON "incidents" USING btree ("tenant_id");
  CREATE INDEX "incidents_happened_at_idx" ON "incidents" USING btree ("happened_at");
  CREATE INDEX "incidents_updated_at_idx" ON "incidents" USING btree ("updated_at");
  CREATE INDEX "incidents_created_at_idx" ON "incidents" USING btree ("created_at");
  CREATE INDEX "incident_history_incident_idx" ON "incident_history" USING btree ("incident");
  CREATE INDEX "incident_history_owner_idx" ON "incident_history" USING btree ("owner");
  CREATE INDEX "incident_history_hash_idx" ON "incident_history" USING btree ("hash");
  CREATE INDEX "incident_history_updated_at_idx" ON "incident_history" USING btree ("updated_at");
  CREATE INDEX "incident_history_created_at_idx" ON "incident_history" USING btree ("created_at");
  CREATE UNIQUE INDEX "incident_seq_idx" ON "incident_history" USING btree ("incident","seq");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "incidents_kinds" CASCADE;
  DROP TABLE "incidents_handles" CASCADE;
  DROP TABLE "incidents_links" CASCADE;
  DROP TABLE "incidents" CASCADE;
  DROP TABLE "incident_history" CASCADE;
  ALTER TABLE "tenants" DROP COLUMN "incident_log_enabled";
  DROP TYPE "public"."enum_incidents_kinds";
  DROP TYPE "public"."enum_incidents_platform";
  DROP TYPE "public"."enum_incident_history_action";`)
}
