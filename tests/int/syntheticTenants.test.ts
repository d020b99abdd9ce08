/**
 * `npm run seed:tenants -- N` writes tenants, contacts and tailored pages with SQL for speed.
 * Here they are read back through the site's own door (as the anonymous public, access rules
 * applied), so that rows Payload would not have written fail here; the seed is run twice to
 * show it is idempotent; and the tenants are deleted through Payload at the end, content and all.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readEffectiveContacts } from '@/data/contacts'
import { readToolkit } from '@/data/pages'
import { seedSyntheticTenants, syntheticSlug } from '@/seed/syntheticTenants'

import { ensureSeeded } from '../helpers/contacts'
import { siteFor, testPayload } from '../helpers/payload'

let payload: Payload
const COUNT = 3

async function syntheticTenantIds(): Promise<number[]> {
  const found = await payload.find({ collection: 'tenants', where: { slug: { like: 'synthetic-' } }, overrideAccess: true, depth: 0, limit: 0, pagination: false })
  return found.docs.filter((doc) => /^synthetic-\d{5}$/.test(doc.slug)).map((doc) => doc.id)
}

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
}, 300_000)

afterAll(async () => {
  for (const id of await syntheticTenantIds()) {
    // A tenant is deactivated before it may be deleted (refuseDeletingActiveTenant).
    await payload.update({ collection: 'tenants', id, data: { active: false }, overrideAccess: true })
    await payload.delete({ collection: 'tenants', id, overrideAccess: true })
  }
})

describe('synthetic tenants for the bench', () => {
  it('creates N councils, each with its name, two local contacts and one tailored national page, readable through the site', async () => {
    const first = await seedSyntheticTenants(payload, COUNT)
    expect(first).toMatchObject({ requested: COUNT, created: COUNT, existing: 0 })
    for (let index = 1; index <= COUNT; index += 1) {
      const site = await siteFor(syntheticSlug(index), 'en')
      const number = String(index).padStart(5, '0')
      expect(site.tenant.name).toBe(`Synthetic Council ${number}`)
      const contacts = (await readEffectiveContacts(payload, site)).flatMap((group) => group.contacts)
      const own = contacts.filter((contact) => contact.organisation === `Synthetic Council ${number}`)
      expect(own.map((contact) => contact.label).sort()).toEqual(['Democratic Services', 'Monitoring Officer'])
      expect(own[0]?.phone?.display).toMatch(/^01632 960\d{3}$/)
      const toolkit = await readToolkit(site)
      const tailored = toolkit.filter((page) => page.tailored)
      expect(tailored).toHaveLength(1)
      expect(tailored[0]?.title).toBe(`Staying safe: Synthetic Council ${number}`)
      const block = tailored[0]?.layout[0]
      expect(block?.blockType).toBe('richText')
      expect(JSON.stringify(block)).toContain(`Call the Monitoring Officer of Synthetic Council ${number} first`)
      // The rest of the toolkit is still the national pages, inherited.
      expect(toolkit.filter((page) => page.national).length).toBeGreaterThan(3)
    }
  })

  it('is idempotent: a second run creates nothing and adds no second contact or page', async () => {
    const again = await seedSyntheticTenants(payload, COUNT)
    expect(again).toMatchObject({ created: 0, existing: COUNT })
    const ids = await syntheticTenantIds()
    expect(ids).toHaveLength(COUNT)
    const contacts = await payload.count({ collection: 'contacts', where: { tenant: { in: ids } }, overrideAccess: true })
    const pages = await payload.count({ collection: 'pages', where: { tenant: { in: ids } }, overrideAccess: true })
    expect([contacts.totalDocs, pages.totalDocs]).toEqual([COUNT * 2, COUNT])
  })

  it('the tailored page has a published version Payload can read as the latest, and refuses a count out of range', async () => {
    const [id] = await syntheticTenantIds()
    const page = (await payload.find({ collection: 'pages', where: { tenant: { equals: id } }, overrideAccess: true, depth: 0 })).docs[0]!
    const versions = await payload.findVersions({ collection: 'pages', where: { parent: { equals: page.id } }, overrideAccess: true, depth: 0 })
    expect(versions.docs).toHaveLength(1)
    expect(versions.docs[0]?.version._status).toBe('published')
    await expect(seedSyntheticTenants(payload, 0)).rejects.toThrow(/from 1 to 99999/)
  })
})
