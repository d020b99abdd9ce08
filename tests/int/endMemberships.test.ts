/**
 * Leaving office: a membership's end date ends its access at that moment; the daily job (run here
 * by hand) then ends the person's sessions, so an old token or cookie stops working, and tells the
 * tenant's admins once. A tenant admin ends several memberships at once, of their own tenant only.
 * A councillor with no membership left reaches nothing of the tenant but their own incident log,
 * which they can still read (not add to) for 12 months.
 */
import type { Payload, TypedUser } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { incidentLogOpenTo, listIncidents, recordIncident } from '@/data/incidents'
import { getMembersArea } from '@/data/members'
import type { Site } from '@/data/site'
import { endDueMemberships } from '@/jobs/endMemberships'
import type { Tenant, User } from '@/payload-types'
import { deliverOutbox } from '@/collections/EmailOutbox/deliver'

import { rest } from '../helpers/apiClient'
import { PASSWORD, createMember, createTenant, ensureSeeded } from '../helpers/contacts'
import { siteFor, testPayload, uniqueSuffix } from '../helpers/payload'

let payload: Payload
const suffix = uniqueSuffix()
let A: Tenant
let B: Tenant
let siteA: Site
const address = (label: string) => `end-${label}-${suffix}@example.org`
const ids = {} as Record<'adminA' | 'adminB' | 'leaving' | 'both' | 'staying', number>

const reread = async (id: number): Promise<TypedUser> => ({ ...(await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })), collection: 'users' }) as TypedUser
async function login(email: string): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email, password: PASSWORD } })
  if (!token) throw new Error(`no token for ${email}`)
  return token
}
/** Who the API thinks a token belongs to (null once its session has ended). */
async function me(token: string): Promise<string | null> {
  const response = await rest('GET', 'users/me', { token })
  const user = response.json.user as { email?: string } | null | undefined
  return user?.email ?? null
}
const outboxTo = async (email: string) => {
  // Queued mail is rendered when the outbox sends it (without a Resend key it keeps the rendering).
  await deliverOutbox(payload)
  return (await payload.find({ collection: 'email-outbox', where: { to: { contains: email } }, limit: 0, pagination: false, overrideAccess: true })).docs
}
const row = (user: User, tenant: Tenant) => user.tenants?.find((m) => (typeof m.tenant === 'number' ? m.tenant : m.tenant.id) === tenant.id)
const endAt = async (id: number, tenant: Tenant, endsAt: string) => {
  const user = await reread(id)
  const tenants = (user.tenants ?? []).map((m) => ({ ...m, tenant: typeof m.tenant === 'number' ? m.tenant : m.tenant.id, ...((typeof m.tenant === 'number' ? m.tenant : m.tenant.id) === tenant.id ? { endsAt } : {}) }))
  await payload.update({ collection: 'users', id, data: { tenants }, overrideAccess: true })
}

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  A = await createTenant(payload, { slug: `end-a-${suffix}`, nation: 'england' })
  B = await createTenant(payload, { slug: `end-b-${suffix}`, nation: 'england' })
  await payload.update({ collection: 'tenants', id: A.id, data: { incidentLogEnabled: true }, overrideAccess: true })
  ids.adminA = (await createMember(payload, address('admin-a'), [{ tenant: A.id, roles: ['tenant-admin'] }])).id
  ids.adminB = (await createMember(payload, address('admin-b'), [{ tenant: B.id, roles: ['tenant-admin'] }])).id
  ids.leaving = (await createMember(payload, address('leaving'), [{ tenant: A.id, roles: ['councillor'] }])).id
  ids.both = (await createMember(payload, address('both'), [{ tenant: A.id, roles: ['councillor'] }, { tenant: B.id, roles: ['councillor'] }])).id
  ids.staying = (await createMember(payload, address('staying'), [{ tenant: A.id, roles: ['councillor'] }])).id
  siteA = await siteFor(A.slug, 'en')
}, 120_000)

const incident = (what: string) => ({
  happenedAt: new Date(Date.now() - 60_000).toISOString(),
  happenedUntil: null,
  platform: 'email' as const,
  kinds: ['harassment' as const],
  whatHappened: what,
  impact: '',
  witnesses: '',
  handles: [],
  links: [],
  platformReport: { reportedOn: null, reference: '', outcome: '' },
  policeReport: { reportedOn: null, crimeReference: '', officer: '', operationFord: false },
})

describe('the daily job', () => {
  let token = ''
  let recorded = 0

  beforeAll(async () => {
    const result = await recordIncident(siteA, await reread(ids.leaving), incident(`kept after leaving ${suffix}`))
    if (!result.ok) throw new Error('could not record')
    recorded = result.id
    token = await login(address('leaving'))
  })

  it('a future end date changes nothing yet', async () => {
    // The job is global and the int files share one database: memberships other files ended in the
    // past are ended first, so the count below is about this file's people only.
    await endDueMemberships(payload)
    await endAt(ids.leaving, A, new Date(Date.now() + 24 * 3600 * 1000).toISOString())
    const summary = await endDueMemberships(payload)
    expect(summary.users).toBe(0)
    expect(await me(token)).toBe(address('leaving'))
    expect(await getMembersArea(siteA, await reread(ids.leaving))).not.toBeNull()
  })

  it('once the date has passed, access ends at once; the job ends the sessions and tells the tenant admins once', async () => {
    await endAt(ids.leaving, A, new Date(Date.now() - 1000).toISOString())
    // Access ends at the date, before the job runs: the members' area is closed…
    expect(await getMembersArea(siteA, await reread(ids.leaving))).toBeNull()
    const summary = await endDueMemberships(payload)
    expect(summary).toMatchObject({ users: 1, tenants: 1, told: 1 })
    // …and the old token no longer signs anyone in.
    expect(await me(token)).toBeNull()
    const told = await outboxTo(address('admin-a'))
    expect(told).toHaveLength(1)
    expect(told[0]?.subject).toBe(`A membership has ended in ${A.name}`)
    expect(told[0]?.text).toContain(`${address('leaving')}: Councillor, ended`)
    expect(row(await reread(ids.leaving), A)?.endProcessedAt).toBeTruthy()
    // Nobody else was signed out or named.
    expect(await outboxTo(address('admin-b'))).toHaveLength(0)
    expect(told[0]?.text).not.toContain(address('staying'))

    const again = await endDueMemberships(payload)
    expect(again.users).toBe(0)
    expect(await outboxTo(address('admin-a'))).toHaveLength(1)
  })

  it('with no membership left they reach nothing of the tenant but their own incident log, read-only', async () => {
    const former = await reread(ids.leaving)
    // They can sign in again (the password still works), but the API gives them no tenant.
    const fresh = await login(address('leaving'))
    expect((await rest('GET', 'pages', { token: fresh, query: { 'where[tenant][equals]': String(A.id) } })).json.totalDocs).toBe(0)
    expect((await rest('GET', 'contacts', { token: fresh, query: { 'where[tenant][equals]': String(A.id) } })).json.totalDocs).toBe(0)
    expect(await getMembersArea(siteA, former)).toBeNull()
    expect(await incidentLogOpenTo(siteA, former)).toBe(true)
    expect(await incidentLogOpenTo(siteA, former, { toRecord: true })).toBe(false)
    expect((await listIncidents(siteA, former)).map((i) => i.id)).toContain(recorded)
    const refused = await recordIncident(siteA, former, incident('after leaving')).catch(() => ({ ok: false as const }))
    expect(refused.ok).toBe(false)
    // Through the API too, their own record and nothing more.
    expect((await rest('GET', `incidents/${recorded}`, { token: fresh })).status).toBe(200)
    const created = await rest('POST', 'incidents', { token: fresh, body: { tenant: A.id, ...incident('by the API after leaving') } })
    expect(created.status).toBe(403)
  })

  it('after 12 months the incident log closes too', async () => {
    await endAt(ids.leaving, A, new Date(Date.now() - 366 * 24 * 3600 * 1000).toISOString())
    expect(await incidentLogOpenTo(siteA, await reread(ids.leaving))).toBe(false)
  })
})

describe('ending several memberships at once', () => {
  const end = async (who: 'adminA' | 'adminB', tenant: Tenant, users: number[], endsAt?: string) =>
    rest('POST', 'users/end-memberships', { token: await login(address(who === 'adminA' ? 'admin-a' : 'admin-b')), body: { tenant: tenant.id, users, ...(endsAt ? { endsAt } : {}) } })

  it('a tenant admin of another tenant is refused', async () => {
    const response = await end('adminB', A, [ids.staying])
    expect(response.status).toBe(403)
    expect(row(await reread(ids.staying), A)?.endsAt ?? null).toBeNull()
  })

  it('a tenant admin ends their own tenant\'s rows only, never their own, and today takes effect at once', async () => {
    const bothToken = await login(address('both'))
    const response = await end('adminA', A, [ids.both, ids.adminA, ids.staying], new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString())
    expect(response.status).toBe(200)
    expect(response.json.ended).toBe(2)
    expect(response.json.skipped).toEqual([{ id: ids.adminA, reason: expect.stringMatching(/your own/) as unknown as string }])
    const both = await reread(ids.both)
    expect(row(both, A)?.endsAt).toBeTruthy()
    expect(row(both, B)?.endsAt ?? null).toBeNull()
    // A future date: still signed in.
    expect(await me(bothToken)).toBe(address('both'))

    const now = await end('adminA', A, [ids.both])
    expect(now.json.ended).toBe(1)
    expect(await me(bothToken)).toBeNull()
    // Still a councillor of B, where their access is untouched.
    expect(await getMembersArea(await siteFor(B.slug, 'en'), await reread(ids.both))).not.toBeNull()
  })

  it('malformed requests are 4xx', async () => {
    expect((await end('adminA', A, [])).status).toBe(400)
    expect((await end('adminA', A, [ids.staying], 'not a date')).status).toBe(400)
    const anonymous = await rest('POST', 'users/end-memberships', { body: { tenant: A.id, users: [ids.staying] } })
    expect(anonymous.status).toBe(401)
    const run = await rest('POST', 'users/end-memberships/run', { token: await login(address('admin-a')) })
    expect(run.status).toBe(403)
  })

  it('an invitation accepted later starts the ended membership again, with only the invited role', async () => {
    const { withRole } = await import('@/data/invitations')
    const before = await reread(ids.both)
    const rows = withRole(before.tenants ?? [], A.id, 'candidate')
    const rowA = rows.find((m) => m.tenant === A.id)
    expect(rowA).toMatchObject({ roles: ['candidate'], endsAt: null })
    expect(rows.find((m) => m.tenant === B.id)).toMatchObject({ roles: ['councillor'], endsAt: null })
  })
})
