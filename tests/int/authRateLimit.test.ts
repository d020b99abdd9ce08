/**
 * Sign-in and reset limits live in the operations (src/collections/Users/hooks/authLimits.ts), so
 * every door counts the same: REST, GraphQL (each aliased field), the site's form (a Local API
 * call given the request's headers). The server's own Local API calls are not limited. Counters
 * are rows in PostgreSQL, shared by every process. Per account: a growing wait, never a lock.
 */
import crypto from 'crypto'
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { POST as graphqlPost } from '@/app/(payload)/api/graphql/route'
import { POST as restPost } from '@/app/(payload)/api/[...slug]/route'
import { failuresPerAccount, loginPerAddress } from '@/collections/Users/hooks/authLimits'
import { storeKey, windowStartOf } from '@/lib/rateLimit'
import { PostgresRateLimitStore } from '@/lib/rateLimitStore'

import { testPayload, uniqueSuffix } from '../helpers/payload'
import { createActor, FIXTURE_PASSWORD } from '../helpers/tenancyFixtures'

let payload: Payload
let tenantId: number

beforeAll(async () => {
  payload = await testPayload()
  const suffix = uniqueSuffix()
  tenantId = (
    await payload.create({
      collection: 'tenants',
      data: { name: `Limits ${suffix}`, slug: `limits-${suffix}`, kind: 'council', nation: 'england', active: true, locales: ['en'], defaultLocale: 'en' },
      overrideAccess: true,
    })
  ).id
}, 300_000)

afterEach(() => {
  vi.restoreAllMocks()
})

let addressCounter = 0
/** A fresh documentation-range address per test, so no test spends another's budget. */
function freshAddress(): string {
  addressCounter += 1
  return `198.51.100.${addressCounter}`
}

function restRequest(path: string, address: string, body: unknown): [Request, { params: Promise<{ slug: string[] }> }] {
  const request = new Request(`http://localhost:3000/api/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
    body: JSON.stringify(body),
  })
  return [request, { params: Promise.resolve({ slug: path.split('/') }) }]
}

function graphqlRequest(address: string, body: string): Request {
  return new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
    body,
  })
}

async function councillor(label: string) {
  return createActor(payload, `${label}-${uniqueSuffix()}@example.org`, [{ tenant: tenantId, roles: ['councillor'] }])
}

/** A login as the site's sign-in form makes it: the Local API, given the request's headers. */
function formLogin(email: string, password: string, address: string) {
  return payload.login({ collection: 'users', data: { email, password }, req: { headers: new Headers({ host: 'localhost:3000', 'x-forwarded-for': address }) } })
}

async function statusOf(work: Promise<unknown>): Promise<number> {
  try {
    await work
    return 200
  } catch (error) {
    return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : 500
  }
}

describe('per-address limits', () => {
  it('answers 429 with Retry-After after 5 reset requests from one address, not from another', async () => {
    const address = freshAddress()
    const statuses: number[] = []
    for (let attempt = 0; attempt < 6; attempt++) {
      statuses.push((await restPost(...restRequest('users/forgot-password', address, { email: `nobody-${attempt}@example.org` }))).status)
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
    const limited = await restPost(...restRequest('users/forgot-password', address, { email: 'nobody@example.org' }))
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect((await restPost(...restRequest('users/forgot-password', freshAddress(), { email: 'nobody@example.org' }))).status).toBe(200)
  })

  it('answers 429 after the login budget from one address (REST)', async () => {
    const address = freshAddress()
    const statuses: number[] = []
    for (let attempt = 0; attempt <= loginPerAddress.limit; attempt++) {
      statuses.push((await restPost(...restRequest('users/login', address, { email: `nobody-${attempt}@example.org`, password: 'wrong' }))).status)
    }
    expect(statuses.slice(0, loginPerAddress.limit).every((status) => status === 401)).toBe(true)
    expect(statuses[loginPerAddress.limit]).toBe(429)
  })

  it('counts every aliased loginUser of one GraphQL request, however the text is escaped', async () => {
    const address = freshAddress()
    // Within the alias limit, the budget is spent over a few requests; the operation name is
    // written with a JSON unicode escape, which the old text-matching limiter did not see.
    const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: loginUser(email: "nobody-${i}@example.org", password: "wrong") { token }`).join(' ')
    const body = JSON.stringify({ query: `mutation { ${aliases} }` }).replaceAll('loginUser', '\\u006coginUser')
    const refusals: number[] = []
    for (let request = 0; request < 3; request++) {
      const json = (await (await graphqlPost(graphqlRequest(address, body))).json()) as { errors?: { extensions?: { statusCode?: number } }[] }
      refusals.push((json.errors ?? []).filter((error) => error.extensions?.statusCode === 429).length)
    }
    // 30 attempts against a budget of 20: the last 10 are refused, whichever request carried them.
    expect(refusals.reduce((sum, n) => sum + n, 0)).toBe(30 - loginPerAddress.limit)
  })

  it("limits the site's sign-in form (Local API with the request's headers) in the same budget", async () => {
    const address = freshAddress()
    for (let attempt = 0; attempt < loginPerAddress.limit; attempt++) {
      await restPost(...restRequest('users/login', address, { email: `nobody-${attempt}@example.org`, password: 'wrong' }))
    }
    expect(await statusOf(formLogin('nobody@example.org', 'wrong', address))).toBe(429)
  })

  it('does not limit the server’s own Local API calls (no request)', async () => {
    for (let attempt = 0; attempt < loginPerAddress.limit + 5; attempt++) {
      expect(await statusOf(payload.login({ collection: 'users', data: { email: 'nobody@example.org', password: 'wrong' } }))).toBe(401)
    }
  })

  it('keeps its counters in PostgreSQL, where another process sees them', async () => {
    const address = freshAddress()
    await restPost(...restRequest('users/login', address, { email: 'nobody@example.org', password: 'wrong' }))
    await restPost(...restRequest('users/login', address, { email: 'nobody@example.org', password: 'wrong' }))
    const anotherProcess = new PostgresRateLimitStore(payload)
    const seen = await anotherProcess.peek(storeKey(loginPerAddress, address), windowStartOf(loginPerAddress, Date.now()))
    expect(seen?.hits).toBe(2)
  })
})

describe('per account: a growing wait, never a lock', () => {
  const store = () => new PostgresRateLimitStore(payload)
  const failures = async (email: string) => (await store().peek(storeKey(failuresPerAccount, email), windowStartOf(failuresPerAccount, Date.now())))?.hits ?? 0
  /** Failures recorded `agoMs` ago, as earlier attempts would have left them (the wait is timed from the last). */
  async function pastFailures(email: string, count: number, agoMs: number): Promise<void> {
    const at = Date.now() - agoMs
    const windowStart = windowStartOf(failuresPerAccount, Date.now())
    const expires = new Date(windowStart.getTime() + failuresPerAccount.windowSeconds * 1000)
    for (let i = 0; i < count; i++) await store().hit(storeKey(failuresPerAccount, email), windowStart, expires, new Date(at))
  }

  it('counts each failed attempt against the account, from any address, and a run of them makes the next one wait', async () => {
    const owner = await councillor('delayed')
    for (let attempt = 0; attempt < failuresPerAccount.limit; attempt++) {
      expect(await statusOf(formLogin(owner.email, 'wrong-password', freshAddress()))).toBe(401)
    }
    expect(await failures(owner.email)).toBe(failuresPerAccount.limit)
    await pastFailures(owner.email, 3, 0)
    // Eight in a row: the next attempt waits 8 s, the right password included.
    expect(await statusOf(formLogin(owner.email, FIXTURE_PASSWORD, freshAddress()))).toBe(429)
  })

  it('once the wait is over the right password gets in, the owner is told, and the run ends', async () => {
    const owner = await councillor('waited')
    await pastFailures(owner.email, failuresPerAccount.limit, 2000)
    expect(await statusOf(formLogin(owner.email, FIXTURE_PASSWORD, freshAddress()))).toBe(200)
    const told = await payload.find({ collection: 'email-outbox', where: { to: { equals: owner.email } }, overrideAccess: true })
    expect(told.docs.map((doc) => [doc.template, doc.priority])).toEqual([['sign-in-failures', 0]])
    expect(await failures(owner.email)).toBe(0)
  })

  it('an unknown email is counted exactly like a real one (nothing to tell them apart)', async () => {
    const email = `nobody-${uniqueSuffix()}@example.org`
    for (let attempt = 0; attempt < 3; attempt++) expect(await statusOf(formLogin(email, 'wrong', freshAddress()))).toBe(401)
    expect(await failures(email)).toBe(3)
  })

  it('the emailed reset link gets the owner in while the wait is on', async () => {
    const owner = await councillor('reset')
    await pastFailures(owner.email, 12, 0)
    expect(await statusOf(formLogin(owner.email, FIXTURE_PASSWORD, freshAddress()))).toBe(429)
    const token = await payload.forgotPassword({ collection: 'users', data: { email: owner.email }, disableEmail: true })
    const reset = await payload.resetPassword({ collection: 'users', data: { token, password: 'a-new-password-2741' }, overrideAccess: true })
    expect(reset.token).toEqual(expect.any(String))
  })
})

describe('login timing: an unknown email costs the same hash work', () => {
  it('hashes once for a wrong password and once for an unknown email', async () => {
    const owner = await councillor('timing')
    const hashing = vi.spyOn(crypto, 'pbkdf2')
    expect(await statusOf(payload.login({ collection: 'users', data: { email: owner.email, password: 'wrong-password' } }))).toBe(401)
    expect(hashing).toHaveBeenCalledTimes(1)
    hashing.mockClear()
    expect(await statusOf(payload.login({ collection: 'users', data: { email: `unknown-${uniqueSuffix()}@example.org`, password: 'wrong-password' } }))).toBe(401)
    expect(hashing).toHaveBeenCalledTimes(1)
    expect(hashing.mock.calls[0]?.[2]).toBe(600_000)
  })

  it('measures login p50 for a real and an unknown email (printed for the report, not asserted)', async () => {
    const owner = await councillor('p50')
    const median = async (email: string): Promise<number> => {
      const times: number[] = []
      for (let i = 0; i < 9; i++) {
        const start = performance.now()
        await statusOf(payload.login({ collection: 'users', data: { email, password: 'wrong-password' } }))
        times.push(performance.now() - start)
      }
      return times.sort((a, b) => a - b)[4] ?? 0
    }
    const real = await median(owner.email)
    const unknown = await median(`unknown-${uniqueSuffix()}@example.org`)
    console.log(`[login p50] real email, wrong password: ${real.toFixed(0)} ms; unknown email: ${unknown.toFixed(0)} ms`)
    expect(real).toBeGreaterThan(0)
  })
})
