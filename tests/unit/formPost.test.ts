import { describe, expect, it } from 'vitest'

import { MAX_FORM_POST_BYTES, refuseBadFormPost } from '@/lib/formPost'

const PAGE = 'http://localhost/example-county/en/rules-of-engagement'

/** A POST as a browser sends it: the body's real length in Content-Length. */
async function post(body: BodyInit | null, headers: Record<string, string> = {}): Promise<Request> {
  const probe = new Request(PAGE, { method: 'POST', body })
  const bytes = new Uint8Array(await probe.arrayBuffer())
  const type = headers['content-type'] ?? probe.headers.get('content-type')
  return new Request(PAGE, {
    method: 'POST',
    body: bytes.length > 0 ? bytes : null,
    headers: { ...(type ? { 'content-type': type } : {}), 'content-length': String(bytes.length), ...headers },
  })
}

function ourForm(): FormData {
  const form = new FormData()
  form.set('$ACTION_REF_1', '')
  form.set('$ACTION_1:0', '{"id":"40abc","bound":"$@1"}')
  form.set('$ACTION_KEY', 'k1')
  form.set('name', '<b>Sam</b>')
  form.append('platform', 'x')
  return form
}

async function statusOf(request: Request): Promise<number | null> {
  return (await refuseBadFormPost(request))?.status ?? null
}

describe('refuseBadFormPost', () => {
  it('lets the builder form (a multipart server-action post) and every GET through', async () => {
    expect(await statusOf(await post(ourForm()))).toBeNull()
    expect(await statusOf(new Request(PAGE))).toBeNull()
  })

  it('refuses a body that is not multipart with 415', async () => {
    expect(await statusOf(await post(null))).toBe(415)
    expect(await statusOf(await post('name=x', { 'content-type': 'application/x-www-form-urlencoded' }))).toBe(415)
    expect(await statusOf(await post('{"name":"x"}', { 'content-type': 'application/json' }))).toBe(415)
    expect(await statusOf(await post('name=x', { 'content-type': 'text/plain' }))).toBe(415)
  })

  it('refuses a body over the limit with 413, naming the limit, before reading it', async () => {
    const form = ourForm()
    form.set('name', 'x'.repeat(MAX_FORM_POST_BYTES))
    const refused = await refuseBadFormPost(await post(form))
    expect(refused?.status).toBe(413)
    expect(await refused?.text()).toContain(String(MAX_FORM_POST_BYTES))
  })

  it('refuses a multipart body that cannot be parsed, or that names no action, with 400', async () => {
    expect(await statusOf(await post('--zzz\r\nnonsense', { 'content-type': 'multipart/form-data; boundary=zzz' }))).toBe(400)
    const plain = new FormData()
    plain.set('name', 'Sam')
    expect(await statusOf(await post(plain))).toBe(400)
  })

  it('asks for a length when there is none', async () => {
    const request = await post(ourForm())
    const headers = new Headers(request.headers)
    headers.delete('content-length')
    expect(await statusOf(new Request(PAGE, { method: 'POST', headers, body: await request.arrayBuffer() }))).toBe(411)
  })
})
