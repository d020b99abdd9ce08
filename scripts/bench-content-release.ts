/**
 * `npx tsx scripts/bench-content-release.ts [--tenants 500]`: how long a content release takes on
 * a portal with many tenants, each of which tailored a national page. On a throwaway database:
 * seed the baseline, add the tenants and their tailored pages, then release a new version of every
 * national page (a synthetic correction to each title, English and Welsh) and time it; then time
 * the release that every later start-up runs, when nothing is due. For reading, never pass/fail.
 */
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'

import { createThrowawayDatabase, stopTestDatabaseServer, type ThrowawayDatabase } from './lib/testDatabase'

const { values: flags } = parseArgs({ options: { tenants: { type: 'string', default: '500' } } })
const TENANTS = Number(flags.tenants)

async function main(): Promise<void> {
  let database: ThrowawayDatabase | undefined
  try {
    database = await createThrowawayDatabase('release')
    process.env.DATABASE_URL = database.url
    process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
    const { applyMigrations, withPayload } = await import('./lib/payloadTasks')
    const { seed } = await import('../src/seed')
    const { releaseBaselinePages } = await import('../src/seed/release')
    const { baselinePages } = await import('../src/seed/toolkit')
    const { seedContentHash } = await import('../src/seed/toolkit/contentHash')
    const { releasedContentHashes } = await import('../src/seed/toolkit/releases')

    await withPayload(async (payload) => {
      await applyMigrations(payload)
      await seed(payload, { includeDemo: false, adminEmail: 'bench-admin@example.org', adminPassword: randomBytes(18).toString('base64url') })
      const national = await payload.find({ collection: 'pages', where: { slug: { equals: 'wellbeing' } }, depth: 0, limit: 1, overrideAccess: true })
      const wellbeing = national.docs[0]
      if (!wellbeing) throw new Error('the seed made no wellbeing page')
      const setupStarted = performance.now()
      for (let index = 0; index < TENANTS; index += 1) {
        const slug = `bench-council-${index}`
        const tenant = await payload.create({
          collection: 'tenants',
          overrideAccess: true,
          data: { name: `Bench council ${index}`, slug, kind: 'council', nation: 'wales', locales: ['en', 'cy'], defaultLocale: 'en', welshParity: false },
        })
        await payload.create({
          collection: 'pages',
          locale: 'en',
          overrideAccess: true,
          data: { tenant: tenant.id, title: `Wellbeing at council ${index}`, slug: 'wellbeing', section: '10', audience: 'public', tailors: wellbeing.id, _status: 'published' },
        })
      }
      console.log(`Set up ${TENANTS} tenants, each with a tailored page, in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s.`)

      const next = baselinePages.map((page) => ({
        ...page,
        contentVersion: page.contentVersion + 1,
        title: { ...page.title, en: `${page.title.en} (revised)`, cy: `${page.title.cy} (diwygiwyd)` },
      }))
      const hashes = Object.fromEntries(
        next.map((page) => [page.slug, { ...releasedContentHashes[page.slug], [page.contentVersion]: seedContentHash(page) }]),
      )
      const pages = await payload.count({ collection: 'pages', overrideAccess: true })
      let started = performance.now()
      const report = await releaseBaselinePages(payload, { pages: next, hashes })
      const releaseMs = performance.now() - started
      started = performance.now()
      const idle = await releaseBaselinePages(payload, { pages: next, hashes })
      const idleMs = performance.now() - started
      console.log(`Pages in the database: ${pages.totalDocs} (${TENANTS} tailored).`)
      console.log(`Release of ${report.updated.length} national pages (held ${report.heldForReview.length}): ${(releaseMs / 1000).toFixed(2)} s.`)
      console.log(`Start-up check with nothing due (${idle.unchanged.length} pages): ${idleMs.toFixed(0)} ms.`)
      // Dropping the database ends its connections; end the pool first so that is not an error.
      await (payload.db as unknown as { pool?: { end(): Promise<void> } }).pool?.end()
    })
  } finally {
    await database?.drop().catch(() => undefined)
    await stopTestDatabaseServer()
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
