/**
 * Two-step sign-in against a real PostgreSQL: set-up, codes, replay, recovery codes spent once,
 * the roles that must have it, the REST login that cannot go round it, and that nobody but the
 * owner (or a reset by email) changes it: not another tenant's admin, not a platform admin.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { POST as restPost } from '@/app/(payload)/api/[...slug]/route'
import { beginSetup, confirmSetup, secondStepFor, turnOffTwoFactor, twoFactorStatus, verifySecondFactor } from '@/collections/TwoFactorCredentials/service'
import { totpCodeForStep, totpStepAt } from '@/lib/twoFactor'

import { rest } from '../helpers/apiClient'
import { testPayload, uniqueSuffix } from '../helpers/payload'
import { createActor, FIXTURE_PASSWORD, type Actor } from '../helpers/tenancyFixtures'

let payload: Payload
let tenantA: number
let tenantB: number
let suffix: string
let addressCounter = 0

beforeAll(async () => {
  payload = await testPayload()
  suffix = uniqueSuffix()
  const tenant = (name: string) =>
    payload.create({
      collection: 'tenants',
      data: { name: `2FA ${name} ${suffix}`, slug: `two-factor-${name}-${suffix}`, kind: 'council', nation: 'england', active: true, locales: ['en'], defaultLocale: 'en' },
      overrideAccess: true,
    })
  tenantA = (await tenant('a')).id
  tenantB = (await tenant('b')).id
}, 300_000)

/** REST login from outside (an address of its own, so no test spends another's login budget). */
async function restLogin(body: Record<string, string>): Promise<{ status: number; json: Record<string, unknown> }> {
  addressCounter += 1
  const request = new Request('http://localhost:3000/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `203.0.113.${addressCounter}` },
    body: JSON.stringify(body),
  })
  const response = await restPost(request, { params: Promise.resolve({ slug: ['users', 'login'] }) })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

async function person(name: string, roles: ('councillor' | 'officer' | 'tenant-admin' | 'editor')[], tenant = tenantA): Promise<Actor> {
  return createActor(payload, `${name}-${suffix}@example.org`, [{ tenant, roles }])
}

/** Sets two-step sign-in up as a person does: the secret from the set-up, then the app's current code. */
async function setUp(actor: Actor): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await beginSetup(payload, actor.user)
  if (!setup) throw new Error('already on')
  const confirmed = await confirmSetup(payload, actor.user, totpCodeForStep(setup.secret, totpStepAt(Date.now())))
  if (!confirmed.ok) throw new Error(`set-up refused: ${confirmed.reason}`)
  return { secret: setup.secret, recoveryCodes: confirmed.recoveryCodes }
}

describe('two-step sign-in', () => {
  it('is set up with a first code, keeps the secret encrypted, and makes ten recovery codes stored only as hashes', async () => {
    const councillor = await person('setup', ['councillor'])
    expect(await secondStepFor(payload, councillor.user)).toBe('none')
    const first = await beginSetup(payload, councillor.user)
    // Shown again before it is confirmed: the same secret, so what was scanned still works.
    expect((await beginSetup(payload, councillor.user))?.secret).toBe(first?.secret)
    expect(await confirmSetup(payload, councillor.user, '000000')).toMatchObject({ ok: false })
    const { secret, recoveryCodes } = await setUp(councillor)
    expect(secret).toBe(first?.secret)
    expect(recoveryCodes).toHaveLength(10)
    expect(await twoFactorStatus(payload, councillor.user)).toEqual({ enabled: true, required: false, recoveryCodesLeft: 10 })
    const stored = (await payload.db.drizzle.execute(sql`SELECT secret, recovery_codes FROM two_factor_credentials WHERE user_id = ${councillor.user.id}`)) as unknown as {
      rows: { secret: string; recovery_codes: string[] }[]
    }
    const row = stored.rows[0]
    expect(row?.secret).toMatch(/^v1\./)
    expect(row?.secret).not.toContain(secret)
    expect(row?.recovery_codes.some((hash) => recoveryCodes.some((code) => hash.includes(code.replace('-', ''))))).toBe(false)
    expect(await secondStepFor(payload, councillor.user)).toBe('code')
    const notices = await payload.find({ collection: 'email-outbox', where: { and: [{ to: { equals: councillor.email } }, { template: { equals: 'two-factor-changed' } }] }, overrideAccess: true })
    expect(notices.totalDocs).toBe(1)
  })

  it('shows one secret when the set-up page is rendered twice at once for a new account', async () => {
    const newcomer = await person('twice', ['tenant-admin'])
    const [first, second] = await Promise.all([beginSetup(payload, newcomer.user), beginSetup(payload, newcomer.user)])
    expect(first?.secret).toMatch(/^[A-Z2-7]+$/)
    expect(second?.secret).toBe(first?.secret)
    expect((await beginSetup(payload, newcomer.user))?.secret).toBe(first?.secret)
  })

  it('accepts a code once: the same code again is refused as replayed', async () => {
    const councillor = await person('replay', ['councillor'])
    const { secret } = await setUp(councillor)
    // The set-up used this step; the next step's code is good once.
    const next = totpCodeForStep(secret, totpStepAt(Date.now()) + 1)
    expect(await verifySecondFactor(payload, councillor.user, next)).toEqual({ ok: true, recoveryCodesLeft: null })
    expect(await verifySecondFactor(payload, councillor.user, next)).toEqual({ ok: false, reason: 'replayed' })
    expect(await verifySecondFactor(payload, councillor.user, '12345')).toEqual({ ok: false, reason: 'malformed' })
  })

  it('does not count a replayed code toward the limit: the right code sent twice is no guess', async () => {
    const councillor = await person('double-tap', ['councillor'])
    const { secret } = await setUp(councillor)
    const next = totpCodeForStep(secret, totpStepAt(Date.now()) + 1)
    expect((await verifySecondFactor(payload, councillor.user, next)).ok).toBe(true)
    // Far more replays than the five wrong codes the limit allows.
    for (let tap = 0; tap < 8; tap += 1) expect(await verifySecondFactor(payload, councillor.user, next)).toEqual({ ok: false, reason: 'replayed' })
    // Not throttled: a wrong code is still checked, and called wrong (the sixth failure would be 'throttled').
    const now = totpStepAt(Date.now())
    const valid = new Set([now - 1, now, now + 1, now + 2].map((step) => totpCodeForStep(secret, step)))
    const wrong = ['000000', '111111', '222222'].find((code) => !valid.has(code)) ?? '333333'
    expect(await verifySecondFactor(payload, councillor.user, wrong)).toEqual({ ok: false, reason: 'wrong' })
  })

  it('spends a recovery code once, and tells the owner', async () => {
    const councillor = await person('recovery', ['councillor'])
    const { recoveryCodes } = await setUp(councillor)
    const code = recoveryCodes[3] ?? ''
    expect(await verifySecondFactor(payload, councillor.user, code.toUpperCase())).toEqual({ ok: true, recoveryCodesLeft: 9 })
    expect(await verifySecondFactor(payload, councillor.user, code)).toEqual({ ok: false, reason: 'wrong' })
    const told = await payload.find({ collection: 'email-outbox', where: { and: [{ to: { equals: councillor.email } }, { template: { equals: 'two-factor-changed' } }] }, overrideAccess: true })
    expect(told.docs.map((doc) => (doc.params as { change?: string }).change).sort()).toEqual(['on', 'recovery-used'])
  })

  it('stops checking codes after five wrong ones for the account', async () => {
    const councillor = await person('throttle', ['councillor'])
    const { secret } = await setUp(councillor)
    for (let attempt = 0; attempt < 5; attempt += 1) expect(await verifySecondFactor(payload, councillor.user, '000000')).toMatchObject({ ok: false, reason: 'wrong' })
    // Even the right code is not checked now.
    expect(await verifySecondFactor(payload, councillor.user, totpCodeForStep(secret, totpStepAt(Date.now()) + 1))).toMatchObject({ ok: false, reason: 'throttled' })
  })

  it('is required of officers, tenant admins and platform admins, who cannot turn it off; others can', async () => {
    const officer = await person('officer', ['officer'])
    const admin = await person('tenant-admin', ['tenant-admin'])
    const editor = await person('editor', ['editor'])
    const platform = await createActor(payload, `platform-${suffix}@example.org`, [], true)
    expect(await secondStepFor(payload, officer.user)).toBe('setup')
    expect(await secondStepFor(payload, admin.user)).toBe('setup')
    expect(await secondStepFor(payload, platform.user)).toBe('setup')
    expect(await secondStepFor(payload, editor.user)).toBe('none')
    const { secret } = await setUp(officer)
    expect(await turnOffTwoFactor(payload, officer.user, totpCodeForStep(secret, totpStepAt(Date.now()) + 1))).toEqual({ ok: false, reason: 'required' })
    expect((await twoFactorStatus(payload, officer.user)).enabled).toBe(true)
    const councillor = await person('turn-off', ['councillor'])
    const mine = await setUp(councillor)
    expect(await turnOffTwoFactor(payload, councillor.user, totpCodeForStep(mine.secret, totpStepAt(Date.now()) + 1))).toEqual({ ok: true })
    expect((await twoFactorStatus(payload, councillor.user)).enabled).toBe(false)
  })

  it('keeps the REST login from going round it: set-up first, then a code in `code`', async () => {
    const officer = await person('rest', ['officer'])
    const setupNeeded = await restLogin({ email: officer.email, password: FIXTURE_PASSWORD })
    expect(setupNeeded.status).toBe(403)
    expect(JSON.stringify(setupNeeded.json)).toContain('two-step sign-in')
    expect(setupNeeded.json.token).toBeUndefined()
    const { secret } = await setUp(officer)
    const noCode = await restLogin({ email: officer.email, password: FIXTURE_PASSWORD })
    expect(noCode.status).toBe(401)
    expect(noCode.json.token).toBeUndefined()
    expect((await restLogin({ email: officer.email, password: FIXTURE_PASSWORD, code: '000000' })).status).toBe(401)
    const code = totpCodeForStep(secret, totpStepAt(Date.now()) + 1)
    const good = await restLogin({ email: officer.email, password: FIXTURE_PASSWORD, code })
    expect(good.status).toBe(200)
    expect(typeof good.json.token).toBe('string')
    // The same code a second time, with the right password: refused.
    const again = await restLogin({ email: officer.email, password: FIXTURE_PASSWORD, code })
    expect(again.status).toBe(401)
    expect(JSON.stringify(again.json)).toContain('already used')
    // A wrong password never reaches the code check: the same answer as any wrong password.
    expect((await restLogin({ email: officer.email, password: 'not-the-password', code })).status).toBe(401)
  })

  it('lets nobody reach or reset another person\'s two-step sign-in through the API, not another tenant\'s admin nor a platform admin', async () => {
    const councillor = await person('target', ['councillor'])
    await setUp(councillor)
    const row = (await payload.find({ collection: 'two-factor-credentials', where: { user: { equals: councillor.user.id } }, overrideAccess: true })).docs[0]
    if (!row) throw new Error('no row')
    const otherAdmin = await person('other-admin', ['tenant-admin'], tenantB)
    const ownAdmin = await person('own-admin', ['tenant-admin'])
    const platform = await createActor(payload, `platform-reset-${suffix}@example.org`, [], true)
    for (const caller of [otherAdmin, ownAdmin, platform, councillor]) {
      expect((await rest('GET', `two-factor-credentials/${row.id}`, { token: caller.token })).status).toBe(403)
      expect((await rest('GET', 'two-factor-credentials', { token: caller.token })).status).toBe(403)
      expect((await rest('PATCH', `two-factor-credentials/${row.id}`, { token: caller.token, body: { secret: null, recoveryCodes: [] } })).status).toBe(403)
      expect((await rest('DELETE', `two-factor-credentials/${row.id}`, { token: caller.token })).status).toBe(403)
    }
    expect((await twoFactorStatus(payload, councillor.user)).enabled).toBe(true)
    // Nor does the account itself carry it: a user read shows no secret.
    const read = await rest('GET', `users/${councillor.user.id}`, { token: platform.token })
    expect(JSON.stringify(read.json)).not.toMatch(/secret|recovery/i)
  })

  it('is reset, and the owner told, by a password reset through the emailed link', async () => {
    const councillor = await person('reset', ['councillor'])
    await setUp(councillor)
    const token = await payload.forgotPassword({ collection: 'users', data: { email: councillor.email }, disableEmail: true })
    await payload.resetPassword({ collection: 'users', data: { token, password: 'a-new-password-7391' }, overrideAccess: true })
    expect((await twoFactorStatus(payload, councillor.user)).enabled).toBe(false)
    const told = await payload.find({ collection: 'email-outbox', where: { and: [{ to: { equals: councillor.email } }, { template: { equals: 'two-factor-changed' } }] }, overrideAccess: true })
    expect(told.docs.map((doc) => (doc.params as { change?: string }).change).sort()).toEqual(['on', 'reset'])
  })
})
