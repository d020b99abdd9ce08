/**
 * No way round the incident log through the account (issue 19, item 4): an owner's change of email
 * address applies only once confirmed from the OLD address, and every password or email change is
 * told to the person, through the outbox, with no secret in the notice.
 */
import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { deliverOutbox } from '@/collections/EmailOutbox/deliver'
import { renderEmail } from '@/email/render'
import type { EmailOutbox } from '@/payload-types'

import { rest } from '../helpers/apiClient'
import { createMember, createTenant, ensureSeeded, PASSWORD } from '../helpers/contacts'
import { testPayload, uniqueSuffix } from '../helpers/payload'

let payload: Payload
const suffix = uniqueSuffix()
const address = (label: string) => `cred-${label}-${suffix}@example.org`
let tenantId: number

async function login(email: string, password = PASSWORD): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  if (!token) throw new Error(`no token for ${email}`)
  return token
}

async function sentTo(email: string, template: string): Promise<EmailOutbox[]> {
  await deliverOutbox(payload)
  const found = await payload.find({ collection: 'email-outbox', where: { and: [{ to: { contains: email } }, { template: { equals: template } }] }, limit: 0, pagination: false, overrideAccess: true, showHiddenFields: true })
  return found.docs
}

async function endpoint(method: 'GET' | 'POST', query: string, form?: Record<string, string>): Promise<{ status: number; text: string }> {
  const { default: config } = await import('@payload-config')
  const handler = method === 'GET' ? REST_GET(config) : REST_POST(config)
  const init: RequestInit = { method }
  if (form) init.body = new URLSearchParams(form)
  const response = await handler(new Request(`http://localhost:3000/api/users/email-change${query}`, init), { params: Promise.resolve({ slug: ['users', 'email-change'] }) })
  return { status: response.status, text: await response.text() }
}

const hiddenOf = async (id: number) =>
  (await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, showHiddenFields: true })) as unknown as {
    email: string
    pendingEmail?: string | null
    emailChangeTokenHash?: string | null
  }

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  tenantId = (await createTenant(payload, { slug: `cred-${suffix}`, nation: 'wales' })).id
}, 300_000)

describe('changing the email address', () => {
  it('is held and confirmed from the old address; only then applied, and both addresses are told', async () => {
    const user = await createMember(payload, address('owner'), [{ tenant: tenantId, roles: ['councillor'] }])
    const token = await login(user.email)
    const wanted = address('new')
    const answer = await rest('PATCH', `users/${user.id}`, { token, body: { email: wanted } })
    expect(answer.status, JSON.stringify(answer.json)).toBe(200)
    // Not applied: the account still signs in and is mailed at the old address.
    const held = await hiddenOf(user.id)
    expect(held.email).toBe(user.email)
    expect(held.pendingEmail).toBe(wanted)
    expect(JSON.stringify(answer.json)).not.toMatch(/pendingEmail|emailChangeTokenHash/)

    const [confirm] = await sentTo(user.email, 'email-change-confirm')
    expect(confirm?.to).toBe(user.email)
    expect(confirm?.secretParams ?? null).toBeNull()
    expect(JSON.stringify(confirm?.params)).not.toMatch(/[0-9a-f]{64}/)
    const link = /email-change\?token=([0-9a-f]{64})/.exec(confirm?.text ?? '')
    expect(link).not.toBeNull()
    const secret = link?.[1] as string
    expect(held.emailChangeTokenHash).not.toBe(secret)
    expect(await sentTo(wanted, 'email-change-confirm')).toEqual([])

    // Opening the link changes nothing (mail scanners open links); the button posts.
    const shown = await endpoint('GET', `?token=${secret}`)
    expect(shown.status).toBe(200)
    expect(shown.text).toContain('Confirm the change')
    expect((await hiddenOf(user.id)).email).toBe(user.email)
    expect((await endpoint('POST', '', { token: 'f'.repeat(64) })).status).toBe(400)

    const done = await endpoint('POST', '', { token: secret })
    expect(done.status).toBe(200)
    const after = await hiddenOf(user.id)
    expect(after.email).toBe(wanted)
    expect(after.pendingEmail ?? null).toBeNull()
    await expect(login(wanted)).resolves.toBeTruthy()
    // The link works once.
    expect((await endpoint('POST', '', { token: secret })).status).toBe(400)

    for (const to of [user.email, wanted]) {
      const [notice] = await sentTo(to, 'email-changed')
      expect(notice?.text).toContain('was changed')
      expect(notice?.text ?? '').not.toContain(secret)
    }
  })

  it('refuses an address another account uses, with the field named', async () => {
    const user = await createMember(payload, address('taken-owner'), [{ tenant: tenantId, roles: ['councillor'] }])
    const other = await createMember(payload, address('taken-other'), [{ tenant: tenantId, roles: ['councillor'] }])
    const answer = await rest('PATCH', `users/${user.id}`, { token: await login(user.email), body: { email: other.email } })
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.json)).toContain('"path":"email"')
  })

  it('an admin still cannot change it at all', async () => {
    const user = await createMember(payload, address('admin-target'), [{ tenant: tenantId, roles: ['councillor'] }])
    const admin = await createMember(payload, address('admin'), [{ tenant: tenantId, roles: ['tenant-admin'] }])
    const answer = await rest('PATCH', `users/${user.id}`, { token: await login(admin.email), body: { email: address('admin-chosen') } })
    expect(answer.status).toBe(400)
    expect((await hiddenOf(user.id)).pendingEmail ?? null).toBeNull()
    expect(await sentTo(user.email, 'email-change-confirm')).toEqual([])
  })

  it('nobody writes a pending change and its token straight into the account, admin or owner', async () => {
    const { createHash, randomBytes } = await import('node:crypto')
    const user = await createMember(payload, address('planted'), [{ tenant: tenantId, roles: ['councillor'] }])
    const admin = await createMember(payload, address('planting-admin'), [{ tenant: tenantId, roles: ['tenant-admin'] }])
    for (const who of [admin.email, user.email]) {
      const chosen = randomBytes(32).toString('hex')
      await rest('PATCH', `users/${user.id}`, {
        token: await login(who),
        body: { pendingEmail: address('thief'), emailChangeTokenHash: createHash('sha256').update(chosen).digest('hex'), emailChangeExpiresAt: '2030-01-01T00:00:00.000Z' },
      })
      const stored = await hiddenOf(user.id)
      expect(stored.pendingEmail ?? null).toBeNull()
      expect(stored.emailChangeTokenHash ?? null).toBeNull()
      // The token they chose applies nothing.
      const applied = await endpoint('POST', '', { token: chosen })
      expect(applied.status).toBeGreaterThanOrEqual(400)
      expect((await hiddenOf(user.id)).email).toBe(user.email)
    }
  })
})

describe('changing the password', () => {
  it('tells the address on file, with no password or token in the email', async () => {
    const user = await createMember(payload, address('pw'), [{ tenant: tenantId, roles: ['councillor'] }])
    const fresh = `new-password-${suffix}-Zq9`
    const answer = await rest('PATCH', `users/${user.id}`, { token: await login(user.email), body: { password: fresh } })
    expect(answer.status).toBe(200)
    const [notice] = await sentTo(user.email, 'password-changed')
    expect(notice?.subject).toContain('password was changed')
    expect(`${notice?.html}${notice?.text}${JSON.stringify(notice?.params)}`).not.toContain(fresh)
    expect(notice?.secretParams ?? null).toBeNull()
  })

  it('through a reset link too', async () => {
    const user = await createMember(payload, address('reset'), [{ tenant: tenantId, roles: ['councillor'] }])
    const resetToken = await payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    await payload.resetPassword({ collection: 'users', data: { token: resetToken, password: `reset-password-${suffix}-Kx2` }, overrideAccess: true })
    expect(await sentTo(user.email, 'password-changed')).toHaveLength(1)
  })

  it('an edit that sets no password tells nobody', async () => {
    const user = await createMember(payload, address('name-only'), [{ tenant: tenantId, roles: ['councillor'] }])
    expect((await rest('PATCH', `users/${user.id}`, { token: await login(user.email), body: { name: 'A new name' } })).status).toBe(200)
    expect(await sentTo(user.email, 'password-changed')).toEqual([])
  })
})

describe('in the languages of the person\'s council', () => {
  let welsh: number
  let english: number

  beforeAll(async () => {
    welsh = (await createTenant(payload, { slug: `cred-cy-${suffix}`, nation: 'wales', locales: ['en', 'cy'] })).id
    english = (await createTenant(payload, { slug: `cred-en-${suffix}`, nation: 'england' })).id
    const tenant = await payload.findByID({ collection: 'tenants', id: welsh, depth: 0, overrideAccess: true })
    expect(tenant.welshParity).toBe(true)
  })

  /** Where each language's first words are in the plain text: Welsh must come before English. */
  const order = (text: string, welshWords: string, englishWords: string) => ({ welsh: text.indexOf(welshWords), english: text.indexOf(englishWords) })

  it('a Welsh-parity council\'s councillor gets the password notice in Welsh first, then English', async () => {
    const user = await createMember(payload, address('cy-pw'), [{ tenant: welsh, roles: ['councillor'] }])
    await rest('PATCH', `users/${user.id}`, { token: await login(user.email), body: { password: `cy-password-${suffix}-Wq4` } })
    const [notice] = await sentTo(user.email, 'password-changed')
    expect(notice?.tenant).toBeTruthy()
    expect(notice?.subject).toBe('Mae eich cyfrinair ar Borth Diogelwch Cynghorwyr wedi newid / Your Councillor Safety Portal password was changed')
    const at = order(notice?.text ?? '', 'Mae cyfrinair eich cyfrif ar Borth Diogelwch Cynghorwyr wedi newid.', 'The password of your account on the Councillor Safety Portal was changed.')
    expect(at.welsh).toBeGreaterThanOrEqual(0)
    expect(at.english).toBeGreaterThan(at.welsh)
    expect(notice?.html).toContain('lang="cy"')
    // From the council, under its name.
    expect(notice?.text).toContain(`Test council cred-cy-${suffix}`)
  })

  it('the confirmation of an email change too: Welsh first, the link in both parts', async () => {
    const user = await createMember(payload, address('cy-email'), [{ tenant: welsh, roles: ['councillor'] }])
    await rest('PATCH', `users/${user.id}`, { token: await login(user.email), body: { email: address('cy-email-new') } })
    const [confirm] = await sentTo(user.email, 'email-change-confirm')
    const text = confirm?.text ?? ''
    expect(confirm?.subject?.startsWith('Cadarnhewch y newid i’ch cyfeiriad e-bost')).toBe(true)
    const at = order(text, 'Adolygu’r newid', 'Review the change')
    expect(at.welsh).toBeGreaterThanOrEqual(0)
    expect(at.english).toBeGreaterThan(at.welsh)
    expect(text.match(/email-change\?token=[0-9a-f]{64}/g)?.length).toBeGreaterThanOrEqual(2)
  })

  it('the two-step sign-in notices too: Welsh first, and the recovery codes left counted in each language', async () => {
    const on = await renderEmail(payload, { template: 'two-factor-changed', params: { change: 'on' }, secrets: {}, tenant: welsh })
    expect(on.subject).toBe('Mae mewngofnodi dau gam bellach ymlaen ar eich cyfrif Porth Diogelwch Cynghorwyr / Two-step sign-in is now on for your Councillor Safety Portal account')
    const used = await renderEmail(payload, { template: 'two-factor-changed', params: { change: 'recovery-used', left: 3 }, secrets: {}, tenant: welsh })
    const at = order(used.text, 'Mae 3 cod adfer ar ôl.', '3 recovery codes are left.')
    expect(at.welsh).toBeGreaterThanOrEqual(0)
    expect(at.english).toBeGreaterThan(at.welsh)
    expect(used.html).toContain('lang="cy"')
    const portal = await renderEmail(payload, { template: 'two-factor-changed', params: { change: 'recovery-used', left: 1 }, secrets: {} })
    expect(portal.text).toContain('1 recovery code is left.')
    expect(portal.text).not.toContain('cod adfer')
  })

  it('a council in England: English only; an account with no membership: English from the portal', async () => {
    const user = await createMember(payload, address('en-pw'), [{ tenant: english, roles: ['councillor'] }])
    await rest('PATCH', `users/${user.id}`, { token: await login(user.email), body: { password: `en-password-${suffix}-Rt7` } })
    const [notice] = await sentTo(user.email, 'password-changed')
    expect(notice?.subject).toBe('Your Councillor Safety Portal password was changed')
    expect(notice?.text).not.toContain('Borth')
    expect(notice?.text).toContain(`Test council cred-en-${suffix}`)
    const portal = await renderEmail(payload, { template: 'password-changed', params: {}, secrets: {} })
    expect(portal.subject).toBe('Your Councillor Safety Portal password was changed')
    expect(portal.text).toContain('Councillor Safety Portal')
  })

  it('the incident log\'s 12-month notices follow the same rule (Welsh first for Welsh parity)', async () => {
    for (const template of ['incident-log-kept', 'incident-log-expiring'] as const) {
      const email = await renderEmail(payload, { template, params: { locale: 'en', deleteOn: '2027-12-01T00:00:00.000Z' }, secrets: {}, tenant: welsh })
      const at = order(email.text, 'Agor eich log digwyddiadau', 'Open your incident log')
      expect(at.welsh, template).toBeGreaterThanOrEqual(0)
      expect(at.english, template).toBeGreaterThan(at.welsh)
      expect(email.subject.split(' / ')[0]).toMatch(/log digwyddiadau/)
    }
  })
})
