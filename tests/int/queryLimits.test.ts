/**
 * Cost limits on the API (issue 13, item 1): GraphQL depth, aliases, root fields and complexity
 * are refused at validation, before any resolver runs; GraphQL `limit` and `pagination` too, and
 * REST `limit`, `pagination` and `depth` with a 400 naming the parameter for anonymous callers.
 */
import type { CollectionBeforeOperationHook } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { queryLimits } from '@/lib/queryLimits'

import { graphql, rest, restErrorText } from '../helpers/apiClient'
import { testPayload } from '../helpers/payload'
import { createTenancyFixtures, type TenancyFixtures } from '../helpers/tenancyFixtures'

let fx: TenancyFixtures
/** Operations Payload started on `pages`: every GraphQL resolver of a page query goes through one. */
let pageOperations = 0
const countPageOperations: CollectionBeforeOperationHook = ({ args }) => {
  pageOperations += 1
  return args
}

beforeAll(async () => {
  fx = await createTenancyFixtures()
  const payload = await testPayload()
  payload.collections.pages.config.hooks.beforeOperation.push(countPageOperations)
}, 300_000)

afterAll(async () => {
  const payload = await testPayload()
  const hooks = payload.collections.pages.config.hooks.beforeOperation
  hooks.splice(hooks.indexOf(countPageOperations), 1)
  await fx?.cleanup()
}, 300_000)

/** `n` aliased `Pages` root queries in one operation. */
function aliasedPages(n: number, selection = 'docs { id }'): string {
  return `query { ${Array.from({ length: n }, (_, i) => `p${i}: Pages(limit: 5) { ${selection} }`).join(' ')} }`
}

async function refusedBeforeResolvers(query: string, reason: RegExp): Promise<void> {
  const before = pageOperations
  const response = await graphql(query)
  expect(response.errors.map((error) => error.message).join('\n')).toMatch(reason)
  expect(response.data).toBeNull()
  expect(pageOperations).toBe(before)
}

describe('GraphQL cost limits', () => {
  it('runs a query within the limits (so the counter below can see resolvers run)', async () => {
    const before = pageOperations
    const response = await graphql(aliasedPages(queryLimits.maxGraphqlAliases))
    expect(response.errors).toEqual([])
    expect(pageOperations - before).toBe(queryLimits.maxGraphqlAliases)
  })

  it('refuses one alias too many before any resolver runs', async () => {
    await refusedBeforeResolvers(aliasedPages(queryLimits.maxGraphqlAliases + 1), /Too many aliases/)
  })

  it('counts aliases inside fragments and nested fields too', async () => {
    const fields = Array.from({ length: queryLimits.maxGraphqlAliases + 1 }, (_, i) => `a${i}: id`).join(' ')
    await refusedBeforeResolvers(`query { Pages { ...F } } fragment F on Pages { docs { ${fields} } }`, /Too many aliases/)
  })

  it('refuses too many root fields without aliases', async () => {
    const roots = ['Pages', 'Contacts', 'Tenants', 'allMedia', 'EngagementTemplates', 'countPages', 'countContacts', 'countTenants', 'countallMedia', 'countEngagementTemplates', 'Users']
    expect(roots.length).toBeGreaterThan(queryLimits.maxGraphqlRootFields)
    await refusedBeforeResolvers(`query { ${roots.map((root) => `${root} { totalDocs }`).join(' ')} }`, /Too many root fields/)
  })

  it('refuses selections nested deeper than the limit, through fragments too', async () => {
    // Pages > docs > tenant > branding > logo > tenant > …: twelve levels, through a fragment.
    const deep = `query { Pages { docs { ...P } } } fragment P on Page { tenant { branding { logo { tenant { branding { logo { tenant { branding { logo { id } } } } } } } } } }`
    await refusedBeforeResolvers(deep, /Query too deep/)
  })

  it("refuses a query over Payload's complexity limit", async () => {
    // Relationships cost 10 each: a page's tenant, and its logo, asked for under many aliases.
    const selection = 'docs { tenant { id name branding { logo { id alt tenant { id name } } } } }'
    await refusedBeforeResolvers(aliasedPages(queryLimits.maxGraphqlAliases, selection), /complexity/i)
  })

  it('refuses a page size over the limit, or pagination off, naming it, before any resolver runs', async () => {
    await refusedBeforeResolvers(`query { Pages(limit: ${queryLimits.maxLimit + 1}) { docs { id } } }`, /limit must be a whole number from 1 to 100/)
    await refusedBeforeResolvers('query { Pages(limit: 0) { docs { id } } }', /limit must be/)
    await refusedBeforeResolvers('query { Pages(pagination: false) { docs { id } } }', /pagination=false/)
  })

  it('reads limits passed as variables too', async () => {
    const before = pageOperations
    const response = await graphql('query Q($n: Int) { Pages(limit: $n) { docs { id } } }', { n: 5000 })
    expect(response.data).toBeNull()
    expect(response.errors[0]?.message).toMatch(/limit must be/)
    expect(pageOperations).toBe(before)
  })
})

describe('the most expensive accepted anonymous request', () => {
  it('is measured (server time printed for the README, not asserted)', async () => {
    // Every alias at the page-size limit, each page with its tenant and that tenant's logo: the
    // heaviest shape the depth, alias and complexity limits still let through.
    const selection = 'docs { id title slug tenant { id name } }'
    const query = `query { ${Array.from({ length: queryLimits.maxGraphqlAliases }, (_, i) => `p${i}: Pages(limit: ${queryLimits.maxLimit}) { ${selection} }`).join(' ')} }`
    const start = performance.now()
    const response = await graphql(query)
    const elapsed = performance.now() - start
    expect(response.errors).toEqual([])
    const payload = await testPayload()
    const pages = await payload.count({ collection: 'pages', overrideAccess: true })
    console.log(`[query cost] ${queryLimits.maxGraphqlAliases} aliases × ${queryLimits.maxLimit} pages with their tenant: ${elapsed.toFixed(0)} ms (${pages.totalDocs} pages in the database)`)
  })
})

describe('REST read limits', () => {
  it.each([
    ['limit', { limit: String(queryLimits.maxLimit + 1) }, /limit must be/],
    ['limit=0 (everything)', { limit: '0' }, /limit must be/],
    ['pagination=false', { pagination: 'false' }, /pagination=false/],
    ['depth', { depth: String(queryLimits.maxDepth + 1) }, /depth must be/],
    ['a depth that is not a number', { depth: 'many' }, /depth must be/],
  ])('refuses an anonymous read with too large a %s, naming it', async (_label, query, reason) => {
    const response = await rest('GET', 'pages', { query })
    expect(response.status).toBe(400)
    expect(restErrorText(response.json)).toMatch(reason)
  })

  it('refuses too deep a single-document read', async () => {
    const response = await rest('GET', `pages/${fx.pages.A.id}`, { query: { depth: '9' } })
    expect(response.status).toBe(400)
    expect(restErrorText(response.json)).toMatch(/depth must be/)
  })

  it('answers reads within the limits', async () => {
    expect((await rest('GET', 'pages', { query: { limit: String(queryLimits.maxLimit), depth: String(queryLimits.maxDepth) } })).status).toBe(200)
    expect((await rest('GET', `pages/${fx.pages.A.id}`, { query: { depth: '1' } })).status).toBe(200)
  })

  it("leaves signed-in callers their own sizes (the admin panel bulk-selects with limit=0)", async () => {
    const response = await rest('GET', 'pages', { token: fx.users.editorA.token, query: { limit: '0', depth: '0' } })
    expect(response.status).toBe(200)
  })
})
