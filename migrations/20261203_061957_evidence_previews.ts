import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "evidence" ADD COLUMN "has_location" boolean;
  ALTER TABLE "evidence" ADD COLUMN "preview_storage_key" varchar;
  ALTER TABLE "evidence" ADD COLUMN "preview_encryption_key" varchar;
  ALTER TABLE "evidence" ADD COLUMN "preview_width" numeric;
  ALTER TABLE "evidence" ADD COLUMN "preview_height" numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "evidence" DROP COLUMN "has_location";
  ALTER TABLE "evidence" DROP COLUMN "preview_storage_key";
  ALTER TABLE "evidence" DROP COLUMN "preview_encryption_key";
  ALTER TABLE "evidence" DROP COLUMN "preview_width";
  ALTER TABLE "evidence" DROP COLUMN "preview_height";`)
}
