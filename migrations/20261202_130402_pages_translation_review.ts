import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_locales" ADD COLUMN "translation_review_reviewed_by" varchar;
  ALTER TABLE "pages_locales" ADD COLUMN "translation_review_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "pages_locales" ADD COLUMN "translation_review_source_text" varchar;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_translation_review_reviewed_by" varchar;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_translation_review_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_translation_review_source_text" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_locales" DROP COLUMN "translation_review_reviewed_by";
  ALTER TABLE "pages_locales" DROP COLUMN "translation_review_reviewed_at";
  ALTER TABLE "pages_locales" DROP COLUMN "translation_review_source_text";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_translation_review_reviewed_by";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_translation_review_reviewed_at";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_translation_review_source_text";`)
}
