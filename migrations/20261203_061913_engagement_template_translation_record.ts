import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "engagement_templates_locales" ADD COLUMN "translation_record_reviewed_by" varchar;
  ALTER TABLE "engagement_templates_locales" ADD COLUMN "translation_record_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "engagement_templates_locales" ADD COLUMN "translation_record_source_text" varchar;
  ALTER TABLE "_engagement_templates_v_locales" ADD COLUMN "version_translation_record_reviewed_by" varchar;
  ALTER TABLE "_engagement_templates_v_locales" ADD COLUMN "version_translation_record_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_engagement_templates_v_locales" ADD COLUMN "version_translation_record_source_text" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "engagement_templates_locales" DROP COLUMN "translation_record_reviewed_by";
  ALTER TABLE "engagement_templates_locales" DROP COLUMN "translation_record_reviewed_at";
  ALTER TABLE "engagement_templates_locales" DROP COLUMN "translation_record_source_text";
  ALTER TABLE "_engagement_templates_v_locales" DROP COLUMN "version_translation_record_reviewed_by";
  ALTER TABLE "_engagement_templates_v_locales" DROP COLUMN "version_translation_record_reviewed_at";
  ALTER TABLE "_engagement_templates_v_locales" DROP COLUMN "version_translation_record_source_text";`)
}
