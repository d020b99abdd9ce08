import type { Payload } from 'payload'

import { baselinePages } from './toolkit'
import { seedContentHash, storedContentHash } from './toolkit/contentHash'
import { releasedContentHashes } from './toolkit/releases'
import type { SeedPage } from './toolkit/types'
import { writeSeedPage } from './toolkit/writePage'
import { findBaselineTenant } from '@/collections/baselineTenant'

export type ReleaseReport = {
  /** National pages that did not exist and were created. */
  created: string[]
  /** "slug vN → vM": pages nobody had changed, given the new text as a new version. */
  updated: string[]
  /** "slug vN → vM": pages a platform admin had changed, left alone and listed for review. */
  heldForReview: string[]
  /** Pages already at the code's version (or held earlier and still awaiting review). */
  unchanged: string[]
}

export type ReleaseSource = {
  pages: readonly SeedPage[]
  /** slug → version → hash of that version's text, every release ever made. */
  hashes: Readonly<Record<string, Readonly<Record<number, string>>>>
}

const codeRelease: ReleaseSource = { pages: baselinePages, hashes: releasedContentHashes }

/**
 * Brings the national pages in the database up to the code's text (run by every start-up's seed
 * and by `npm run content:release`). For each page:
 *
 * - missing: created at the code's version;
 * - at an older version and unchanged since that version was written (its text hashes to that
 *   version's recorded hash): given the new text as a new version, so the national page's
 *   `updatedAt` moves and every tenant that tailored it sees the drift notice;
 * - at an older version but changed since (a platform admin's edit, published or draft): left
 *   exactly as it is, and its release record gets a pending version for the admin to review.
 *
 * A page with no release record was seeded before releases existed: it holds version 1.
 * Tenants' own and tailored pages are never read or written.
 */
export async function releaseBaselinePages(payload: Payload, source: ReleaseSource = codeRelease): Promise<ReleaseReport> {
  const report: ReleaseReport = { created: [], updated: [], heldForReview: [], unchanged: [] }
  const tenant = (await findBaselineTenant(payload))?.id
  if (tenant === undefined) return report

  // Two reads for all pages, so a start-up with nothing due stays cheap.
  const [pages, records] = await Promise.all([
    payload.find({
      collection: 'pages',
      where: { and: [{ tenant: { equals: tenant } }, { slug: { in: source.pages.map((page) => page.slug) } }] },
      select: { slug: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'content-releases',
      where: { slug: { in: source.pages.map((page) => page.slug) } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    }),
  ])
  const pageBySlug = new Map(pages.docs.map((page) => [page.slug, page]))
  const recordBySlug = new Map(records.docs.map((record) => [record.slug, record]))

  for (const page of source.pages) {
    const expected = source.hashes[page.slug]?.[page.contentVersion]
    if (expected !== seedContentHash(page)) {
      // A release without its recorded hash could never recognise its own text later, and every
      // later release would hold the page for review; the unit test catches this first.
      throw new Error(`Content release: ${page.slug} v${page.contentVersion} has no matching hash in releases.ts`)
    }
    const existing = pageBySlug.get(page.slug)
    const record = recordBySlug.get(page.slug)

    if (!existing) {
      const id = await writeSeedPage(payload, { tenant }, page)
      await saveRecord(payload, record?.id, { slug: page.slug, page: id, version: page.contentVersion, pendingVersion: null, heldAt: null })
      report.created.push(page.slug)
      continue
    }
    const held = record?.version ?? 1
    const step = `${page.slug} v${held} → v${page.contentVersion}`
    if (held >= page.contentVersion || (record?.pendingVersion ?? 0) >= page.contentVersion) {
      report.unchanged.push(page.slug)
      continue
    }
    const untouched = (await storedContentHash(payload, existing.id)) === source.hashes[page.slug]?.[held]
    if (untouched) {
      await writeSeedPage(payload, { tenant, id: existing.id }, page)
      await saveRecord(payload, record?.id, { slug: page.slug, page: existing.id, version: page.contentVersion, pendingVersion: null, heldAt: null })
      report.updated.push(step)
    } else {
      await saveRecord(payload, record?.id, { slug: page.slug, page: existing.id, version: held, pendingVersion: page.contentVersion, heldAt: new Date().toISOString() })
      report.heldForReview.push(step)
    }
  }
  return report
}

type RecordData = { slug: string; page: number; version: number; pendingVersion: number | null; heldAt: string | null }

async function saveRecord(payload: Payload, id: number | undefined, data: RecordData): Promise<void> {
  if (id === undefined) await payload.create({ collection: 'content-releases', data, overrideAccess: true })
  else await payload.update({ collection: 'content-releases', id, data, overrideAccess: true })
}
