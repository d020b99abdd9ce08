/**
 * Numbers without names (#20 item 7): counts of reports per quarter by kind, platform or status,
 * suppressed, for tenant admins (their councils) and platform admins (all, or one); officers and
 * councillors get nothing. Reports are written with SQL: the statistics read only the plain
 * columns, and the collection's own tests cover how reports are made.
 */
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { GET as restGet } from '@/app/(payload)/api/[...slug]/route'
import { reportStatistics, statisticsCsv, StatisticsRefusal } from '@/admin/ReportStatistics/statistics'
import type { Tenant, User } from '@/payload-types'

import { authHeader, createMember, createTenant, ensureSeeded, PASSWORD } from '../helpers/contacts'
import { testPayload, uniqueSuffix } from '../helpers/payload'

const suffix = uniqueSuffix()
let payload: Payload
let A: Tenant
let B: Tenant
const users = {} as Record<'adminA' | 'officerA' | 'councillorA' | 'platform', User>

/** `n` reports in tenant, at `at` (UTC), with platform, status and kinds. */
async function reports(tenant: number, n: number, at: string, platform: string, status: string, kinds: string[]) {
  for (let i = 0; i < n; i += 1) {
    const inserted = (await payload.db.drizzle.execute(sql`
      INSERT INTO incident_reports (reference, tenant_id, reporter_id, incident, platform, status, created_at, updated_at)
      VALUES (${`S-${suffix}-${tenant}-${at}-${platform}-${i}`}, ${tenant}, ${users.councillorA.id}, ${i}, ${platform}, ${status}, ${at}, now()) RETURNING id`)) as unknown as { rows: { id: number }[] }
    const id = inserted.rows[0]?.id
    for (const [order, kind] of kinds.entries()) await payload.db.drizzle.execute(sql`INSERT INTO incident_reports_kinds ("order", parent_id, value) VALUES (${order + 1}, ${id}, ${kind})`)
  }
}

async function csvAs(user: User, query: string): Promise<{ status: number; text: string; type: string | null }> {
  const headers = await authHeader(payload, user.email)
  const response = await restGet(new Request(`http://localhost:3000/api/report-statistics.csv?${query}`, { headers }), { params: Promise.resolve({ slug: ['report-statistics.csv'] }) })
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') }
}

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  A = await createTenant(payload, { slug: `stats-a-${suffix}`, nation: 'england' })
  B = await createTenant(payload, { slug: `stats-b-${suffix}`, nation: 'scotland' })
  users.adminA = await createMember(payload, `stats-admin-${suffix}@example.org`, [{ tenant: A.id, roles: ['tenant-admin'] }])
  users.officerA = await createMember(payload, `stats-officer-${suffix}@example.org`, [{ tenant: A.id, roles: ['officer'] }])
  users.councillorA = await createMember(payload, `stats-councillor-${suffix}@example.org`, [{ tenant: A.id, roles: ['councillor'] }])
  users.platform = await payload.create({ collection: 'users', overrideAccess: true, data: { email: `stats-platform-${suffix}@example.org`, password: PASSWORD, roles: ['platform-admin'] } })
  // Tenant A, 2025: Q1 12 email threats (received), Q2 3 x harassment (closed); 00:30 on 1 April BST is Q2 in UK time.
  await reports(A.id, 12, '2025-02-10T10:00:00Z', 'email', 'received', ['threat'])
  await reports(A.id, 2, '2025-05-10T10:00:00Z', 'x', 'closed', ['harassment'])
  await reports(A.id, 1, '2025-03-31T23:30:00Z', 'x', 'closed', ['harassment'])
  await reports(B.id, 7, '2025-08-01T10:00:00Z', 'facebook', 'assessed', ['hate', 'threat'])
}, 240_000)

describe('who sees what', () => {
  it('a tenant admin sees their council, suppressed: 3 in Q2 is "fewer than 5", and its complements hide what totals would give away', async () => {
    const result = await reportStatistics(payload, users.adminA, { dimension: 'platform', year: 2025, tenant: A.id })
    const row = (label: string) => result.table.cells[result.rows.indexOf(label)] ?? []
    // 12 is shown, or hidden as a complement ("not shown"), never called "fewer than 5"; zeros are shown.
    expect(row('email')[0]?.state).not.toBe('fewer-than-5')
    expect(row('email').slice(1)).toEqual([0, 0, 0].map((value) => ({ state: 'shown', value })))
    expect(row('x')[1]).toEqual({ state: 'fewer-than-5', value: null })
    expect(result.table.rowTotals[result.rows.indexOf('x')]?.state).toBe('fewer-than-5')
    // Q2's column total would be the 3 again: it is hidden too.
    expect(result.table.columnTotals[1]?.state).not.toBe('shown')
    expect(JSON.stringify(result)).not.toMatch(/"value":3\b/)
  })

  it('a tenant admin of one council sees it without choosing; another council is 403', async () => {
    const mine = await reportStatistics(payload, users.adminA, { dimension: 'status', year: 2025, tenant: null })
    expect(mine.table.grandTotal).toEqual({ state: 'shown', value: 15 })
    await expect(reportStatistics(payload, users.adminA, { dimension: 'status', year: 2025, tenant: B.id })).rejects.toBeInstanceOf(StatisticsRefusal)
  })

  it('an officer or a councillor cannot open it', async () => {
    for (const user of [users.officerA, users.councillorA]) {
      await expect(reportStatistics(payload, user, { dimension: 'kind', year: 2025, tenant: null })).rejects.toMatchObject({ status: 403 })
      expect((await csvAs(user, 'dimension=kind&year=2025')).status).toBe(403)
    }
  })

  it('one level per person: a platform admin sees every council together, never one (a hidden count could be worked out by difference)', async () => {
    await expect(reportStatistics(payload, users.platform, { dimension: 'kind', year: 2025, tenant: B.id })).rejects.toMatchObject({ status: 403 })
    expect((await csvAs(users.platform, `dimension=kind&year=2025&tenant=${B.id}`)).status).toBe(403)
  })

  it('a tenant admin of several councils sees one at a time, never "all of mine"', async () => {
    const both = await createMember(payload, `stats-both-${suffix}@example.org`, [
      { tenant: A.id, roles: ['tenant-admin'] },
      { tenant: B.id, roles: ['tenant-admin'] },
    ])
    await expect(reportStatistics(payload, both, { dimension: 'kind', year: 2025, tenant: null })).rejects.toMatchObject({ status: 400 })
    const b = await reportStatistics(payload, both, { dimension: 'kind', year: 2025, tenant: B.id })
    // Kinds count each kind a report has.
    expect(b.table.cells[b.rows.indexOf('hate')]?.[2]).toEqual({ state: 'shown', value: 7 })
    expect(b.table.cells[b.rows.indexOf('threat')]?.[2]).toEqual({ state: 'shown', value: 7 })
  })

  it('a platform admin sees every council together', async () => {
    const all = await reportStatistics(payload, users.platform, { dimension: 'status', year: 2025, tenant: null })
    expect(all.table.grandTotal.state === 'shown' ? (all.table.grandTotal.value ?? 0) : 0).toBeGreaterThanOrEqual(22)
  })
})

describe('CSV', () => {
  it('is the same suppressed table, with no names, handles or content', async () => {
    const response = await csvAs(users.adminA, `dimension=platform&year=2025&tenant=${A.id}`)
    expect(response.status).toBe(200)
    expect(response.type).toContain('text/csv')
    const expected = statisticsCsv(await reportStatistics(payload, users.adminA, { dimension: 'platform', year: 2025, tenant: A.id }))
    expect(response.text).toBe(expected)
    expect(response.text).toContain('x,0,fewer than 5,0,0,fewer than 5')
    expect(response.text).not.toContain(users.councillorA.email)
    expect(response.text).not.toContain(A.name)
  })

  it('refuses bad parameters with 400 naming them, and signed-out requests with 401', async () => {
    expect(await csvAs(users.adminA, 'dimension=names&year=2025')).toMatchObject({ status: 400, text: expect.stringContaining('dimension') })
    expect(await csvAs(users.adminA, 'dimension=kind&year=1999')).toMatchObject({ status: 400, text: expect.stringContaining('year') })
    expect(await csvAs(users.adminA, 'dimension=kind&year=2025&tenant=abc')).toMatchObject({ status: 400, text: expect.stringContaining('tenant') })
    const anonymous = await restGet(new Request('http://localhost:3000/api/report-statistics.csv?dimension=kind'), { params: Promise.resolve({ slug: ['report-statistics.csv'] }) })
    expect(anonymous.status).toBe(401)
  })
})
