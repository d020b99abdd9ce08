import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres'

/**
 * No schema change: branches developed side by side (incident reports, the Resend webhook, the
 * evidence bundle, log care) each added their own migration, and each one's .json snapshot knew
 * only its own changes. This migration's .json is the merged schema, so the next
 * `migrate:create` compares against all of them; every statement it generated here is already
 * in 20261202_170615 … 20261202_172930.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
