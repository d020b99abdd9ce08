import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_evidence_mime_type" AS ENUM('image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif', 'application/pdf');
  ALTER TYPE "public"."enum_incident_history_action" ADD VALUE 'evidence-added';
  CREATE TABLE "evidence" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"incident_id" integer NOT NULL,
  	"owner_id" integer NOT NULL,
  	"tenant_id" integer NOT NULL,
  	"sha256" varchar NOT NULL,
  	"size" numeric NOT NULL,
  	"mime_type" "enum_evidence_mime_type" NOT NULL,
  	"uploaded_at" timestamp(3) with time zone NOT NULL,
  	"file_name" varchar,
  	"storage_key" varchar NOT NULL,
  	"encryption_key" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "incident_history" ADD COLUMN "evidence_id" numeric;
  ALTER TABLE "incident_history" ADD COLUMN "evidence_sha256" varchar;
  ALTER TABLE "evidence" ADD CONSTRAINT "evidence_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evidence" ADD CONSTRAINT "evidence_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evidence" ADD CONSTRAINT "evidence_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "evidence_incident_idx" ON "evidence" USING btree ("incident_id");
  CREATE INDEX "evidence_owner_idx" ON "evidence" USING btree ("owner_id");
  CREATE INDEX "evidence_tenant_idx" ON "evidence" USING btree ("tenant_id");
  CREATE INDEX "evidence_updated_at_idx" ON "evidence" USING btree ("updated_at");
  CREATE INDEX "evidence_created_at_idx" ON "evidence" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "evidence" CASCADE;
  ALTER TABLE "incident_history" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_incident_history_action";
  CREATE TYPE "public"."enum_incident_history_action" AS ENUM('create', 'update');
  ALTER TABLE "incident_history" ALTER COLUMN "action" SET DATA TYPE "public"."enum_incident_history_action" USING "action"::"public"."enum_incident_history_action";
  ALTER TABLE "incident_history" DROP COLUMN "evidence_id";
  ALTER TABLE "incident_history" DROP COLUMN "evidence_sha256";
  DROP TYPE "public"."enum_evidence_mime_type";`)
}
