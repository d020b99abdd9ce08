/**
 * "Resend invitation": the old link stops working and a new one with a fresh expiry goes out, as
 * the caller, only for their own tenant's pending (or expired) invitations.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { readInvitation } from '@/data/invitations'
import type { Site } from '@/data/site'
import type { Tenant } from '@/payload-types'
import { deliverOutbox } from '@/collections/EmailOutbox/deliver'

import { rest } from '../helpers/apiClient'
import { PASSWORD, createMember, createTenant, ensureSeeded } from '../helpers/contacts'
import { siteFor, testPayload, uniqueSuffix } from '../helpers/payload'

let payload: Payload
const suffix = uniqueSuffix()
let A: Tenant
let B: Tenant
let siteA: Site
const address = (label: string) => `res-${label}-${suffix}@example.org`
const tokens = { adminA: '', adminB: '' }

async function login(email: string): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
  if (!token) throw new Error(`no token for ${email}`)
  return token
}
async function linkTokenTo(email: string): Promise<{ token: string; count: number }> {
  // Queued mail is rendered when the outbox sends it (without a Resend key it keeps the rendering).
  await deliverOutbox(payload)
  const sent = await payload.find({ collection: 'email-outbox', where: { to: { equals: email } }, sort: '-createdAt', limit: 10, overrideAccess: true })
  const token = /\/invitation\/([A-Za-z0-9_-]{43})/.exec(sent.docs[0]?.html ?? '')?.[1]
  if (!token) throw new Error(`no link to ${email}`)
  return { token, count: sent.totalDocs }
}
const invite = (email: string) =>
  payload.create({ collection: 'invitations', overrideAccess: true, data: { email, tenant: A.id, role: 'councillor', name: 'Res Name', ward: 'Res Ward', status: 'pending' } })

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  A = await createTenant(payload, { slug: `res-a-${suffix}`, nation: 'england' })
  B = await createTenant(payload, { slug: `res-b-${suffix}`, nation: 'england' })
  await createMember(payload, address('admin-a'), [{ tenant: A.id, roles: ['tenant-admin'] }])
  await createMember(payload, address('admin-b'), [{ tenant: B.id, roles: ['tenant-admin'] }])
  tokens.adminA = await login(address('admin-a'))
  tokens.adminB = await login(address('admin-b'))
  siteA = await siteFor(A.slug, 'en')
}, 120_000)

describe('resend', () => {
  it('sends a new link and the old one stops working; name, ward and role are kept', async () => {
    const first = await invite(address('lost'))
    const before = await linkTokenTo(address('lost'))
    expect(await readInvitation(siteA, before.token)).not.toBeNull()
    const response = await rest('POST', `invitations/${first.id}/resend`, { token: tokens.adminA })
    expect(response.status).toBe(200)
    const after = await linkTokenTo(address('lost'))
    expect(after.count).toBe(before.count + 1)
    expect(after.token).not.toBe(before.token)
    expect(await readInvitation(siteA, before.token)).toBeNull()
    expect(await readInvitation(siteA, after.token)).toMatchObject({ email: address('lost'), role: 'councillor' })
    const fresh = await payload.findByID({ collection: 'invitations', id: Number(response.json.id), overrideAccess: true, depth: 0 })
    expect(fresh).toMatchObject({ status: 'pending', name: 'Res Name', ward: 'Res Ward' })
    expect((await payload.findByID({ collection: 'invitations', id: first.id, overrideAccess: true })).status).toBe('revoked')
  })

  it('another tenant\'s admin gets a 404 and changes nothing; anonymous a 401', async () => {
    const doc = await invite(address('theirs'))
    expect((await rest('POST', `invitations/${doc.id}/resend`, { token: tokens.adminB })).status).toBe(404)
    expect((await rest('POST', `invitations/${doc.id}/resend`)).status).toBe(401)
    expect((await payload.findByID({ collection: 'invitations', id: doc.id, overrideAccess: true })).status).toBe('pending')
  })

  it('a revoked or accepted invitation is not resent', async () => {
    const doc = await invite(address('revoked'))
    await payload.update({ collection: 'invitations', id: doc.id, data: { status: 'revoked' }, overrideAccess: true })
    const response = await rest('POST', `invitations/${doc.id}/resend`, { token: tokens.adminA })
    expect(response.status).toBe(409)
  })
})
