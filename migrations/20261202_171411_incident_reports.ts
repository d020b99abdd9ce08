import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tenants_report_officers_kinds" AS ENUM('threat', 'harassment', 'hate', 'sexual', 'doxxing', 'impersonation', 'misinformation', 'other');
  CREATE TYPE "public"."enum_incident_reports_kinds" AS ENUM('threat', 'harassment', 'hate', 'sexual', 'doxxing', 'impersonation', 'misinformation', 'other');
  CREATE TYPE "public"."enum_incident_reports_platform" AS ENUM('x', 'instagram', 'threads', 'facebook', 'tiktok', 'linkedin', 'bluesky', 'email', 'phone', 'letter', 'in-person', 'other');
  CREATE TYPE "public"."enum_incident_reports_status" AS ENUM('received', 'assessed', 'referred', 'closed');
  CREATE TYPE "public"."enum_incident_reports_severity" AS ENUM('low', 'medium', 'high', 'critical');
  ALTER TYPE "public"."enum_email_outbox_template" ADD VALUE 'report-received' BEFORE 'message';
  ALTER TYPE "public"."enum_email_outbox_template" ADD VALUE 'report-updated' BEFORE 'message';
  ALTER TYPE "public"."enum_email_outbox_template" ADD VALUE 'report-escalated' BEFORE 'message';
  ALTER TYPE "public"."enum_email_outbox_template" ADD VALUE 'report-due' BEFORE 'message';
  ALTER TYPE "public"."enum_incident_history_action" ADD VALUE 'report-sent';
  ALTER TYPE "public"."enum_incident_history_action" ADD VALUE 'report-viewed';
  ALTER TYPE "public"."enum_incident_history_action" ADD VALUE 'report-evidence-viewed';
  CREATE TABLE "tenants_report_officers_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_tenants_report_officers_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "tenants_report_officers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"officer_id" integer NOT NULL,
  	"title" varchar NOT NULL
  );
  
  CREATE TABLE "incident_reports_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_incident_reports_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "incident_reports_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"shared" boolean DEFAULT false,
  	"author_id" integer,
  	"at" timestamp(3) with time zone
  );
  
  CREATE TABLE "incident_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"tenant_id" integer NOT NULL,
  	"reporter_id" integer NOT NULL,
  	"incident" numeric NOT NULL,
  	"platform" "enum_incident_reports_platform" NOT NULL,
  	"status" "enum_incident_reports_status" DEFAULT 'received' NOT NULL,
  	"severity" "enum_incident_reports_severity",
  	"crime_reference" varchar,
  	"police_officer" varchar,
  	"next_action_due" timestamp(3) with time zone,
  	"status_changed_at" timestamp(3) with time zone,
  	"assessed_at" timestamp(3) with time zone,
  	"escalated_at" timestamp(3) with time zone,
  	"reminder_sent_for" timestamp(3) with time zone,
  	"submission_key" varchar,
  	"content" varchar,
  	"encryption_key" varchar,
  	"files" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "incident_reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "tenants" ADD COLUMN "report_officers_changed_at" timestamp(3) with time zone;
  ALTER TABLE "tenants" ADD COLUMN "report_escalate_after_hours" numeric DEFAULT 48;
  ALTER TABLE "tenants_report_officers_kinds" ADD CONSTRAINT "tenants_report_officers_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tenants_report_officers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tenants_report_officers" ADD CONSTRAINT "tenants_report_officers_officer_id_users_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tenants_report_officers" ADD CONSTRAINT "tenants_report_officers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "incident_reports_kinds" ADD CONSTRAINT "incident_reports_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."incident_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "incident_reports_notes" ADD CONSTRAINT "incident_reports_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "incident_reports_notes" ADD CONSTRAINT "incident_reports_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."incident_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "incident_reports" ADD CONSTRAINT "incident_reports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "incident_reports" ADD CONSTRAINT "incident_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "incident_reports_rels" ADD CONSTRAINT "incident_reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."incident_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "incident_reports_rels" ADD CONSTRAINT "incident_reports_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tenants_report_officers_kinds_order_idx" ON "tenants_report_officers_kinds" USING btree ("order");
  CREATE INDEX "tenants_report_officers_kinds_parent_idx" ON "tenants_report_officers_kinds" USING btree ("parent_id");
  CREATE INDEX "tenants_report_officers_order_idx" ON "tenants_report_officers" USING btree ("_order");
  CREATE INDEX "tenants_report_officers_parent_id_idx" ON "tenants_report_officers" USING btree ("_parent_id");
  CREATE INDEX "tenants_report_officers_officer_idx" ON "tenants_report_officers" USING btree ("officer_id");
  CREATE INDEX "incident_reports_kinds_order_idx" ON "incident_reports_kinds" USING btree ("order");
  CREATE INDEX "incident_reports_kinds_parent_idx" ON "incident_reports_kinds" USING btree ("parent_id");
  CREATE INDEX "incident_reports_notes_order_idx" ON "incident_reports_notes" USING btree ("_order");
  CREATE INDEX "incident_reports_notes_parent_id_idx" ON "incident_reports_notes" USING btree ("_parent_id");
  CREATE INDEX "incident_reports_notes_author_idx" ON "incident_reports_notes" USING btree ("author_id");
  CREATE UNIQUE INDEX "incident_reports_reference_idx" ON "incident_reports" USING btree ("reference");
  CREATE INDEX "incident_reports_tenant_idx" ON "incident_reports" USING btree ("tenant_id");
  CREATE INDEX "incident_reports_reporter_idx" ON "incident_reports" USING btree ("reporter_id");
  CREATE INDEX "incident_reports_incident_idx" ON "incident_reports" USING btree ("incident");
  CREATE INDEX "incident_reports_platform_idx" ON "incident_reports" USING btree ("platform");
  CREATE INDEX "incident_reports_status_idx" ON "incident_reports" USING btree ("status");
  CREATE INDEX "incident_reports_severity_idx" ON "incident_reports" USING btree ("severity");
  CREATE INDEX "incident_reports_next_action_due_idx" ON "incident_reports" USING btree ("next_action_due");
  CREATE INDEX "incident_reports_escalated_at_idx" ON "incident_reports" USING btree ("escalated_at");
  CREATE UNIQUE INDEX "incident_reports_submission_key_idx" ON "incident_reports" USING btree ("submission_key");
  CREATE INDEX "incident_reports_updated_at_idx" ON "incident_reports" USING btree ("updated_at");
  CREATE INDEX "incident_reports_created_at_idx" ON "incident_reports" USING btree ("created_at");
  CREATE INDEX "incident_reports_rels_order_idx" ON "incident_reports_rels" USING btree ("order");
  CREATE INDEX "incident_reports_rels_parent_idx" ON "incident_reports_rels" USING btree ("parent_id");
  CREATE INDEX "incident_reports_rels_path_idx" ON "incident_reports_rels" USING btree ("path");
  CREATE INDEX "incident_reports_rels_users_id_idx" ON "incident_reports_rels" USING btree ("users_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "tenants_report_officers_kinds" CASCADE;
  DROP TABLE "tenants_report_officers" CASCADE;
  DROP TABLE "incident_reports_kinds" CASCADE;
  DROP TABLE "incident_reports_notes" CASCADE;
  DROP TABLE "incident_reports" CASCADE;
  DROP TABLE "incident_reports_rels" CASCADE;
  ALTER TABLE "email_outbox" ALTER COLUMN "template" SET DATA TYPE text;
  DROP TYPE "public"."enum_email_outbox_template";
  CREATE TYPE "public"."enum_email_outbox_template" AS ENUM('invitation', 'site-password-reset', 'password-reset', 'sign-in-failures', 'stale-contacts', 'national-review', 'memberships-ended', 'message');
  ALTER TABLE "email_outbox" ALTER COLUMN "template" SET DATA TYPE "public"."enum_email_outbox_template" USING "template"::"public"."enum_email_outbox_template";
  ALTER TABLE "incident_history" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_incident_history_action";
  CREATE TYPE "public"."enum_incident_history_action" AS ENUM('create', 'update', 'evidence-added');
  ALTER TABLE "incident_history" ALTER COLUMN "action" SET DATA TYPE "public"."enum_incident_history_action" USING "action"::"public"."enum_incident_history_action";
  ALTER TABLE "tenants" DROP COLUMN "report_officers_changed_at";
  ALTER TABLE "tenants" DROP COLUMN "report_escalate_after_hours";
  DROP TYPE "public"."enum_tenants_report_officers_kinds";
  DROP TYPE "public"."enum_incident_reports_kinds";
  DROP TYPE "public"."enum_incident_reports_platform";
  DROP TYPE "public"."enum_incident_reports_status";
  DROP TYPE "public"."enum_incident_reports_severity";`)
}
