import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * Resend's webhook (POST /api/resend/webhook): the outbox's statuses after `sent`, the bounce
 * notice's template, an index to find a row by Resend's id, and the `svix-id`s already processed
 * (not a Payload collection: one INSERT ... ON CONFLICT decides a replay, across processes).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "resend_webhook_events" (
  	"svix_id" varchar(200) PRIMARY KEY,
  	"type" varchar(100) NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL
  );
  CREATE INDEX IF NOT EXISTS "resend_webhook_events_received_at_idx" ON "resend_webhook_events" USING btree ("received_at");
   ALTER TYPE "public"."enum_email_outbox_status" ADD VALUE 'delivered' BEFORE 'failed';
  ALTER TYPE "public"."enum_email_outbox_status" ADD VALUE 'bounced' BEFORE 'failed';
  ALTER TYPE "public"."enum_email_outbox_status" ADD VALUE 'complained' BEFORE 'failed';
  ALTER TYPE "public"."enum_email_outbox_template" ADD VALUE 'email-bounced' BEFORE 'message';
  CREATE INDEX "email_outbox_resend_id_idx" ON "email_outbox" USING btree ("resend_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // An enum value cannot be dropped: the types are made again without them, after their rows go back to `sent` or away.
  await db.execute(sql`
  DROP TABLE IF EXISTS "resend_webhook_events";
  UPDATE "email_outbox" SET "status" = 'sent' WHERE "status" IN ('delivered', 'bounced', 'complained');
  DELETE FROM "email_outbox" WHERE "template" = 'email-bounced';
   ALTER TABLE "email_outbox" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "email_outbox" ALTER COLUMN "status" SET DEFAULT 'queued'::text;
  DROP TYPE "public"."enum_email_outbox_status";
  CREATE TYPE "public"."enum_email_outbox_status" AS ENUM('queued', 'sent', 'failed');
  ALTER TABLE "email_outbox" ALTER COLUMN "status" SET DEFAULT 'queued'::"public"."enum_email_outbox_status";
  ALTER TABLE "email_outbox" ALTER COLUMN "status" SET DATA TYPE "public"."enum_email_outbox_status" USING "status"::"public"."enum_email_outbox_status";
  ALTER TABLE "email_outbox" ALTER COLUMN "template" SET DATA TYPE text;
  DROP TYPE "public"."enum_email_outbox_template";
  CREATE TYPE "public"."enum_email_outbox_template" AS ENUM('invitation', 'site-password-reset', 'password-reset', 'sign-in-failures', 'stale-contacts', 'national-review', 'memberships-ended', 'message');
  ALTER TABLE "email_outbox" ALTER COLUMN "template" SET DATA TYPE "public"."enum_email_outbox_template" USING "template"::"public"."enum_email_outbox_template";
  DROP INDEX "email_outbox_resend_id_idx";`)
}
