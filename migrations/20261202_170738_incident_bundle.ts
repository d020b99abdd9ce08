import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_incident_history_action" ADD VALUE 'bundle-downloaded';
  ALTER TABLE "incident_history" ADD COLUMN "bundle_sha256" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "incident_history" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_incident_history_action";
  CREATE TYPE "public"."enum_incident_history_action" AS ENUM('create', 'update', 'evidence-added');
  ALTER TABLE "incident_history" ALTER COLUMN "action" SET DATA TYPE "public"."enum_incident_history_action" USING "action"::"public"."enum_incident_history_action";
  ALTER TABLE "incident_history" DROP COLUMN "bundle_sha256";`)
}
