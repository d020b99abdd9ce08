import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hasDrifted } from '@/collections/Pages/drift'
import { pagesAwaitingReleaseReview } from '@/collections/Pages/nationalReview'
import type { Page, Tenant } from '@/payload-types'
import { seed } from '@/seed'
import { releaseBaselinePages, type ReleaseSource } from '@/seed/release'
import { baselinePages } from '@/seed/toolkit'
import { seedContentHash, storedContentHash } from '@/seed/toolkit/contentHash'
import type { SeedPage } from '@/seed/toolkit/types'

import { testPayload, uniqueSuffix } from '../helpers/payload'

let payload: Payload
let baseline: Tenant
let council: Tenant
const suffix = uniqueSuffix()
const made: { pages: number[]; tenants: number[]; users: number[] } = { pages: [], tenants: [], users: [] }

/** A national page at its first release, and the same page with corrected text (release 2). */
function releasePair(name: string): { old: SeedPage; next: SeedPage } {
  const template = baselinePages.find((page) => page.slug === 'wellbeing')
  if (!template) throw new Error('the wellbeing page is missing from the baseline')
  const old: SeedPage = { ...template, slug: `release-${name}-${suffix}`, order: 900, contentVersion: 1, lastReviewed: '2025-01-01' }
  const next: SeedPage = {
    ...old,
    contentVersion: 2,
    lastReviewed: '2026-12-02',
    title: { ...old.title, en: `${old.title.en}: corrected`, cy: `${old.title.cy}: wedi’i gywiro` },
  }
  return { old, next }
}

const untouched = releasePair('untouched')
const tailored = releasePair('tailored')
const edited = releasePair('edited')
const legacy = releasePair('legacy')
const all = [untouched, tailored, edited, legacy]
const hashes: ReleaseSource['hashes'] = Object.fromEntries(all.map(({ old, next }) => [old.slug, { 1: seedContentHash(old), 2: seedContentHash(next) }]))

async function nationalPage(slug: string, locale: 'en' | 'cy' = 'en'): Promise<Page> {
  const found = await payload.find({
    collection: 'pages',
    where: { and: [{ tenant: { equals: baseline.id } }, { slug: { equals: slug } }] },
    locale,
    fallbackLocale: false,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })
  const page = found.docs[0]
  if (!page) throw new Error(`national page ${slug} not found`)
  return page
}

async function versionCount(id: number): Promise<number> {
  return (await payload.countVersions({ collection: 'pages', where: { parent: { equals: id } }, overrideAccess: true })).totalDocs
}

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload, { includeDemo: false, adminEmail: 'seed-admin@example.org' })
  const found = await payload.find({ collection: 'tenants', where: { kind: { equals: 'baseline' } }, overrideAccess: true, depth: 0 })
  if (!found.docs[0]) throw new Error('the seed made no baseline tenant')
  baseline = found.docs[0]
  council = await payload.create({
    collection: 'tenants',
    overrideAccess: true,
    data: { name: `Release council ${suffix}`, slug: `release-council-${suffix}`, kind: 'council', nation: 'england', locales: ['en'], defaultLocale: 'en', welshParity: false },
  })
  made.tenants.push(council.id)
  // Seeding eleven pages in four languages takes a while on a busy machine.
}, 240_000)

afterAll(async () => {
  for (const id of made.pages.reverse()) await payload.delete({ collection: 'pages', id, overrideAccess: true })
  await payload.delete({ collection: 'content-releases', where: { slug: { like: `release-` } }, overrideAccess: true })
  for (const id of made.users) await payload.delete({ collection: 'users', id, overrideAccess: true })
  for (const id of made.tenants) {
    await payload.update({ collection: 'tenants', id, data: { active: false }, overrideAccess: true })
    await payload.delete({ collection: 'tenants', id, overrideAccess: true })
  }
})

describe('content releases', () => {
  it('reads every seeded national page back with exactly the hash of its release', { timeout: 120_000 }, async () => {
    for (const page of baselinePages) {
      const stored = await nationalPage(page.slug)
      expect(await storedContentHash(payload, stored.id), page.slug).toBe(seedContentHash(page))
    }
  })

  it('from the old text: updates untouched pages, shows tailoring tenants the drift, and holds a platform admin’s edit for review', { timeout: 240_000 }, async () => {
    // A database seeded with the old text. The legacy page has no release record, as every page
    // seeded before releases existed.
    const first = await releaseBaselinePages(payload, { pages: all.map(({ old }) => old), hashes })
    expect(first.created.sort()).toEqual(all.map(({ old }) => old.slug).sort())
    for (const { old } of all) made.pages.push((await nationalPage(old.slug)).id)
    await payload.delete({ collection: 'content-releases', where: { slug: { equals: legacy.old.slug } }, overrideAccess: true })

    // A council tailors one page; a platform admin corrects another in the admin.
    const tailoredNational = await nationalPage(tailored.old.slug)
    const copy = await payload.create({
      collection: 'pages',
      locale: 'en',
      overrideAccess: true,
      data: { tenant: council.id, title: 'Our own wellbeing page', slug: 'ignored', section: 'local', audience: 'public', tailors: tailoredNational.id, _status: 'published' },
    })
    made.pages.unshift(copy.id)
    const startedFrom = copy.tailoredFrom?.baselineUpdatedAt
    expect(startedFrom).toBeTruthy()
    expect(hasDrifted(tailoredNational.updatedAt, startedFrom ?? '')).toBe(false)

    const admin = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: `release-admin-${suffix}@example.org`, password: 'release-admin-password-1', roles: ['platform-admin'] },
    })
    made.users.push(admin.id)
    const editedNational = await nationalPage(edited.old.slug)
    await payload.update({ collection: 'pages', id: editedNational.id, locale: 'en', user: admin, overrideAccess: false, data: { title: 'Wellbeing, as our platform admin wrote it' } })

    const versionsBefore = await versionCount((await nationalPage(untouched.old.slug)).id)
    const report = await releaseBaselinePages(payload, { pages: all.map(({ next }) => next), hashes })
    expect(report.updated.sort()).toEqual([legacy, tailored, untouched].map(({ old }) => `${old.slug} v1 → v2`).sort())
    expect(report.heldForReview).toEqual([`${edited.old.slug} v1 → v2`])

    // The untouched page has the new text in English and Welsh, published as a new version.
    const updated = await nationalPage(untouched.old.slug)
    expect(updated.title).toBe(untouched.next.title.en)
    expect(updated._status).toBe('published')
    expect((await nationalPage(untouched.old.slug, 'cy')).title).toBe(untouched.next.title.cy)
    expect(await versionCount(updated.id)).toBeGreaterThan(versionsBefore)
    expect((await nationalPage(legacy.old.slug)).title).toBe(legacy.next.title.en)

    // The council's tailored page is untouched, and now shows that the national page drifted.
    const tailoredAfter = await nationalPage(tailored.old.slug)
    expect(tailoredAfter.title).toBe(tailored.next.title.en)
    const copyAfter = await payload.findByID({ collection: 'pages', id: copy.id, locale: 'en', overrideAccess: true, depth: 0 })
    expect(copyAfter.title).toBe('Our own wellbeing page')
    expect(hasDrifted(tailoredAfter.updatedAt, copyAfter.tailoredFrom?.baselineUpdatedAt ?? '')).toBe(true)

    // The platform admin's text stays, and the page is listed for their review.
    expect((await nationalPage(edited.old.slug)).title).toBe('Wellbeing, as our platform admin wrote it')
    const pending = (await pagesAwaitingReleaseReview(payload)).filter((entry) => entry.slug.endsWith(suffix))
    expect(pending).toEqual([expect.objectContaining({ slug: edited.old.slug, title: 'Wellbeing, as our platform admin wrote it', version: 1, pendingVersion: 2 })])

    // Running again changes nothing; clearing the pending version records the review.
    const again = await releaseBaselinePages(payload, { pages: all.map(({ next }) => next), hashes })
    expect(again.updated).toEqual([])
    expect(again.heldForReview).toEqual([])
    const record = (await payload.find({ collection: 'content-releases', where: { slug: { equals: edited.old.slug } }, overrideAccess: true })).docs[0]
    if (!record) throw new Error('no release record for the edited page')
    const reviewed = await payload.update({ collection: 'content-releases', id: record.id, user: admin, overrideAccess: false, data: { pendingVersion: null } })
    expect(reviewed.version).toBe(2)
    expect((await pagesAwaitingReleaseReview(payload)).filter((entry) => entry.slug.endsWith(suffix))).toEqual([])
  })

  it('refuses a release whose text has no recorded hash', async () => {
    const { next } = releasePair('unrecorded')
    await expect(releaseBaselinePages(payload, { pages: [{ ...next, contentVersion: 3 }], hashes: {} })).rejects.toThrow(/no matching hash/)
  })

  it('lets only platform admins read release records', async () => {
    const editor = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: `release-editor-${suffix}@example.org`, password: 'release-editor-password-1', tenants: [{ tenant: council.id, roles: ['editor'] }] },
    })
    made.users.push(editor.id)
    await expect(payload.find({ collection: 'content-releases', user: editor, overrideAccess: false })).rejects.toThrow(/not allowed/)
    await expect(payload.find({ collection: 'content-releases', overrideAccess: false })).rejects.toThrow(/not allowed/)
  })
})
