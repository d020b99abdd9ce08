/**
 * Invitations: who may invite whom to which tenant (Local API with `overrideAccess: false` and
 * REST), and the link's token: stored hashed, opened without effect, used once, expiring,
 * revocable, only on its own tenant's site.
 */
import type { Payload, TypedUser } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { deliverOutbox } from '@/collections/EmailOutbox/deliver'
import { acceptInvitation, readInvitation } from '@/data/invitations'
import type { Site } from '@/data/site'
import type { Invitation, Tenant, User } from '@/payload-types'

import { rest } from '../helpers/apiClient'
import { authHeader, createMember, createTenant, ensureSeeded, fieldErrors } from '../helpers/contacts'
import { siteFor, testPayload, uniqueSuffix } from '../helpers/payload'

let payload: Payload
const suffix = uniqueSuffix()
let A: Tenant
let B: Tenant
let siteA: Site
let siteB: Site
type Who = 'tenantAdminA' | 'editorA' | 'officerA' | 'councillorA' | 'candidateA' | 'tenantAdminB' | 'platformAdmin'
const users = {} as Record<Who, TypedUser>

/** What a caller sends; the status is the server's to set (and is reset to pending whatever is sent). */
const sent = (email: string, tenant: Tenant, role: Invitation['role'] = 'councillor') => ({ email, tenant: tenant.id, role, status: 'pending' as const })
const asTyped = (user: User): TypedUser => ({ ...user, collection: 'users' }) as TypedUser
const address = (label: string) => `inv-${label}-${suffix}@example.org`

/** Invites as `who` (access applied), and returns the invitation and the token from its email. */
async function invite(who: Who, tenant: Tenant, email: string, role: Invitation['role'] = 'councillor'): Promise<{ doc: Invitation; token: string; link: string }> {
  const doc = await payload.create({ collection: 'invitations', data: sent(email, tenant, role), overrideAccess: false, user: users[who] })
  // Queued with the invitation; sent (here: kept on the row, as without RESEND_API_KEY) by the outbox's job.
  await deliverOutbox(payload)
  const outbox = await payload.find({ collection: 'email-outbox', where: { to: { equals: email } }, sort: '-createdAt', limit: 1, overrideAccess: true })
  const html = outbox.docs[0]?.html ?? ''
  const link = /href="([^"]*\/invitation\/[^"]+)"/.exec(html)?.[1]
  const token = link?.split('/invitation/')[1]
  if (!link || !token) throw new Error(`no invitation link in the email to ${email}`)
  return { doc, token, link }
}

async function refusal(write: Promise<unknown>): Promise<string> {
  try {
    await write
  } catch (error) {
    return (error as Error).constructor.name + ':' + String((error as { status?: number }).status ?? '')
  }
  return 'allowed'
}

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  A = await createTenant(payload, { slug: `inv-a-${suffix}`, nation: 'england' })
  B = await createTenant(payload, { slug: `inv-b-${suffix}`, nation: 'england' })
  const member = async (label: string, tenant: Tenant, role: 'tenant-admin' | 'editor' | 'officer' | 'councillor' | 'candidate') =>
    asTyped(await createMember(payload, address(label), [{ tenant: tenant.id, roles: [role] }]))
  users.tenantAdminA = await member('admin-a', A, 'tenant-admin')
  users.editorA = await member('editor-a', A, 'editor')
  users.officerA = await member('officer-a', A, 'officer')
  users.councillorA = await member('councillor-a', A, 'councillor')
  users.candidateA = await member('candidate-a', A, 'candidate')
  users.tenantAdminB = await member('admin-b', B, 'tenant-admin')
  users.platformAdmin = asTyped(
    await payload.create({ collection: 'users', overrideAccess: true, data: { email: address('platform'), password: `pw-${suffix}-long-enough`, roles: ['platform-admin'] } }),
  )
  siteA = await siteFor(A.slug, 'en')
  siteB = await siteFor(B.slug, 'en')
}, 120_000)

describe('who may invite', () => {
  it('a tenant admin invites to their own tenant; the email links to its site', async () => {
    const { doc, link } = await invite('tenantAdminA', A, address('new-1'))
    expect(doc.status).toBe('pending')
    expect(typeof doc.invitedBy === 'object' ? doc.invitedBy?.id : doc.invitedBy).toBe(users.tenantAdminA.id)
    expect(Date.parse(doc.expiresAt ?? '') - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000)
    expect(link).toMatch(new RegExp(`/${A.slug}/en/invitation/[A-Za-z0-9_-]{43}$`))
  })

  it('a tenant admin cannot invite to another tenant, whatever tenant id they send', async () => {
    const errors = await fieldErrors(() => payload.create({ collection: 'invitations', data: sent(address('x'), B), overrideAccess: false, user: users.tenantAdminA }))
    expect(errors.map((e) => e.path)).toEqual(['tenant'])
  })

  it.each(['editorA', 'officerA', 'councillorA', 'candidateA'] as const)('%s invites nobody', async (who) => {
    expect(await refusal(payload.create({ collection: 'invitations', data: sent(address(`by-${who}`), A), overrideAccess: false, user: users[who] }))).toMatch(/Forbidden/)
  })

  it('anonymous REST callers invite nobody and read none', async () => {
    const created = await rest('POST', 'invitations', { body: { email: address('anon'), tenant: A.id, role: 'councillor' } })
    expect([401, 403]).toContain(created.status)
    const list = await rest('GET', 'invitations')
    expect([401, 403]).toContain(list.status)
  })

  it('a platform admin invites to any tenant', async () => {
    const { doc } = await invite('platformAdmin', B, address('by-platform'))
    expect(doc.status).toBe('pending')
  })

  it('each tenant admin reads only their tenant\'s invitations, never a token hash; other roles none', async () => {
    await invite('tenantAdminB', B, address('b-only'))
    const ofA = await payload.find({ collection: 'invitations', overrideAccess: false, user: users.tenantAdminA, limit: 100 })
    expect(ofA.docs.length).toBeGreaterThan(0)
    expect(ofA.docs.every((doc) => (typeof doc.tenant === 'object' ? doc.tenant?.id : doc.tenant) === A.id)).toBe(true)
    expect(ofA.docs.some((doc) => 'tokenHash' in doc && doc.tokenHash)).toBe(false)
    const viaRest = await rest('GET', 'invitations', { query: { limit: '100' }, token: (await authHeader(payload, address('admin-a'))).Authorization?.replace('JWT ', '') })
    expect(viaRest.status).toBe(200)
    expect(JSON.stringify(viaRest.json)).not.toContain('tokenHash')
    expect(JSON.stringify(viaRest.json)).not.toContain(address('b-only'))
    for (const who of ['editorA', 'officerA', 'councillorA', 'candidateA'] as const) {
      expect(await refusal(payload.find({ collection: 'invitations', overrideAccess: false, user: users[who] }))).toMatch(/Forbidden/)
    }
  })

  it('an editor\'s or officer\'s link goes to the portal\'s host even when the tenant has its own domain', async () => {
    const withDomain = await createTenant(payload, { slug: `inv-d-${suffix}`, nation: 'england' })
    await payload.update({ collection: 'tenants', id: withDomain.id, data: { domains: [{ domain: `inv-${suffix}.example.org` }] }, overrideAccess: true })
    const councillor = await invite('platformAdmin', withDomain, address('d-cllr'), 'councillor')
    expect(councillor.link).toMatch(new RegExp(`//inv-${suffix}\\.example\\.org(:\\d+)?/en/invitation/`))
    const officer = await invite('platformAdmin', withDomain, address('d-officer'), 'officer')
    expect(new URL(officer.link).pathname).toMatch(new RegExp(`^/${withDomain.slug}/en/invitation/`))
    expect(new URL(officer.link).hostname).not.toContain('example.org')
  })
})

describe('the link', () => {
  it('opening it changes nothing', async () => {
    const { doc, token } = await invite('tenantAdminA', A, address('open'))
    const before = await payload.findByID({ collection: 'invitations', id: doc.id, overrideAccess: true })
    expect(await readInvitation(siteA, token)).toEqual({ email: address('open'), role: 'councillor', existingAccount: false })
    expect(await readInvitation(siteA, token)).not.toBeNull()
    const after = await payload.findByID({ collection: 'invitations', id: doc.id, overrideAccess: true })
    expect(after).toEqual(before)
    expect((await payload.count({ collection: 'users', where: { email: { equals: address('open') } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('works once: the account is made with the role, and the same token then does nothing', async () => {
    const { doc, token } = await invite('tenantAdminA', A, address('once'), 'candidate')
    expect(await acceptInvitation(siteA, token, 'a-long-enough-password')).toEqual({ ok: true, email: address('once'), role: 'candidate' })
    const user = (await payload.find({ collection: 'users', where: { email: { equals: address('once') } }, overrideAccess: true })).docs[0]
    expect(user?.tenants?.map((m) => [typeof m.tenant === 'object' ? m.tenant.id : m.tenant, m.roles])).toEqual([[A.id, ['candidate']]])
    expect((await payload.login({ collection: 'users', data: { email: address('once'), password: 'a-long-enough-password' } })).token).toBeTruthy()
    expect((await payload.findByID({ collection: 'invitations', id: doc.id, overrideAccess: true })).status).toBe('accepted')
    expect(await acceptInvitation(siteA, token, 'another-long-password')).toEqual({ ok: false })
    expect(await readInvitation(siteA, token)).toBeNull()
  })

  it('two posts at once: only one wins', async () => {
    const { token } = await invite('tenantAdminA', A, address('race'))
    const results = await Promise.allSettled([acceptInvitation(siteA, token, 'first-long-password'), acceptInvitation(siteA, token, 'second-long-password')])
    const wins = results.filter((r) => r.status === 'fulfilled' && r.value.ok)
    expect(wins).toHaveLength(1)
    expect((await payload.count({ collection: 'users', where: { email: { equals: address('race') } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('is refused on another tenant\'s site, and for a token that is wrong or malformed', async () => {
    const { token } = await invite('tenantAdminA', A, address('elsewhere'))
    expect(await readInvitation(siteB, token)).toBeNull()
    expect(await acceptInvitation(siteB, token, 'a-long-enough-password')).toEqual({ ok: false })
    expect(await readInvitation(siteA, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeNull()
    expect(await readInvitation(siteA, 'not-a-token')).toBeNull()
    expect(await readInvitation(siteA, token)).not.toBeNull()
  })

  it('expires', async () => {
    const { doc, token } = await invite('tenantAdminA', A, address('expired'))
    await payload.update({ collection: 'invitations', id: doc.id, data: { expiresAt: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    expect(await readInvitation(siteA, token)).toBeNull()
    expect(await acceptInvitation(siteA, token, 'a-long-enough-password')).toEqual({ ok: false })
  })

  it('the tenant\'s setting decides how long it works', async () => {
    await payload.update({ collection: 'tenants', id: B.id, data: { invitationValidDays: 2 }, overrideAccess: true })
    const { doc } = await invite('tenantAdminB', B, address('two-days'))
    const days = (Date.parse(doc.expiresAt ?? '') - Date.now()) / (24 * 3600 * 1000)
    expect(days).toBeGreaterThan(1.9)
    expect(days).toBeLessThan(2.1)
  })

  it('never moves to another tenant: a tenant admin cannot carry their own invitation into a council they do not administer', async () => {
    const email = address('moved')
    const { doc, token } = await invite('tenantAdminA', A, email, 'tenant-admin')
    for (const who of ['tenantAdminA', 'platformAdmin'] as const) {
      const errors = await fieldErrors(() => payload.update({ collection: 'invitations', id: doc.id, data: { tenant: B.id }, overrideAccess: false, user: users[who] }))
      expect(errors.map((e) => e.path)).toEqual(['tenant'])
    }
    const stored = await payload.findByID({ collection: 'invitations', id: doc.id, depth: 0, overrideAccess: true })
    expect(stored.tenant).toBe(A.id)
    expect(await readInvitation(siteB, token)).toBeNull()
    expect(await acceptInvitation(siteB, token, 'a-long-enough-password')).toEqual({ ok: false })
  })

  it('a tenant admin revokes it; no other status can be set by hand', async () => {
    const { doc, token } = await invite('tenantAdminA', A, address('revoked'))
    const errors = await fieldErrors(() => payload.update({ collection: 'invitations', id: doc.id, data: { status: 'accepted' }, overrideAccess: false, user: users.tenantAdminA }))
    expect(errors.map((e) => e.path)).toEqual(['status'])
    expect(await refusal(payload.update({ collection: 'invitations', id: doc.id, data: { status: 'revoked' }, overrideAccess: false, user: users.tenantAdminB }))).not.toBe('allowed')
    await payload.update({ collection: 'invitations', id: doc.id, data: { status: 'revoked' }, overrideAccess: false, user: users.tenantAdminA })
    expect(await readInvitation(siteA, token)).toBeNull()
    expect(await acceptInvitation(siteA, token, 'a-long-enough-password')).toEqual({ ok: false })
  })

  it('inviting an existing user adds the membership to their account instead of a second account', async () => {
    const existing = await createMember(payload, address('existing'), [{ tenant: B.id, roles: ['councillor'] }])
    const { token } = await invite('tenantAdminA', A, address('existing'), 'councillor')
    expect((await readInvitation(siteA, token))?.existingAccount).toBe(true)
    expect((await acceptInvitation(siteA, token, 'a-long-enough-password')).ok).toBe(true)
    const after = await payload.findByID({ collection: 'users', id: existing.id, overrideAccess: true, depth: 0 })
    expect(after.tenants?.map((m) => [m.tenant, m.roles])).toEqual([
      [B.id, ['councillor']],
      [A.id, ['councillor']],
    ])
    expect((await payload.count({ collection: 'users', where: { email: { equals: address('existing') } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('refuses a second pending invitation to the same address, and one for a role already held', async () => {
    await invite('tenantAdminA', A, address('twice'))
    const again = await fieldErrors(() => payload.create({ collection: 'invitations', data: sent(address('twice'), A), overrideAccess: false, user: users.tenantAdminA }))
    expect(again.map((e) => e.path)).toEqual(['email'])
    const member = await fieldErrors(() => payload.create({ collection: 'invitations', data: sent(address('councillor-a'), A), overrideAccess: false, user: users.tenantAdminA }))
    expect(member.map((e) => e.path)).toEqual(['email'])
  })
})
