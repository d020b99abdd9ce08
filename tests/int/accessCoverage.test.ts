import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { CollectionSlug } from 'payload'
import { describe, expect, it } from 'vitest'

import { collectionProfiles } from '../helpers/accessExpectations'
import { testPayload } from '../helpers/payload'

/**
 * Every collection in the config has its access tested somewhere: in the access matrix
 * (tests/helpers/accessExpectations.ts), or in a file of its own named here, which must exist and
 * exercise that collection as a caller. A new collection that is in neither fails here, so it
 * cannot ship with access nobody checked.
 */
const testedElsewhere: Record<string, string> = {
  incidents: 'tests/int/incidents.test.ts',
  'incident-history': 'tests/int/incidents.test.ts',
  'incident-drafts': 'tests/int/incidentLogCare.test.ts',
  invitations: 'tests/int/invitations.test.ts',
  'content-releases': 'tests/int/contentRelease.test.ts',
  'search-synonyms': 'tests/int/search.test.ts',
  'incident-reports': 'tests/int/incidentReports.test.ts',
  'two-factor-credentials': 'tests/int/twoFactor.test.ts',
  // Written only by the server: refused to every caller, below.
  'contact-reminders': 'tests/int/accessCoverage.test.ts',
  'payload-jobs': 'tests/int/accessCoverage.test.ts',
  'payload-kv': 'tests/int/accessCoverage.test.ts',
  'payload-migrations': 'tests/int/accessCoverage.test.ts',
}

type Caller = { id: number; collection: 'users'; email: string; roles: string[]; tenants: { tenant: number; roles: string[] }[] }
const caller = (id: number, roles: string[], tenantRoles: string[]): Caller => ({
  id,
  collection: 'users',
  email: `coverage-${id}@example.org`,
  roles,
  tenants: tenantRoles.length ? [{ tenant: 1, roles: tenantRoles }] : [],
})

const callers = {
  councillor: caller(900_001, [], ['councillor']),
  officer: caller(900_002, [], ['officer']),
  editor: caller(900_003, [], ['editor']),
  'tenant admin': caller(900_004, [], ['tenant-admin']),
  'platform admin': caller(900_005, ['platform-admin'], []),
}

describe('access coverage', () => {
  it('every collection is in the access matrix or names the file that tests its access', async () => {
    const payload = await testPayload()
    const slugs = payload.config.collections.map((collection) => collection.slug)
    const untested = slugs.filter((slug) => !(slug in collectionProfiles) && !(slug in testedElsewhere))
    expect(untested).toEqual([])
    for (const [slug, file] of Object.entries(testedElsewhere)) {
      expect(slugs, `${slug} is named here but is no collection`).toContain(slug)
      const full = path.resolve(file)
      expect(existsSync(full), file).toBe(true)
      expect(readFileSync(full, 'utf8'), `${file} never names ${slug}`).toContain(`'${slug}'`)
    }
  })

  const serverOnly = ['payload-jobs', 'payload-kv', 'payload-migrations'] as const
  for (const slug of serverOnly) {
    it.each(Object.entries(callers))(`${slug}: no API caller reads or writes it (%s)`, async (_who, user) => {
      const payload = await testPayload()
      const collection = slug as CollectionSlug
      await expect(payload.find({ collection, user: user as never, overrideAccess: false })).rejects.toThrow(/not allowed/)
      await expect(payload.create({ collection, user: user as never, overrideAccess: false, data: {} as never })).rejects.toThrow(/not allowed/)
    })
  }

  it.each(Object.entries(callers))('contact-reminders: only a platform admin reads them, nobody writes (%s)', async (who, user) => {
    const payload = await testPayload()
    const read = payload.find({ collection: 'contact-reminders', user: user as never, overrideAccess: false })
    if (who === 'platform admin') await expect(read).resolves.toHaveProperty('docs')
    else await expect(read).rejects.toThrow(/not allowed/)
    await expect(
      payload.create({ collection: 'contact-reminders', user: user as never, overrideAccess: false, data: { tenant: 1, week: '2026-W49', status: 'sent' } as never }),
    ).rejects.toThrow(/not allowed/)
  })

  it('anonymous callers read none of them', async () => {
    const payload = await testPayload()
    for (const slug of [...serverOnly, 'contact-reminders'] as const) {
      await expect(payload.find({ collection: slug as CollectionSlug, overrideAccess: false }), slug).rejects.toThrow(/not allowed/)
    }
  })
})
