import { describe, expect, it } from 'vitest'

import { POST as graphqlPost } from '@/app/(payload)/api/graphql/route'
import { POST as restPost } from '@/app/(payload)/api/[...slug]/route'

import { testPayload } from '../helpers/payload'

function restRequest(path: string, address: string, body: unknown): [Request, { params: Promise<{ slug: string[] }> }] {
  const request = new Request(`http://localhost:3000/api/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
    body: JSON.stringify(body),
  })
  return [request, { params: Promise.resolve({ slug: path.split('/') }) }]
}

describe('per-address limits on login and forgot-password', () => {
  it('answers 429 with Retry-After after 5 reset requests from one address, not from another', async () => {
    await testPayload()
    const statuses: number[] = []
    for (let attempt = 0; attempt < 6; attempt++) {
      const response = await restPost(...restRequest('users/forgot-password', '203.0.113.10', { email: 'nobody@example.org' }))
      statuses.push(response.status)
    }
    expect(statuses.slice(0, 5).every((status) => status === 200)).toBe(true)
    expect(statuses[5]).toBe(429)

    const limited = await restPost(...restRequest('users/forgot-password', '203.0.113.10', { email: 'nobody@example.org' }))
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
    const other = await restPost(...restRequest('users/forgot-password', '203.0.113.11', { email: 'nobody@example.org' }))
    expect(other.status).toBe(200)
  })

  it('answers 429 after 20 login attempts from one address', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt < 21; attempt++) {
      const response = await restPost(...restRequest('users/login', '203.0.113.20', { email: 'nobody@example.org', password: 'wrong' }))
      statuses.push(response.status)
    }
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true)
    expect(statuses[20]).toBe(429)
  })

  it('applies the same limit to the GraphQL loginUser mutation', async () => {
    const query = 'mutation { loginUser(email: "nobody@example.org", password: "wrong") { token } }'
    const send = () =>
      graphqlPost(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.30' },
          body: JSON.stringify({ query }),
        }),
      )
    for (let attempt = 0; attempt < 20; attempt++) expect((await send()).status).not.toBe(429)
    const limited = await send()
    expect(limited.status).toBe(429)
    expect(await limited.json()).toMatchObject({ errors: [{ message: expect.stringMatching(/Too many attempts/) }] })
  })

  it('does not throttle other POSTs', async () => {
    for (let attempt = 0; attempt < 25; attempt++) {
      const response = await restPost(...restRequest('users/logout', '203.0.113.40', {}))
      expect(response.status).not.toBe(429)
    }
  })
})
