/**
 * The directory's door (src/data/directory.ts) against the real database: a council is found by
 * any of its names, case, accents and apostrophes aside, best match first; whatever is typed gets
 * an answer, never an error, from a bounded query; and what is counted and listed is what the
 * anonymous public may read (no inactive tenant, no baseline), group by group.
 */
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getDirectoryIndex, getDirectoryPage, searchDirectory } from '@/data/directory'
import { directoryQuery, type DirectoryGroup } from '@/lib/directory'

import { testPayload, uniqueSuffix } from '../helpers/payload'

let payload: Payload
const made: number[] = []
// A made-up place, so this file's councils are the only ones that match it.
const tag = uniqueSuffix().replace(/\d/g, '')
const place = `Quarn${tag}`

async function tenant(name: string, overrides: Record<string, unknown> = {}, welsh?: string): Promise<number> {
  const doc = await payload.create({
    collection: 'tenants',
    overrideAccess: true,
    data: { name, slug: `dir-${uniqueSuffix()}`, kind: 'council', nation: 'wales', locales: ['en', 'cy'], defaultLocale: 'en', ...overrides },
  })
  made.push(doc.id)
  if (welsh) await payload.update({ collection: 'tenants', id: doc.id, locale: 'cy', data: { name: welsh }, overrideAccess: true })
  return doc.id
}

const search = async (query: unknown) => searchDirectory(directoryQuery(query).words)
const names = async (query: unknown) => (await search(query)).tenants.map((entry) => entry.name)

beforeAll(async () => {
  payload = await testPayload()
  // Created out of order, so the order found is the ranking's, not the table's.
  await tenant(`North${place.toLowerCase()} District Council`)
  await tenant(`City of ${place} Council`)
  await tenant(`${place} Council`)
  await tenant(place, { kind: 'party', nation: 'scotland' })
  await tenant(`Isle of ${place} County Council`, {}, `Cyngor Sir Ynys Môn ${place}`)
  await tenant(`King's ${place}`, { nation: 'england' })
  await tenant(`Penrhyndeudraeth ${place} Town Council`)
  await tenant(`Hidden ${place} Council`, { active: false })
}, 120_000)

afterAll(async () => {
  for (const id of made) {
    await payload.update({ collection: 'tenants', id, data: { active: false }, overrideAccess: true })
    await payload.delete({ collection: 'tenants', id, overrideAccess: true })
  }
})

describe('searching the directory', () => {
  it('ranks the whole name first, then the start of the name, then the start of a word, then anywhere', async () => {
    // Within a tier, the name most like the query (here the shortest) first; the inactive one never.
    expect(await names(place)).toEqual([
      place,
      `${place} Council`,
      `King's ${place}`,
      `City of ${place} Council`,
      `Isle of ${place} County Council`,
      `Penrhyndeudraeth ${place} Town Council`,
      `North${place.toLowerCase()} District Council`,
    ])
    expect((await names(`${place} council`))[0]).toBe(`${place} Council`)
  })

  it('finds a council by its Welsh name, case and accents aside, and shows that name in Welsh', async () => {
    for (const query of [`ynys mon ${place}`, `YNYS MÔN ${place.toUpperCase()}`, `cyngor-sir ynys  môn ${place}`]) {
      const found = await search(query)
      expect(found.tenants.map((entry) => entry.name)).toEqual([`Isle of ${place} County Council`])
      expect(found.tenants[0]?.otherNames).toEqual([{ locale: 'cy', name: `Cyngor Sir Ynys Môn ${place}` }])
    }
  })

  it('reads an apostrophe as no break: "kings" and "king\'s" find King\'s', async () => {
    expect(await names(`kings ${place}`)).toEqual([`King's ${place}`])
    expect(await names(`King’s ${place}`)).toEqual([`King's ${place}`])
  })

  it('offers the closest names when nothing contains the words (a typo)', async () => {
    const found = await search(`penrhyndeudrath ${place}`)
    expect(found.closest).toBe(true)
    expect(found.tenants[0]?.name).toBe(`Penrhyndeudraeth ${place} Town Council`)
  })

  it('never lists an inactive tenant or the national baseline', async () => {
    // "hidden" is in no listed name, so these are the closest names: never the inactive one.
    expect(await names(`hidden ${place}`)).not.toContain(`Hidden ${place} Council`)
    expect(await names(`${place} council`)).not.toContain(`Hidden ${place} Council`)
    const baseline = await payload.find({ collection: 'tenants', where: { kind: { equals: 'baseline' } }, overrideAccess: true, limit: 1 })
    const baselineName = baseline.docs[0]?.name
    if (baselineName) expect((await search(baselineName)).tenants.map((entry) => entry.slug)).not.toContain(baseline.docs[0]?.slug)
  })

  it('answers anything typed with a bounded query and no error', async () => {
    const inputs: unknown[] = [undefined, '', '   ', '!!!', '%', '_', '%E0%A4%A', 'a'.repeat(1000), `${'word '.repeat(200)}`, "'; DROP TABLE tenants; --", 'a & b | !c :* "quoted"', '\\', '\u0000\u0007', ['first', 'second'], 42, { q: 'x' }]
    for (const input of inputs) {
      const { words } = directoryQuery(input)
      expect(words.length).toBeLessThanOrEqual(8)
      for (const word of words) expect(word.length).toBeLessThanOrEqual(40)
      const found = await search(input)
      expect(found.tenants.length).toBeLessThanOrEqual(30)
    }
    expect(directoryQuery(['first', 'second']).words).toEqual(['first'])
    // The table is still there, and a wildcard character matches nothing by itself.
    expect((await payload.count({ collection: 'tenants', overrideAccess: true })).totalDocs).toBeGreaterThan(0)
    expect(await names('%')).toEqual([])
  })
})

describe('browsing the directory', () => {
  const groupWhere: Record<DirectoryGroup, Where> = {
    england: { and: [{ kind: { equals: 'council' } }, { nation: { equals: 'england' } }] },
    wales: { and: [{ kind: { equals: 'council' } }, { nation: { equals: 'wales' } }] },
    scotland: { and: [{ kind: { equals: 'council' } }, { nation: { equals: 'scotland' } }] },
    'northern-ireland': { and: [{ kind: { equals: 'council' } }, { nation: { equals: 'northern-ireland' } }] },
    parties: { kind: { equals: 'party' } },
    other: { and: [{ kind: { equals: 'council' } }, { nation: { exists: false } }] },
  }

  it('counts, group by group, exactly the tenants the anonymous public may read', async () => {
    // Other test files add tenants meanwhile: the two readings must agree on one try of three.
    let agreed = false
    for (let attempt = 0; attempt < 3 && !agreed; attempt++) {
      const index = await getDirectoryIndex()
      const counts = await Promise.all(index.groups.map(({ group }) => payload.count({ collection: 'tenants', where: groupWhere[group], overrideAccess: false })))
      agreed = index.groups.every(({ count, letters }, position) => count === counts[position]?.totalDocs && letters.reduce((sum, letter) => sum + letter.count, 0) === count)
    }
    expect(agreed).toBe(true)
  })

  it('lists one letter of a nation A to Z, linking each to its site in its own language', async () => {
    const page = await getDirectoryPage({ group: 'wales', letter: 'q', page: 1 })
    const ours = page.tenants.filter((entry) => entry.name.includes(place))
    expect(ours.map((entry) => entry.name)).toEqual([`${place} Council`])
    expect(page.tenants.every((entry) => /^q/i.test(entry.name))).toBe(true)
    expect(ours[0]?.href).toMatch(/^\/dir-[a-z0-9]+\/en$/)
    const sorted = [...page.tenants.map((entry) => entry.name.toLowerCase())].sort()
    expect(page.tenants.map((entry) => entry.name.toLowerCase())).toEqual(sorted)
  })

  it('puts the parties in their own group, whatever their nation', async () => {
    const parties = await getDirectoryPage({ group: 'parties', letter: 'q', page: 1 })
    expect(parties.tenants.map((entry) => entry.name)).toContain(place)
    expect(parties.tenants.every((entry) => entry.kind === 'party')).toBe(true)
  })
})
