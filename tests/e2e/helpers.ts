import type { APIRequestContext } from '@playwright/test'

/** The platform admin that `npm test` seeds (SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD). */
export function adminCredentials(): { email: string; password: string } {
  const email = process.env.E2E_ADMIN_EMAIL
  const password = process.env.E2E_ADMIN_PASSWORD
  if (!email || !password) throw new Error('E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD must be set (npm test sets them).')
  return { email, password }
}

/** Logs in through the REST API and returns the JWT for Authorization headers. */
export async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/users/login', { data: adminCredentials() })
  if (!response.ok()) throw new Error(`Admin login failed: ${response.status()} ${await response.text()}`)
  const body = (await response.json()) as { token?: string }
  if (!body.token) throw new Error('Admin login returned no token')
  return body.token
}

type Captured = { to: string[]; subject: string; html?: string; receivedAt: string }

/** Polls the Resend capture server (CAPTURE_URL) until an email to `to` arrives. */
export async function waitForEmailTo(to: string, timeoutMs = 15_000): Promise<Captured> {
  const captureUrl = process.env.CAPTURE_URL
  if (!captureUrl) throw new Error('CAPTURE_URL must be set (npm test starts the capture server).')
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const response = await fetch(`${captureUrl}/__captured`)
    const emails = (await response.json()) as Captured[]
    const match = emails.find((email) => email.to.includes(to))
    if (match) return match
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`No email to ${to} reached the capture server within ${timeoutMs} ms`)
}
