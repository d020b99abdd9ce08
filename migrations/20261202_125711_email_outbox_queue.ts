import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_email_outbox_status" AS ENUM('queued', 'sent', 'failed');
  CREATE TYPE "public"."enum_email_outbox_template" AS ENUM('invitation', 'site-password-reset', 'password-reset', 'sign-in-failures', 'stale-contacts', 'national-review', 'message');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deliverOutbox';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deliverOutbox';
  ALTER TABLE "email_outbox" ALTER COLUMN "from" DROP NOT NULL;
  ALTER TABLE "email_outbox" ALTER COLUMN "subject" DROP NOT NULL;
  ALTER TABLE "email_outbox" ADD COLUMN "status" "enum_email_outbox_status" DEFAULT 'queued' NOT NULL;
  ALTER TABLE "email_outbox" ADD COLUMN "template" "enum_email_outbox_template";
  ALTER TABLE "email_outbox" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "email_outbox" ADD COLUMN "priority" numeric DEFAULT 50 NOT NULL;
  ALTER TABLE "email_outbox" ADD COLUMN "idempotency_key" varchar;
  ALTER TABLE "email_outbox" ADD COLUMN "params" jsonb;
  ALTER TABLE "email_outbox" ADD COLUMN "secret_params" varchar;
  ALTER TABLE "email_outbox" ADD COLUMN "attempts" numeric DEFAULT 0 NOT NULL;
  ALTER TABLE "email_outbox" ADD COLUMN "next_attempt_at" timestamp(3) with time zone;
  ALTER TABLE "email_outbox" ADD COLUMN "claimed_until" timestamp(3) with time zone;
  ALTER TABLE "email_outbox" ADD COLUMN "last_error" varchar;
  ALTER TABLE "email_outbox" ADD COLUMN "resend_id" varchar;
  ALTER TABLE "email_outbox" ADD COLUMN "sent_at" timestamp(3) with time zone;
  ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "email_outbox_status_idx" ON "email_outbox" USING btree ("status");
  CREATE INDEX "email_outbox_tenant_idx" ON "email_outbox" USING btree ("tenant_id");
  CREATE UNIQUE INDEX "email_outbox_idempotency_key_idx" ON "email_outbox" USING btree ("idempotency_key");
  CREATE INDEX "email_outbox_next_attempt_at_idx" ON "email_outbox" USING btree ("next_attempt_at");
  -- Rows from before the queue were already sent (or kept, without RESEND_API_KEY): never send them again.
  UPDATE "email_outbox" SET "template" = 'message', "idempotency_key" = 'before-the-queue-' || "id", "status" = 'sent', "attempts" = 1, "sent_at" = "created_at";
  ALTER TABLE "email_outbox" ALTER COLUMN "template" SET NOT NULL;
  ALTER TABLE "email_outbox" ALTER COLUMN "idempotency_key" SET NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "email_outbox" DROP CONSTRAINT "email_outbox_tenant_id_tenants_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'remindStaleContacts', 'remindNationalReview');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'remindStaleContacts', 'remindNationalReview');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "email_outbox_status_idx";
  DROP INDEX "email_outbox_tenant_idx";
  DROP INDEX "email_outbox_idempotency_key_idx";
  DROP INDEX "email_outbox_next_attempt_at_idx";
  ALTER TABLE "email_outbox" ALTER COLUMN "from" SET NOT NULL;
  ALTER TABLE "email_outbox" ALTER COLUMN "subject" SET NOT NULL;
  ALTER TABLE "email_outbox" DROP COLUMN "status";
  ALTER TABLE "email_outbox" DROP COLUMN "template";
  ALTER TABLE "email_outbox" DROP COLUMN "tenant_id";
  ALTER TABLE "email_outbox" DROP COLUMN "priority";
  ALTER TABLE "email_outbox" DROP COLUMN "idempotency_key";
  ALTER TABLE "email_outbox" DROP COLUMN "params";
  ALTER TABLE "email_outbox" DROP COLUMN "secret_params";
  ALTER TABLE "email_outbox" DROP COLUMN "attempts";
  ALTER TABLE "email_outbox" DROP COLUMN "next_attempt_at";
  ALTER TABLE "email_outbox" DROP COLUMN "claimed_until";
  ALTER TABLE "email_outbox" DROP COLUMN "last_error";
  ALTER TABLE "email_outbox" DROP COLUMN "resend_id";
  ALTER TABLE "email_outbox" DROP COLUMN "sent_at";
  DROP TYPE "public"."enum_email_outbox_status";
  DROP TYPE "public"."enum_email_outbox_template";`)
}
