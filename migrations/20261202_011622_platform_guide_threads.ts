import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_pages_blocks_platform_guide_platforms_platform" ADD VALUE 'threads' BEFORE 'tiktok';
  ALTER TYPE "public"."enum__pages_v_blocks_platform_guide_platforms_platform" ADD VALUE 'threads' BEFORE 'tiktok';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_blocks_platform_guide_platforms" ALTER COLUMN "platform" SET DATA TYPE text;
  DROP TYPE "public"."enum_pages_blocks_platform_guide_platforms_platform";
  CREATE TYPE "public"."enum_pages_blocks_platform_guide_platforms_platform" AS ENUM('x', 'facebook', 'instagram', 'tiktok', 'youtube', 'linkedin', 'bluesky');
  ALTER TABLE "pages_blocks_platform_guide_platforms" ALTER COLUMN "platform" SET DATA TYPE "public"."enum_pages_blocks_platform_guide_platforms_platform" USING "platform"::"public"."enum_pages_blocks_platform_guide_platforms_platform";
  ALTER TABLE "_pages_v_blocks_platform_guide_platforms" ALTER COLUMN "platform" SET DATA TYPE text;
  DROP TYPE "public"."enum__pages_v_blocks_platform_guide_platforms_platform";
  CREATE TYPE "public"."enum__pages_v_blocks_platform_guide_platforms_platform" AS ENUM('x', 'facebook', 'instagram', 'tiktok', 'youtube', 'linkedin', 'bluesky');
  ALTER TABLE "_pages_v_blocks_platform_guide_platforms" ALTER COLUMN "platform" SET DATA TYPE "public"."enum__pages_v_blocks_platform_guide_platforms_platform" USING "platform"::"public"."enum__pages_v_blocks_platform_guide_platforms_platform";`)
}
