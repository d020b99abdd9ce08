/**
 * The seed that every start-up runs (scripts/run.ts: migrate → seed → next start) must cost the
 * same few queries whatever the number of tenants: with 10,000 councils it once indexed each
 * unindexed page through eleven Local API queries, and `npm start` did not answer within ten
 * minutes (issue #16). Counted here, on the real PostgreSQL, as the number of statements sent
 * through node-postgres: the same for 3 tenants as for 30, whether their pages are already in the
 * search index (every start) or all missing from it (a database restored without the index).
 * No timing: counts are what a busy machine cannot blur.
 */
import { sql } from '@payloadcms/db-postgres'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { seed } from '@/seed'
import { seedSyntheticTenants } from '@/seed/syntheticTenants'

import { ensureSeeded } from '../helpers/contacts'
import { testPayload } from '../helpers/payload'

let payload: Payload
const drizzle = () => (payload.db as unknown as PostgresAdapter).drizzle

async function syntheticTenantIds(): Promise<number[]> {
  const found = await payload.find({ collection: 'tenants', where: { slug: { like: 'synthetic-' } }, overrideAccess: true, depth: 0, limit: 0, pagination: false })
  return found.docs.filter((doc) => /^synthetic-\d{5}$/.test(doc.slug)).map((doc) => doc.id)
}

/** The statements one start-up seed sends: every query goes through pg's Client, pooled or not. */
async function queriesOfStartupSeed(): Promise<number> {
  const counter = vi.spyOn(pg.Client.prototype, 'query')
  try {
    await seed(payload, { includeDemo: true, adminEmail: 'seed-admin@example.org' })
    return counter.mock.calls.length
  } finally {
    counter.mockRestore()
  }
}

/** Drops the synthetic tenants' pages from the search index, as a dump restored without it would. */
async function forgetSyntheticPagesInSearch(): Promise<number> {
  const ids = await syntheticTenantIds()
  await drizzle().execute(sql`DELETE FROM search_entries WHERE tenant_id = ANY(${`{${ids.join(',')}}`}::int[])`)
  return ids.length
}

async function searchRowsOfSyntheticPages(): Promise<number> {
  const ids = await syntheticTenantIds()
  const rows = await drizzle().execute<{ count: string }>(sql`SELECT count(*)::text AS count FROM search_entries WHERE tenant_id = ANY(${`{${ids.join(',')}}`}::int[])`)
  return Number(rows.rows[0]?.count)
}

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  // Whatever earlier files left unindexed is indexed now, so that each count below is this file's.
  await seed(payload, { includeDemo: true, adminEmail: 'seed-admin@example.org' })
}, 300_000)

afterAll(async () => {
  for (const id of await syntheticTenantIds()) {
    // A tenant is deactivated before it may be deleted (refuseDeletingActiveTenant).
    await payload.update({ collection: 'tenants', id, data: { active: false }, overrideAccess: true })
    await payload.delete({ collection: 'tenants', id, overrideAccess: true })
  }
}, 300_000)

describe('the start-up seed at many tenants', () => {
  it('sends as many queries for 30 tenants as for 3, with their pages indexed or all missing from the index', async () => {
    await seedSyntheticTenants(payload, 3)
    const indexedAtThree = await queriesOfStartupSeed()
    expect(await forgetSyntheticPagesInSearch()).toBe(3)
    const catchUpAtThree = await queriesOfStartupSeed()
    // One page per tenant, four languages each: the catch-up put every row back.
    expect(await searchRowsOfSyntheticPages()).toBe(3 * 4)

    await seedSyntheticTenants(payload, 30)
    const indexedAtThirty = await queriesOfStartupSeed()
    expect(await forgetSyntheticPagesInSearch()).toBe(30)
    const catchUpAtThirty = await queriesOfStartupSeed()
    expect(await searchRowsOfSyntheticPages()).toBe(30 * 4)

    expect(indexedAtThirty).toBe(indexedAtThree)
    expect(catchUpAtThirty).toBe(catchUpAtThree)
    // The catch-up is a handful of batched statements, not some per page.
    expect(catchUpAtThree - indexedAtThree).toBeLessThan(20)
  })

  it('seed:tenants puts the pages it writes in the search index, as their publish would, so a start-up has none to catch up on', async () => {
    await seedSyntheticTenants(payload, 35)
    expect(await searchRowsOfSyntheticPages()).toBe(35 * 4)
    const rows = await drizzle().execute<{ locale: string; title: string; translated: boolean }>(sql`
      SELECT e.locale, e.title, e.translated FROM search_entries e JOIN tenants t ON t.id = e.tenant_id
      WHERE t.slug = 'synthetic-00035' ORDER BY e.locale`)
    // English only, so every language's row holds the English text, marked untranslated.
    expect(rows.rows).toEqual(
      ['cy', 'en', 'ga', 'gd'].map((locale) => ({ locale, title: 'Staying safe: Synthetic Council 00035', translated: locale === 'en' })),
    )
  })
})
