import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_email_outbox_template" ADD VALUE 'two-factor-changed' BEFORE 'message';
  CREATE TABLE "two_factor_credentials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"secret" varchar,
  	"pending_secret" varchar,
  	"enabled_at" timestamp(3) with time zone,
  	"last_step" numeric,
  	"recovery_codes" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "two_factor_credentials_id" integer;
  ALTER TABLE "two_factor_credentials" ADD CONSTRAINT "two_factor_credentials_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "two_factor_credentials_user_idx" ON "two_factor_credentials" USING btree ("user_id");
  CREATE INDEX "two_factor_credentials_updated_at_idx" ON "two_factor_credentials" USING btree ("updated_at");
  CREATE INDEX "two_factor_credentials_created_at_idx" ON "two_factor_credentials" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_two_factor_credentials_fk" FOREIGN KEY ("two_factor_credentials_id") REFERENCES "public"."two_factor_credentials"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_two_factor_credentials_id_idx" ON "payload_locked_documents_rels" USING btree ("two_factor_credentials_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "two_factor_credentials" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "two_factor_credentials" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_two_factor_credentials_fk";
  
  ALTER TABLE "email_outbox" ALTER COLUMN "template" SET DATA TYPE text;
  DROP TYPE "public"."enum_email_outbox_template";
  CREATE TYPE "public"."enum_email_outbox_template" AS ENUM('invitation', 'site-password-reset', 'password-reset', 'sign-in-failures', 'stale-contacts', 'national-review', 'memberships-ended', 'email-bounced', 'report-received', 'report-updated', 'report-escalated', 'report-due', 'incident-log-kept', 'incident-log-expiring', 'email-change-confirm', 'email-changed', 'password-changed', 'message');
  ALTER TABLE "email_outbox" ALTER COLUMN "template" SET DATA TYPE "public"."enum_email_outbox_template" USING "template"::"public"."enum_email_outbox_template";
  DROP INDEX "payload_locked_documents_rels_two_factor_credentials_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "two_factor_credentials_id";`)
}
