import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "tenants_invitation_email_domains" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"domain" varchar NOT NULL
  );
  
  ALTER TABLE "users_tenants" ADD COLUMN "ends_at" timestamp(3) with time zone;
  ALTER TABLE "users_tenants" ADD COLUMN "end_processed_at" timestamp(3) with time zone;
  ALTER TABLE "invitations" ADD COLUMN "name" varchar;
  ALTER TABLE "invitations" ADD COLUMN "ward" varchar;
  ALTER TABLE "tenants_invitation_email_domains" ADD CONSTRAINT "tenants_invitation_email_domains_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tenants_invitation_email_domains_order_idx" ON "tenants_invitation_email_domains" USING btree ("_order");
  CREATE INDEX "tenants_invitation_email_domains_parent_id_idx" ON "tenants_invitation_email_domains" USING btree ("_parent_id");
  CREATE INDEX "users_tenants_ends_at_idx" ON "users_tenants" USING btree ("ends_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tenants_invitation_email_domains" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "tenants_invitation_email_domains" CASCADE;
  DROP INDEX "users_tenants_ends_at_idx";
  ALTER TABLE "users_tenants" DROP COLUMN "ends_at";
  ALTER TABLE "users_tenants" DROP COLUMN "end_processed_at";
  ALTER TABLE "invitations" DROP COLUMN "name";
  ALTER TABLE "invitations" DROP COLUMN "ward";`)
}
