import type { Endpoint, PayloadRequest } from 'payload'

import { enqueueEmail } from '@/collections/EmailOutbox/enqueue'

import type { User } from '@/payload-types'

import { accountNoticeTenant, tokenHash } from '../hooks/credentialNotices'

/*
 * GET/POST /api/users/email-change?token=… — the link mailed to the OLD address when the owner
 * asks to change it (hooks/credentialNotices.ts). GET only shows what will happen and a button
 * (mail scanners open links; a GET must change nothing); POST applies the change, as the server,
 * and tells both addresses. A wrong, used or expired token is a 400 saying so.
 */

const page = (status: number, title: string, body: string): Response =>
  new Response(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><main><h1>${title}</h1>${body}</main></body></html>`,
    { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } },
  )

async function pendingFor(req: PayloadRequest, token: string | null) {
  if (!token || !/^[0-9a-f]{64}$/.test(token)) return null
  const found = await req.payload.find({
    collection: 'users',
    where: { and: [{ emailChangeTokenHash: { equals: tokenHash(token) } }, { emailChangeExpiresAt: { greater_than: new Date().toISOString() } }] },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    showHiddenFields: true,
  })
  const user = found.docs[0] as (Pick<User, 'id' | 'email' | 'tenants'> & { pendingEmail?: string | null }) | undefined
  return user && user.pendingEmail ? { id: user.id, email: user.email, pendingEmail: user.pendingEmail, tenant: accountNoticeTenant(user) } : null
}

const refused = () => page(400, 'This link does not work', '<p>It was already used, has expired (after 24 hours), or was replaced by a newer request. Nothing was changed.</p>')

export const emailChangeEndpoint: Endpoint = {
  path: '/email-change',
  method: 'get',
  handler: async (req) => {
    const token = new URL(req.url ?? '', 'http://local').searchParams.get('token')
    if (!(await pendingFor(req, token))) return refused()
    return page(
      200,
      'Confirm the new email address',
      `<p>Confirming moves your account's sign-in and email to the new address. The old address will be told it happened.</p><form method="post"><input type="hidden" name="token" value="${token}"><button type="submit">Confirm the change</button></form>`,
    )
  },
}

export const confirmEmailChangeEndpoint: Endpoint = {
  path: '/email-change',
  method: 'post',
  handler: async (req) => {
    const form = req.formData ? await req.formData().catch(() => null) : null
    const value = form?.get('token')
    const pending = await pendingFor(req, typeof value === 'string' ? value : null)
    if (!pending) return refused()
    const taken = await req.payload.count({ collection: 'users', where: { email: { equals: pending.pendingEmail } }, overrideAccess: true })
    if (taken.totalDocs > 0) return page(409, 'This address is already in use', '<p>Another account uses that address now. Nothing was changed.</p>')
    // As the server (no user): the owner-only guards apply to signed-in callers, and this is the owner's proof.
    await req.payload.update({
      collection: 'users',
      id: pending.id,
      data: { email: pending.pendingEmail, pendingEmail: null, emailChangeTokenHash: null, emailChangeExpiresAt: null },
      overrideAccess: true,
      depth: 0,
    })
    await enqueueEmail(req.payload, { template: 'email-changed', to: [pending.email, pending.pendingEmail], tenant: pending.tenant, params: {}, priority: 'account' })
    return page(200, 'Your email address was changed', '<p>Sign in with the new address from now on.</p>')
  },
}
