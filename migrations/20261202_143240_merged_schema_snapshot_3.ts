import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/*
 * The schema after merging search, evidence, the outbox queue, translation review and the
 * councillor import into one main: the branches' own migrations (124953 to 130601) create all of
 * it, so the snapshot beside this file is the merged one, and the only new statement is the
 * outbox's template for the end-of-memberships email (written at the merge, replacing the job's
 * hand-built HTML).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TYPE "public"."enum_email_outbox_template" ADD VALUE 'memberships-ended' BEFORE 'message';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // An enum value cannot be dropped: the type is made again without it (its queued rows go first).
  await db.execute(sql`
  DELETE FROM "email_outbox" WHERE "template" = 'memberships-ended';
  ALTER TABLE "email_outbox" ALTER COLUMN "template" SET DATA TYPE text;
  DROP TYPE "public"."enum_email_outbox_template";
  CREATE TYPE "public"."enum_email_outbox_template" AS ENUM('invitation', 'site-password-reset', 'password-reset', 'sign-in-failures', 'stale-contacts', 'national-review', 'message');
  ALTER TABLE "email_outbox" ALTER COLUMN "template" SET DATA TYPE "public"."enum_email_outbox_template" USING "template"::"public"."enum_email_outbox_template";`)
}
