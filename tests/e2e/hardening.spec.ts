import { readdirSync, statSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { expect, test, type Page } from '@playwright/test'

import { adminCredentials, completeAdminSecondStep, deleteOrFail, loginToken } from './helpers'

/**
 * Malformed input gets the right 4xx, never a 500 and never a stack trace; unknown addresses leave
 * nothing behind in the cache; every page carries its security headers and breaks none of them.
 * Requests go out through node:http, which sends a path exactly as written (fetch would
 * normalise some of them).
 */

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }

function send(
  baseURL: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Answer> {
  const base = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { ...(options.body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(options.body)) }), ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }))
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end(options.body)
  })
}

/** What a stack trace or an internal error leaves in a body. */
const LEAK = /\n\s+at |node_modules|\.(ts|js|tsx):\d+|Internal Server Error|Something went wrong/

const county = '/example-county/en'
let adminJwt = ''
let actionId = ''

test.beforeAll(async ({ baseURL }) => {
  adminJwt = await loginToken(baseURL ?? '', adminCredentials())
  // The sign-in form's server action, as the page names it for a no-JavaScript post.
  const login = await send(baseURL ?? '', { path: `${county}/login` })
  actionId = /&quot;id&quot;:&quot;([0-9a-f]{20,})&quot;/.exec(login.body)?.[1] ?? ''
  expect(actionId, 'the sign-in page names its server action').not.toBe('')
})

type Row = { name: string; status: number; request: () => { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer } }

const asAdmin = (): Record<string, string> => ({ Authorization: `JWT ${adminJwt}` })
const graphql = (query: string) => ({
  method: 'POST',
  path: '/api/graphql',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ query }),
})
const actionFetch = (body: string | Buffer, headers: Record<string, string> = {}) => ({
  method: 'POST',
  path: `${county}/login`,
  headers: { 'Next-Action': actionId, 'Content-Type': 'text/plain;charset=UTF-8', ...headers },
  body,
})
function multipart(fields: Record<string, string>): { body: string; type: string } {
  const boundary = 'hardening-boundary'
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
  return { body: `${parts.join('')}--${boundary}--\r\n`, type: `multipart/form-data; boundary=${boundary}` }
}
const formPost = (fields: Record<string, string>, headers: Record<string, string> = {}) => {
  const { body, type } = multipart(fields)
  return { method: 'POST', path: `${county}/login`, headers: { 'Content-Type': type, ...headers }, body }
}

const rows: Row[] = [
  // The site
  { name: 'site path with a broken %-sequence', status: 400, request: () => ({ path: `${county}/%E0%A4%A` }) },
  { name: 'site path with a non-hex %-sequence', status: 400, request: () => ({ path: `${county}/toolkit%ZZ` }) },
  { name: 'API path with a broken %-sequence', status: 400, request: () => ({ path: '/api/pages/%E0%A4%A' }) },
  // REST
  { name: 'REST id that is not a number', status: 404, request: () => ({ path: '/api/pages/abc' }) },
  { name: 'REST id beyond the id range', status: 404, request: () => ({ path: '/api/pages/99999999999' }) },
  { name: 'REST id with a fraction', status: 404, request: () => ({ path: '/api/media/1.5' }) },
  { name: 'REST page below 1', status: 400, request: () => ({ path: '/api/pages?page=-1' }) },
  { name: 'REST page beyond any listing', status: 400, request: () => ({ path: '/api/pages?page=99999999999999999999' }) },
  { name: 'REST sort on a blocks field', status: 400, request: () => ({ path: '/api/pages?sort=layout' }) },
  { name: 'REST where id in words', status: 400, request: () => ({ path: '/api/pages?where[id][in]=abc' }) },
  { name: 'REST where relationship in words', status: 400, request: () => ({ path: '/api/pages?where[tenant][in]=x,y' }) },
  { name: 'REST near on a text field', status: 400, request: () => ({ path: '/api/pages?where[title][near]=1,2' }) },
  { name: 'REST GET logout', status: 405, request: () => ({ path: '/api/users/logout', headers: asAdmin() }) },
  { name: 'REST GET refresh-token', status: 405, request: () => ({ path: '/api/users/refresh-token', headers: asAdmin() }) },
  { name: "REST page below 1 on Payload's own collection", status: 400, request: () => ({ path: '/api/payload-locked-documents?page=-3', headers: asAdmin() }) },
  { name: "REST id in words on Payload's own collection", status: 400, request: () => ({ path: '/api/payload-locked-documents/abc', headers: asAdmin() }) },
  // Server actions (the site's forms)
  { name: 'action call whose body is not what React sends', status: 400, request: () => actionFetch('{{{not json') },
  { name: 'action call over 1 MB', status: 413, request: () => actionFetch(Buffer.alloc(1024 * 1024 + 10, 'a')) },
  {
    name: 'action call with a broken multipart body',
    status: 400,
    request: () => ({ ...actionFetch('garbage'), headers: { 'Next-Action': actionId, 'Content-Type': 'multipart/form-data; boundary=xyz' } }),
  },
  { name: 'action call from another site', status: 403, request: () => actionFetch('[]', { Origin: 'https://attacker.example' }) },
  { name: 'form post from another site', status: 403, request: () => formPost({ [`$ACTION_ID_${actionId}`]: '', email: 'a@b.c' }, { Origin: 'https://attacker.example' }) },
]

test.describe('malformed input: the right 4xx, no stack trace', () => {
  for (const row of rows) {
    test(row.name, async ({ baseURL }) => {
      const answer = await send(baseURL ?? '', row.request())
      expect(answer.status, answer.body.slice(0, 300)).toBe(row.status)
      expect(answer.body).not.toMatch(LEAK)
    })
  }

  for (const [name, query] of [
    ['GraphQL page below 1', '{ Pages(page: -1) { totalDocs } }'],
    ['GraphQL sort on a blocks field', '{ Pages(sort: "layout") { totalDocs } }'],
  ] as const) {
    test(name, async ({ baseURL }) => {
      const answer = await send(baseURL ?? '', graphql(query))
      const { errors } = JSON.parse(answer.body) as { errors?: { extensions?: { statusCode?: number } }[] }
      expect(errors?.length, answer.body).toBeGreaterThan(0)
      expect(errors?.map((error) => error.extensions?.statusCode), answer.body).toEqual(errors?.map(() => 400))
      expect(answer.body).not.toMatch(LEAK)
    })
  }
})

test('a form from before a deploy (its action unknown now) asks the reader to reload, in their language', async ({ baseURL }) => {
  const stale = '0123456789abcdef0123456789abcdef0123456789'
  const english = await send(baseURL ?? '', formPost({ [`$ACTION_ID_${stale}`]: '', email: 'a@b.c' }))
  expect(english.status).toBe(409)
  expect(english.body).toContain('lang="en"')
  expect(english.body).toContain('Reload the page')
  expect(english.body).not.toMatch(LEAK)
  const welsh = await send(baseURL ?? '', { ...formPost({ [`$ACTION_ID_${stale}`]: '' }), path: '/example-county/cy/login' })
  expect(welsh.status).toBe(409)
  expect(welsh.body).toContain("Ail-lwytho'r dudalen")
})

/** Bytes under a directory (0 when it does not exist). */
function bytesUnder(dir: string): number {
  let total = 0
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return 0
  }
  for (const entry of entries) {
    const full = path.join(dir, entry)
    const stat = statSync(full)
    total += stat.isDirectory() ? bytesUnder(full) : stat.size
  }
  return total
}

/** The server under test serves this checkout's .next (scripts/test.ts). */
const cacheBytes = () => bytesUnder(path.resolve('.next/server')) + bytesUnder(path.resolve('.next/cache/fetch-cache'))

test('unknown tenants, hosts and paths leave the cache as it was', async ({ baseURL }) => {
  const base = baseURL ?? ''
  const stamp = Date.now().toString(36)
  const unknown = (i: number) => [
    `${county}/no-such-page-${stamp}-${i}`,
    `/no-such-tenant-${stamp}-${i}/en`,
    `/no-such-tenant-${stamp}-${i}/en/some-page`,
  ]
  // A known page first, so the cache holds what it normally would.
  await send(base, { path: `${county}` })
  const before = cacheBytes()
  for (let i = 0; i < 10; i++) {
    for (const address of unknown(i)) expect((await send(base, { path: address })).status).toBe(404)
  }
  // Nor a host no tenant claims (refused before any rendering).
  expect((await send(base, { path: '/', headers: { Host: `unknown-${stamp}.example` } })).status).toBe(404)
  expect(cacheBytes()).toBe(before)
  // Not kept in memory either: asked again, each is rendered again, never served as a cache hit.
  for (const address of unknown(0)) expect((await send(base, { path: address })).headers['x-nextjs-cache']).not.toBe('HIT')
})

test.describe('security headers', () => {
  test('a cached public page: its policy, a short shared-cache life, and the rest', async ({ baseURL }) => {
    const answer = await send(baseURL ?? '', { path: county })
    expect(answer.status).toBe(200)
    const csp = String(answer.headers['content-security-policy'])
    for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'", "script-src 'self' 'unsafe-inline'"]) {
      expect(csp).toContain(directive)
    }
    const cacheControl = String(answer.headers['cache-control'])
    const sMaxAge = Number(/s-maxage=(\d+)/.exec(cacheControl)?.[1])
    expect(sMaxAge).toBeGreaterThan(0)
    expect(sMaxAge).toBeLessThanOrEqual(60)
    expect(cacheControl).toMatch(/stale-while-revalidate=\d+/)
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(answer.headers['permissions-policy']).toContain('camera=()')
    expect(answer.headers['strict-transport-security']).toBeUndefined()
  })

  test('the sign-in page: a nonce for scripts, no unsafe-inline, never cached', async ({ baseURL }) => {
    const first = await send(baseURL ?? '', { path: `${county}/login` })
    const second = await send(baseURL ?? '', { path: `${county}/login` })
    const policy = String(first.headers['content-security-policy'])
    const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? ''
    expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/)
    expect(scripts).not.toContain('unsafe-inline')
    expect(second.headers['content-security-policy']).not.toBe(policy)
    // Next put the nonce on its own scripts.
    const nonce = /'nonce-([^']+)'/.exec(scripts)?.[1] ?? ''
    expect(first.body).toContain(`nonce="${nonce}"`)
    expect(String(first.headers['cache-control'])).toContain('no-store')
  })

  test('over HTTPS (as the proxy in front says), browsers are told to stay on it', async ({ baseURL }) => {
    const answer = await send(baseURL ?? '', { path: county, headers: { 'X-Forwarded-Proto': 'https' } })
    expect(answer.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/)
  })

  test('files served by the API are never sniffed or run', async ({ baseURL, request }) => {
    const tenants = await request.get('/api/tenants?where[slug][equals]=example-county&limit=1&depth=0', { headers: asAdmin() })
    const tenant = ((await tenants.json()) as { docs: { id: number }[] }).docs[0]?.id
    // A PNG (1×1) sent under an .html name: stored and served as the image it is.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYGAAAAAEAAH2FzhVAAAAAElFTkSuQmCC', 'base64')
    const uploaded = await request.post('/api/media', {
      headers: asAdmin(),
      multipart: {
        file: { name: `page-${Date.now()}.html`, mimeType: 'text/html', buffer: png },
        _payload: JSON.stringify({ alt: 'A dot', tenant }),
      },
    })
    expect(uploaded.status(), await uploaded.text()).toBe(201)
    const { doc } = (await uploaded.json()) as { doc: { id: number; url: string; filename: string } }
    expect(doc.filename).toMatch(/\.png$/)
    const file = await send(baseURL ?? '', { path: new URL(doc.url, baseURL).pathname })
    await deleteOrFail(request, `/api/media/${doc.id}`, adminJwt)
    expect(file.status).toBe(200)
    expect(file.headers['x-content-type-options']).toBe('nosniff')
    expect(String(file.headers['content-security-policy'])).toContain('sandbox')
  })
})

/** Collects every CSP violation the page reports, from the first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = []
  await page.exposeFunction('__reportViolation', (text: string) => seen.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation
      report(`${event.violatedDirective} ${event.blockedURI} at ${document.location.pathname}`)
    })
  })
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|frame)/i.test(message.text())) seen.push(message.text())
  })
  return seen
}

test.describe('no page breaks its own policy', () => {
  test('public pages and sign-in, on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    const violations = await watchViolations(page)
    await page.goto(county)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.goto(`${county}/rules-of-engagement`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.goto(`${county}/login`)
    await expect(page.getByLabel('Email address')).toBeVisible()
    // A sign-in attempt runs the page's scripts (the form is enhanced by React).
    await page.getByLabel('Email address').fill('nobody@example.org')
    await page.getByLabel('Password').fill('not-the-password')
    await page.getByRole('button', { name: /sign in/i }).click()
    await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible()
    expect(violations).toEqual([])
  })

  test('the admin: log in and open a page', async ({ page }) => {
    test.setTimeout(90_000)
    const violations = await watchViolations(page)
    const { email, password } = adminCredentials()
    await page.goto('/admin/login')
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Login' }).click()
    await completeAdminSecondStep(page, email)
    await expect(page.getByRole('link', { name: 'Tenants' }).first()).toBeVisible()
    await page.goto('/admin/collections/pages', { waitUntil: 'domcontentloaded' })
    await page.getByRole('row').nth(1).getByRole('link').first().click()
    await expect(page.getByLabel('Title').first()).toBeVisible({ timeout: 20_000 })
    expect(violations).toEqual([])
  })
})
