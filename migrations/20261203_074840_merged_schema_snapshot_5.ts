import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres'

/*
 * The schema snapshot after merging the two-step sign-in, template translation records, evidence
 * previews, the directory's search and the incident log's helpers. Each branch's own migration
 * holds its SQL; this one only records the merged schema (the .json beside it) so that the next
 * `migrate:create` compares against all of them together.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
