/**
 * `npx tsx scripts/bench-search.ts [--tenants 500] [--searches 400]`: search latency in the data
 * layer (`searchSite`, src/data/search.ts) on a throwaway database, with the demo tenants and
 * again with `--tenants` tenants, each holding a tailored national page and a page of its own;
 * then publish-to-findable (a national page saved with a new word, searched for from a tenant
 * until found; median of 10). Outside Next nothing is cached, so each search here also reads the
 * tenant's toolkit (four queries) that the site serves from its cache: an upper bound. The HTTP
 * rows are in `npm run bench` (`--search-only`). For reading, never pass/fail.
 */
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'

import { median, summarise, table } from './lib/loadStats'
import { createThrowawayDatabase, stopTestDatabaseServer, type ThrowawayDatabase } from './lib/testDatabase'

const { values: flags } = parseArgs({ options: { tenants: { type: 'string', default: '500' }, searches: { type: 'string', default: '400' } } })
const TENANTS = Number(flags.tenants)
const SEARCHES = Number(flags.searches)

const QUERIES: ['en' | 'cy', string][] = [
  ['en', 'doxxing'],
  ['en', 'home address'],
  ['en', 'password'],
  ['en', 'report to the police'],
  ['en', 'adress'],
  ['cy', 'cyfeiriad cartref'],
  ['cy', 'cyngor'],
  ['cy', 'cyfrinair'],
]

async function main(): Promise<void> {
  let database: ThrowawayDatabase | undefined
  try {
    database = await createThrowawayDatabase('search')
    process.env.DATABASE_URL = database.url
    process.env.PAYLOAD_SECRET = randomBytes(32).toString('hex')
    process.env.INCIDENT_ENCRYPTION_KEY ??= randomBytes(32).toString('base64')
    const { applyMigrations, withPayload } = await import('./lib/payloadTasks')
    const { seed } = await import('../src/seed')
    const { searchSite } = await import('../src/data/search')
    const { resolveSite } = await import('../src/data/site')
    const { contactKinds } = await import('../src/collections/Contacts/kindOptions')
    const en = (await import('../src/messages/en.json')).default

    await withPayload(async (payload) => {
      await applyMigrations(payload)
      await seed(payload, { includeDemo: true, adminEmail: 'bench-admin@example.org', adminPassword: randomBytes(18).toString('base64url') })
      const sites = await Promise.all(QUERIES.map(([locale]) => resolveSite({ tenant: 'example-county', locale })))
      const fallbacks = Object.fromEntries(contactKinds.map((kind) => [kind, en.TenantValue[kind]])) as Record<(typeof contactKinds)[number], string>
      const values = { tenantName: 'Example County Council', policeForce: null, contacts: {}, fallbacks: { ...fallbacks, 'police-force': en.TenantValue['police-force'] }, preview: false, notSetLabel: 'not set' }

      const load = async (label: string) => {
        for (let index = 0; index < QUERIES.length * 3; index += 1) {
          const site = sites[index % QUERIES.length]
          if (site) await searchSite(site, QUERIES[index % QUERIES.length]?.[1], { values })
        }
        const latencies: number[] = []
        const started = performance.now()
        for (let index = 0; index < SEARCHES; index += 1) {
          const site = sites[index % QUERIES.length]
          if (!site) throw new Error('example-county is not seeded')
          const begun = performance.now()
          await searchSite(site, QUERIES[index % QUERIES.length]?.[1], { values })
          latencies.push(performance.now() - begun)
        }
        return summarise(label, latencies, 0, (performance.now() - started) / 1000)
      }

      const few = await load('searchSite, demo tenants (3)')
      const wellbeing = (await payload.find({ collection: 'pages', where: { and: [{ slug: { equals: 'wellbeing' } }, { 'tenant.kind': { equals: 'baseline' } }] }, depth: 0, overrideAccess: true })).docs[0]
      if (!wellbeing) throw new Error('the seed made no wellbeing page')
      const setupStarted = performance.now()
      for (let index = 0; index < TENANTS - 3; index += 1) {
        const tenant = await payload.create({
          collection: 'tenants',
          overrideAccess: true,
          data: { name: `Bench council ${index}`, slug: `bench-council-${index}`, kind: 'council', nation: 'wales', locales: ['en', 'cy'], defaultLocale: 'en', welshParity: false },
        })
        await payload.create({ collection: 'pages', locale: 'en', overrideAccess: true, data: { tenant: tenant.id, title: `Wellbeing at council ${index}`, slug: 'wellbeing', section: '10', audience: 'public', tailors: wellbeing.id, _status: 'published' } })
        await payload.create({ collection: 'pages', locale: 'en', overrideAccess: true, data: { tenant: tenant.id, title: `Local support ${index}`, summary: 'Who to call about abuse, your home address and your accounts.', slug: 'local-support', section: 'local', audience: 'public', _status: 'published' } })
      }
      console.log(`Added ${TENANTS - 3} tenants with two pages each in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s.`)
      const many = await load(`searchSite, ${TENANTS} tenants`)

      const findable: number[] = []
      const county = sites[0]
      if (!county) throw new Error('example-county is not seeded')
      for (let round = 0; round < 10; round += 1) {
        const word = `benchword${Date.now().toString(36)}x${round}`
        const begun = performance.now()
        await payload.update({ collection: 'pages', id: wellbeing.id, locale: 'en', overrideAccess: true, data: { summary: `Looking after yourself ${word}.`, _status: 'published' } })
        while ((await searchSite(county, word, { values })).hits.length === 0) {
          if (performance.now() - begun > 20_000) throw new Error('not findable within 20 s')
        }
        findable.push(performance.now() - begun)
      }
      const rows = [few, many].map((result) => [result.label, result.requests, result.p50.toFixed(1), result.p99.toFixed(1)])
      console.log(`\n${table(['what', 'searches', 'p50 ms', 'p99 ms'], rows)}\n`)
      console.log(`p50 at ${TENANTS} / at 3: ${(many.p50 / few.p50).toFixed(2)}; publish-to-findable (save + first successful search), median of 10: ${median(findable).toFixed(0)} ms (min ${Math.min(...findable).toFixed(0)}, max ${Math.max(...findable).toFixed(0)}).`)
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
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
