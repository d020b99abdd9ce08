import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Rate-limit counters shared by every app process (src/lib/rateLimitStore.ts). Not a Payload
 * collection: the limiter increments a row in one statement, which Payload's API cannot do.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "rate_limit_counters" (
  	"key" varchar(600) NOT NULL,
  	"window_start" timestamp(3) with time zone NOT NULL,
  	"hits" integer NOT NULL,
  	"last_hit_at" timestamp(3) with time zone NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	CONSTRAINT "rate_limit_counters_pkey" PRIMARY KEY ("key", "window_start")
  );
  CREATE INDEX IF NOT EXISTS "rate_limit_counters_expires_at_idx" ON "rate_limit_counters" USING btree ("expires_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "rate_limit_counters";`)
}
