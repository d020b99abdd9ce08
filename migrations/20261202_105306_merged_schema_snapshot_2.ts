import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

/**
 * Changes nothing: the onboarding and incident-log branches each generated their migrations
 * against the schema they started from, so the newest snapshot (…_incident_log.json) lacked the
 * invitations table and the new roles, and the next `migrate:create` would have created them
 * twice. This migration exists for its snapshot (the .json beside it), the schema with both
 * branches merged; every statement it would have run is already in the two migrations before it.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
