import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_email_outbox_template" ADD VALUE 'incident-log-kept' BEFORE 'message';
  ALTER TYPE "public"."enum_email_outbox_template" ADD VALUE 'incident-log-expiring' BEFORE 'message';
  ALTER TYPE "public"."enum_email_outbox_template" ADD VALUE 'email-change-confirm' BEFORE 'message';
  ALTER TYPE "public"."enum_email_outbox_template" ADD VALUE 'email-changed' BEFORE 'message';
  ALTER TYPE "public"."enum_email_outbox_template" ADD VALUE 'password-changed' BEFORE 'message';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'expireFormerLogs' BEFORE 'deliverOutbox';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'expireFormerLogs' BEFORE 'deliverOutbox';
  ALTER TABLE "users" ADD COLUMN "pending_email" varchar;
  ALTER TABLE "users" ADD COLUMN "email_change_token_hash" varchar;
  ALTER TABLE "users" ADD COLUMN "email_change_expires_at" timestamp(3) with time zone;
  CREATE INDEX "users_email_change_token_hash_idx" ON "users" USING btree ("email_change_token_hash");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "email_outbox" ALTER COLUMN "template" SET DATA TYPE text;
  DROP TYPE "public"."enum_email_outbox_template";
  CREATE TYPE "public"."enum_email_outbox_template" AS ENUM('invitation', 'site-password-reset', 'password-reset', 'sign-in-failures', 'stale-contacts', 'national-review', 'memberships-ended', 'message');
  ALTER TABLE "email_outbox" ALTER COLUMN "template" SET DATA TYPE "public"."enum_email_outbox_template" USING "template"::"public"."enum_email_outbox_template";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'remindStaleContacts', 'remindNationalReview', 'endMemberships', 'deliverOutbox');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'remindStaleContacts', 'remindNationalReview', 'endMemberships', 'deliverOutbox');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "users_email_change_token_hash_idx";
  ALTER TABLE "users" DROP COLUMN "pending_email";
  ALTER TABLE "users" DROP COLUMN "email_change_token_hash";
  ALTER TABLE "users" DROP COLUMN "email_change_expires_at";`)
}
