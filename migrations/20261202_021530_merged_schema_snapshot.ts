import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * Changes nothing: the content-release and rate-limit branches each generated their migrations
 * against the schema they started from, so the newest snapshot (…_no_lockout.json) lacked the
 * content branch's tables and enum values, and the next `migrate:create` would have created them
 * twice. This migration exists for its snapshot (the .json beside it), the schema with both
 * branches merged; every statement it would have run is already in the migrations before it.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
