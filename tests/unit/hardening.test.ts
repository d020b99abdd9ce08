import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { isValidId, whereProblem } from '@/hooks/refuseMalformedQueries'
import { MAX_ACTION_FETCH_BYTES, refuseBadFormPost, refuseForeignOrigin } from '@/lib/formPost'
import { refusePostOnly } from '@/lib/postOnlyRoutes'
import { contentSecurityPolicy, proxyCacheUntilNextSecond, routeKind } from '@/lib/securityHeaders'
import { postedActionId } from '@/i18n/staleAction'

const PAGE = 'http://portal.test/example-county/en/login'

describe('proxyCacheUntilNextSecond', () => {
  // nginx keeps a copy while its clock's whole second is at most this one: it ends at the next second boundary.
  it('names the current Unix second, whatever the milliseconds', () => {
    expect(proxyCacheUntilNextSecond(1_765_000_000_000)).toBe('@1765000000')
    expect(proxyCacheUntilNextSecond(1_765_000_000_999)).toBe('@1765000000')
    expect(proxyCacheUntilNextSecond(1_765_000_001_000)).toBe('@1765000001')
  })
})

describe('routeKind', () => {
  it.each([
    ['/example-county/en/login', 'personal'],
    ['/example-county/cy/members/safety', 'personal'],
    ['/example-county/en', 'cached'],
    ['/example-county/en/wellbeing', 'cached'],
    ['/', 'cached'],
    ['/example-county', 'route'],
    ['/example-county/en/contacts/vcard', 'route'],
    ['/example-county/en/rules-of-engagement/infographic.png', 'route'],
    ['/preview/example-county/en/12', 'preview'],
    ['/admin/collections/pages', 'admin'],
    ['/api/media/file/x.png', 'api'],
  ] as const)('%s is %s', (path, kind) => expect(routeKind(path)).toBe(kind))

  it('gives personal pages a nonce and no unsafe-inline for scripts; cached pages the fixed directives', () => {
    const personal = contentSecurityPolicy('personal', 'abc123')
    expect(/script-src ([^;]*)/.exec(personal)?.[1]).toBe("'self' 'nonce-abc123' 'strict-dynamic'")
    const cached = contentSecurityPolicy('cached')
    for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) expect(cached).toContain(directive)
    expect(contentSecurityPolicy('preview')).toContain("frame-ancestors 'self'")
  })
})

describe('refuseForeignOrigin', () => {
  const post = (headers: Record<string, string>) => new Request(PAGE, { method: 'POST', headers: { host: 'portal.test', ...headers } })
  it('lets a same-site POST and one without Origin through', () => {
    expect(refuseForeignOrigin(post({ origin: 'http://portal.test' }))).toBeNull()
    expect(refuseForeignOrigin(post({}))).toBeNull()
  })
  it('refuses another site, a forwarded host that differs, and an unreadable Origin with 403', () => {
    expect(refuseForeignOrigin(post({ origin: 'https://attacker.example' }))?.status).toBe(403)
    expect(refuseForeignOrigin(post({ origin: 'http://portal.test', 'x-forwarded-host': 'other.test' }))?.status).toBe(403)
    expect(refuseForeignOrigin(post({ origin: 'null' }))?.status).toBe(403)
  })
})

describe('a server action called with JavaScript', () => {
  const call = (body: string, type = 'text/plain;charset=UTF-8', length = String(Buffer.byteLength(body))) =>
    new Request(PAGE, { method: 'POST', body, headers: { 'next-action': '7c21', 'content-type': type, 'content-length': length } })
  it('passes what React sends, refuses an unreadable body (400) and one over the limit (413)', async () => {
    expect(await refuseBadFormPost(call('["example-county","en"]'))).toBeNull()
    expect((await refuseBadFormPost(call('{{{')))?.status).toBe(400)
    expect((await refuseBadFormPost(call('garbage', 'multipart/form-data; boundary=xyz')))?.status).toBe(400)
    expect((await refuseBadFormPost(call('[]', undefined, String(MAX_ACTION_FETCH_BYTES + 1))))?.status).toBe(413)
  })
})

describe('postedActionId', () => {
  it('reads the action a no-JavaScript form names, either way React writes it', () => {
    const plain = new FormData()
    plain.set('$ACTION_ID_40abc', '')
    expect(postedActionId(plain)).toBe('40abc')
    const bound = new FormData()
    bound.set('$ACTION_REF_1', '')
    bound.set('$ACTION_1:0', '{"id":"7c21","bound":"$@1"}')
    expect(postedActionId(bound)).toBe('7c21')
    expect(postedActionId(new FormData())).toBeNull()
  })
})

describe('refusePostOnly', () => {
  const users = new Set(['users'])
  it('answers 405 for a GET of a POST-only auth operation, nothing else', () => {
    expect(refusePostOnly('GET', ['users', 'logout'], users)?.status).toBe(405)
    expect(refusePostOnly('DELETE', ['users', 'refresh-token'], users)?.headers.get('allow')).toBe('POST')
    expect(refusePostOnly('POST', ['users', 'logout'], users)).toBeNull()
    expect(refusePostOnly('GET', ['users', 'me'], users)).toBeNull()
    expect(refusePostOnly('GET', ['pages', 'logout'], users)).toBeNull()
  })
})

describe('query shapes', () => {
  const fields = [
    { name: 'title', type: 'text' },
    { name: 'tenant', type: 'relationship', relationTo: 'tenants' },
    { name: 'location', type: 'point' },
  ] as FlattenedField[]
  it('knows an id', () => {
    expect([1, '42', 2_147_483_647].map(isValidId)).toEqual([true, true, true])
    expect([0, -1, 1.5, Number.NaN, 2_147_483_648, 'abc', '1e3'].map(isValidId)).toEqual([false, false, false, false, false, false, false])
  })
  it('refuses values PostgreSQL cannot compare, however deep', () => {
    expect(whereProblem({ id: { in: 'abc' } }, fields)).toMatch(/ids are whole numbers/)
    expect(whereProblem({ or: [{ and: [{ tenant: { in: ['x', 'y'] } }] }] }, fields)).toMatch(/holds numbers/)
    expect(whereProblem({ title: { near: '1,2' } }, fields)).toMatch(/only a point field/)
    expect(whereProblem({ location: { near: 'a,b' } }, fields)).toMatch(/longitude,latitude/)
    expect(whereProblem({ location: { near: '-3.1,51.5,1000' }, tenant: { in: [1, '2'] }, title: { like: 'x' } }, fields)).toBeNull()
    // A path into the related document compares that document's field.
    expect(whereProblem({ 'tenant.kind': { equals: 'council' }, 'tenant.slug': { in: ['a', 'b'] } }, fields)).toBeNull()
  })
})
