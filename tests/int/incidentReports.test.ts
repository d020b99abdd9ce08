/**
 * Reports to the council (`incident-reports`): who can read and change a report, that it is a
 * snapshot (later edits to the incident do not change it), that a double submit makes one report
 * and one email per officer, that the emails hold no word of the incident (a marker typed into
 * every field, captured through the real Resend SDK), that retries after 429 and 500 reuse one
 * Idempotency-Key and deliver once, and that a report made while Resend is down is kept and its
 * email goes once Resend is back. Also triage, the councillor's email on a status change,
 * escalation and due reminders, and the views recorded in the incident's history.
 */
import { randomUUID } from 'node:crypto'
import { Readable } from 'node:stream'

import pg from 'pg'
import type { Payload, TypedUser } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { deliverOutbox } from '@/collections/EmailOutbox/deliver'
import { verifyIncidentHistory } from '@/collections/Incidents/hooks/history'
import { incidentKeyring } from '@/collections/Incidents/keys'
import { reportEmailKey } from '@/collections/IncidentReports/hooks/notify'
import type { ReportSnapshot } from '@/collections/IncidentReports/options'
import { getMyReport, reportFormFor, sendReport, type ReportInput } from '@/data/incidentReports'
import type { Site } from '@/data/site'
import { keepSender, resendSender, type EmailSender } from '@/email/sender'
import { runReportDeadlines } from '@/jobs/reportDeadlines'
import type { Incident, IncidentReport, Tenant, User } from '@/payload-types'
import { configuredBlobStore, putEncrypted } from '@/storage'

import { rest } from '../helpers/apiClient'
import { createMember, createTenant, ensureSeeded, fieldErrors, PASSWORD } from '../helpers/contacts'
import { siteFor, testPayload, uniqueSuffix } from '../helpers/payload'
import { startResendCapture, type ResendCapture } from '../../scripts/lib/resendCapture'

type Role = 'councillor' | 'colleague' | 'officerAll' | 'officerThreats' | 'tenantAdmin' | 'otherOfficer' | 'platformAdmin'

const FROM = 'Safety Portal <portal@example.org>'
const ORIGIN = 'http://localhost:3000'
const suffix = uniqueSuffix()
// Typed into every free-text field of the incident, the note and the contact detail: it must reach no email and no plain column.
const MARKER = `RPTMARK${suffix}`

let payload: Payload
let db: pg.Client
let capture: ResendCapture
let resend: EmailSender
let tenant: Tenant
let other: Tenant
let bare: Tenant
let site: Site
let png: Buffer
const users = {} as Record<Role, TypedUser>
const tokens = {} as Record<Role, string>

const asTyped = (user: User): TypedUser => ({ ...user, collection: 'users' }) as TypedUser

async function newIncident(kinds: Incident['kinds'] = ['threat', 'harassment']): Promise<Incident> {
  return payload.create({
    collection: 'incidents',
    user: users.councillor,
    overrideAccess: false,
    data: {
      tenant: tenant.id,
      happenedAt: new Date(Date.now() - 3_600_000).toISOString(),
      platform: 'x',
      kinds,
      whatHappened: `${MARKER}-what`,
      impact: `${MARKER}-impact`,
      witnesses: `${MARKER}-witnesses`,
      handles: [{ handle: `@${MARKER}-handle` }],
      links: [{ url: `https://x.example/${MARKER}/status/1` }],
      platformReport: { reportedOn: new Date(Date.now() - 1_800_000).toISOString(), reference: `${MARKER}-ref`, outcome: `${MARKER}-outcome` },
      policeReport: { crimeReference: `${MARKER}-crime`, officer: `PC ${MARKER}`, operationFord: false },
    } as never,
  })
}

async function attachScreenshot(incident: Incident): Promise<number> {
  const stored = await putEncrypted(configuredBlobStore(), incidentKeyring(), Readable.from([png]))
  const doc = await payload.create({
    collection: 'evidence',
    overrideAccess: true,
    data: {
      incident: incident.id,
      owner: users.councillor.id as number,
      tenant: tenant.id,
      sha256: 'a'.repeat(64),
      size: png.length,
      mimeType: 'image/png',
      uploadedAt: new Date().toISOString(),
      storageKey: stored.storageKey,
      encryptionKey: stored.wrappedKey,
    },
  })
  return doc.id
}

const input = (incident: Incident, extra: Partial<ReportInput> = {}): ReportInput => ({
  incidentId: String(incident.id),
  evidenceIds: [],
  contactPreference: 'phone',
  contactDetail: `07700 900 ${MARKER}`,
  note: `${MARKER}-note`,
  leaveOut: [],
  submissionKey: randomUUID(),
  ...extra,
})

async function send(incident: Incident, extra: Partial<ReportInput> = {}): Promise<IncidentReport> {
  const result = await sendReport(site, users.councillor, input(incident, extra))
  if (!result.ok) throw new Error(`report refused: ${result.problems.join(', ')}`)
  return payload.findByID({ collection: 'incident-reports', id: result.id, overrideAccess: true })
}

const asRole = (role: Role, id: number) =>
  payload
    .find({ collection: 'incident-reports', where: { id: { equals: id } }, user: users[role], overrideAccess: false })
    .then((found) => found.docs[0] ?? null)
    .catch((error: { status?: number }) => {
      if (error.status === 403) return null
      throw error
    })

/** Opening one report, as the admin's edit view does (findByID): what opens the content to an officer. */
const openAs = (role: Role, id: number) =>
  payload.findByID({ collection: 'incident-reports', id, user: users[role], overrideAccess: false, disableErrors: true }).catch((error: { status?: number }) => {
    if (error.status === 403 || error.status === 404) return null
    throw error
  })

async function download(reportId: number, n: number, token?: string) {
  const { REST_GET } = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const headers = new Headers(token ? { Authorization: `JWT ${token}` } : {})
  const response = await REST_GET(config)(new Request(`${ORIGIN}/api/incident-reports/${reportId}/evidence/${n}`, { headers }), {
    params: Promise.resolve({ slug: ['incident-reports', String(reportId), 'evidence', String(n)] }),
  })
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) }
}

const outboxRows = (keys: string[]) => payload.find({ collection: 'email-outbox', where: { idempotencyKey: { in: keys } }, overrideAccess: true, limit: 0, pagination: false })

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  capture = await startResendCapture()
  resend = resendSender({ apiKey: 're_test_int', baseUrl: capture.url, from: FROM, ratePerSecond: 50 })
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#1d4f91' } }).png().toBuffer()
  tenant = await createTenant(payload, { slug: `reports-${suffix}`, nation: 'england' })
  other = await createTenant(payload, { slug: `reports-other-${suffix}`, nation: 'wales' })
  bare = await createTenant(payload, { slug: `reports-bare-${suffix}`, nation: 'england' })
  for (const on of [tenant, other, bare]) await payload.update({ collection: 'tenants', id: on.id, data: { incidentLogEnabled: true }, overrideAccess: true })
  const member = async (role: Role, memberships: Parameters<typeof createMember>[2], name?: string) => {
    const created = await createMember(payload, `rep-${role}-${suffix}@example.org`, memberships)
    users[role] = asTyped(name ? await payload.update({ collection: 'users', id: created.id, data: { name }, overrideAccess: true }) : created)
  }
  await member('councillor', [{ tenant: tenant.id, roles: ['councillor'] }, { tenant: bare.id, roles: ['councillor'] }])
  await member('colleague', [{ tenant: tenant.id, roles: ['councillor'] }])
  await member('officerAll', [{ tenant: tenant.id, roles: ['officer'] }], 'Olwen Officer')
  await member('officerThreats', [{ tenant: tenant.id, roles: ['officer'] }], 'Tom Threats')
  await member('tenantAdmin', [{ tenant: tenant.id, roles: ['tenant-admin', 'editor'] }])
  await member('otherOfficer', [{ tenant: other.id, roles: ['officer'] }])
  users.platformAdmin = asTyped(
    await payload.create({ collection: 'users', overrideAccess: true, data: { email: `rep-platformAdmin-${suffix}@example.org`, password: PASSWORD, roles: ['platform-admin'] } }),
  )
  await payload.update({
    collection: 'tenants',
    id: tenant.id,
    overrideAccess: true,
    data: {
      reportOfficers: [
        { officer: users.officerAll.id as number, title: 'Monitoring Officer' },
        { officer: users.officerThreats.id as number, title: 'Member support', kinds: ['threat'] },
      ],
    },
  })
  await payload.update({ collection: 'tenants', id: other.id, overrideAccess: true, data: { reportOfficers: [{ officer: users.otherOfficer.id as number, title: 'Officer' }] } })
  for (const role of Object.keys(users) as Role[]) {
    const { token } = await payload.login({ collection: 'users', data: { email: users[role].email as string, password: PASSWORD } })
    tokens[role] = token as string
  }
  site = await siteFor(tenant.slug, 'en')
  db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  // Whatever earlier files left queued is theirs: send it nowhere, so these tests count only their own.
  await deliverOutbox(payload, { sender: keepSender(FROM) })
}, 300_000)

afterAll(async () => {
  await capture?.close()
  await db?.end()
})

describe('officers and who receives a report', () => {
  it('a council with no officer named: the councillor cannot report, and is told why', async () => {
    const incident = await payload.create({
      collection: 'incidents',
      user: users.councillor,
      overrideAccess: false,
      data: { tenant: bare.id, happenedAt: new Date(Date.now() - 60_000).toISOString(), platform: 'x', kinds: ['threat'], whatHappened: 'x' } as never,
    })
    const bareSite = await siteFor(bare.slug, 'en')
    const form = await reportFormFor(bareSite, users.councillor, String(incident.id))
    expect(form?.officers).toEqual([])
    expect(form?.anyOfficer).toBe(false)
    const result = await sendReport(bareSite, users.councillor, input(incident))
    expect(result).toEqual({ ok: false, problems: ['noOfficer'] })
    expect((await payload.count({ collection: 'incident-reports', where: { tenant: { equals: bare.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('names each officer who would receive it by name and title, by the kinds they take', async () => {
    const threat = await newIncident(['threat'])
    const harassment = await newIncident(['harassment'])
    expect((await reportFormFor(site, users.councillor, String(threat.id)))?.officers.map((o) => [o.name, o.title])).toEqual([
      ['Olwen Officer', 'Monitoring Officer'],
      ['Tom Threats', 'Member support'],
    ])
    expect((await reportFormFor(site, users.councillor, String(harassment.id)))?.officers.map((o) => o.name)).toEqual(['Olwen Officer'])
    // Someone else's incident is not theirs to report.
    expect(await reportFormFor(site, users.colleague, String(threat.id))).toBeNull()
  })

  it('only an officer of this council can be named, and a change is dated for the councillors\' notice', async () => {
    const errors = await fieldErrors(() =>
      payload.update({ collection: 'tenants', id: tenant.id, overrideAccess: true, data: { reportOfficers: [{ officer: users.tenantAdmin.id as number, title: 'Not an officer' }] } }),
    )
    expect(errors).toEqual([expect.objectContaining({ path: 'reportOfficers.0.officer', message: expect.stringMatching(/not an officer of this council/) })])
    const before = await payload.findByID({ collection: 'tenants', id: other.id, overrideAccess: true })
    await payload.update({ collection: 'tenants', id: other.id, overrideAccess: true, data: { reportOfficers: [{ officer: users.otherOfficer.id as number, title: 'Renamed' }] } })
    const after = await payload.findByID({ collection: 'tenants', id: other.id, overrideAccess: true })
    expect(Date.parse(after.reportOfficersChangedAt ?? '')).toBeGreaterThan(Date.parse(before.reportOfficersChangedAt ?? '1970-01-01'))
    // The public reads a tenant's name and branding, never its officers.
    const anonymous = await rest('GET', `tenants/${tenant.id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json.reportOfficers ?? []).toEqual([])
    expect(anonymous.json).not.toHaveProperty('reportEscalateAfterHours')
  })

  it('the councillor may leave a named officer out, and the report says so', async () => {
    const report = await send(await newIncident(['threat']), { leaveOut: [users.officerThreats.id as number] })
    expect((report.recipients ?? []).map((r) => (typeof r === 'number' ? r : r.id))).toEqual([users.officerAll.id])
    const seen = await asRole('councillor', report.id)
    expect((seen?.snapshot as ReportSnapshot).leftOut).toEqual([{ name: 'Tom Threats', title: 'Member support' }])
    expect(await asRole('officerThreats', report.id)).toBeNull()
    const everyone = await sendReport(site, users.councillor, input(await newIncident(['harassment']), { leaveOut: [users.officerAll.id as number] }))
    expect(everyone).toEqual({ ok: false, problems: ['allLeftOut'] })
  })
})

describe('a report', () => {
  let incident: Incident
  let report: IncidentReport
  let evidenceId: number

  beforeAll(async () => {
    incident = await newIncident()
    evidenceId = await attachScreenshot(incident)
    report = await send(incident, { evidenceIds: [evidenceId] })
  })

  it('has a reference both sides see, and plain columns for counting', async () => {
    expect(report.reference).toMatch(/^R-\d{4}-\d{6}$/)
    expect(report).toMatchObject({ status: 'received', platform: 'x', kinds: ['threat', 'harassment'] })
    expect((await asRole('councillor', report.id))?.reference).toBe(report.reference)
    expect((await asRole('officerAll', report.id))?.reference).toBe(report.reference)
  })

  it('double submit: the same form posted twice makes one report and one email per officer', async () => {
    const fresh = await newIncident(['threat'])
    const form = input(fresh)
    const [first, second] = await Promise.all([sendReport(site, users.councillor, form), sendReport(site, users.councillor, form)])
    const third = await sendReport(site, users.councillor, form)
    expect(first.ok && second.ok && third.ok).toBe(true)
    const ids = new Set([first, second, third].map((result) => (result.ok ? result.id : 0)))
    expect(ids.size).toBe(1)
    expect((await payload.count({ collection: 'incident-reports', where: { incident: { equals: fresh.id } }, overrideAccess: true })).totalDocs).toBe(1)
    const [id] = [...ids] as [number]
    const keys = [users.officerAll, users.officerThreats].map((officer) => reportEmailKey(id, officer.id as number))
    expect((await outboxRows(keys)).docs.map((row) => row.idempotencyKey).sort()).toEqual(keys.sort())
  })

  it('is a snapshot: editing the incident later does not change it', async () => {
    await payload.update({ collection: 'incidents', id: incident.id, user: users.councillor, overrideAccess: false, data: { whatHappened: 'changed afterwards', kinds: ['other'] } })
    const seen = await openAs('officerAll', report.id)
    const snapshot = seen?.snapshot as ReportSnapshot
    expect(snapshot.incident.whatHappened).toBe(`${MARKER}-what`)
    expect(snapshot.incident.kinds).toEqual(['threat', 'harassment'])
    expect(seen?.kinds).toEqual(['threat', 'harassment'])
    expect(snapshot.evidence).toHaveLength(1)
    expect(snapshot.contact).toEqual({ preference: 'phone', detail: `07700 900 ${MARKER}` })
  })

  it('holds no plaintext of the incident, the note or the contact in any column', async () => {
    const tables = ['incident_reports', 'incident_reports_notes', 'incident_reports_kinds', 'incident_reports_rels']
    for (const table of tables) {
      const dump = JSON.stringify((await db.query(`select * from ${table}`)).rows)
      expect(dump, table).not.toContain(MARKER)
    }
  })

  it('is read by the officers it went to and its sender; nobody else, by any route', async () => {
    expect((await openAs('officerAll', report.id))?.snapshot).toBeTruthy()
    expect((await openAs('officerThreats', report.id))?.snapshot).toBeTruthy()
    expect((await openAs('councillor', report.id))?.snapshot).toBeTruthy()
    // In a list an officer sees the reference and status, not the content (opening one is what is recorded).
    expect(await asRole('officerAll', report.id)).toMatchObject({ reference: report.reference, snapshot: null })
    for (const role of ['colleague', 'tenantAdmin', 'otherOfficer', 'platformAdmin'] as const) {
      expect(await asRole(role, report.id), role).toBeNull()
      expect(await openAs(role, report.id), role).toBeNull()
      const viaRest = await rest('GET', `incident-reports/${report.id}`, { token: tokens[role] })
      expect([403, 404], role).toContain(viaRest.status)
      expect(JSON.stringify(viaRest.json), role).not.toContain(MARKER)
      expect((await download(report.id, 0, tokens[role])).status, role).toBe(404)
    }
    expect((await rest('GET', `incident-reports/${report.id}`)).status).toBe(403)
    expect((await download(report.id, 0)).status).toBe(404)
  })

  it('server code that skips access for another user still gets no content', async () => {
    const leaked = await payload.findByID({ collection: 'incident-reports', id: report.id, overrideAccess: true, user: users.platformAdmin })
    expect(leaked.snapshot).toBeNull()
    expect(JSON.stringify(leaked)).not.toContain(MARKER)
  })

  it('nobody creates, deletes or rewrites a report through the API; only its officers triage it', async () => {
    for (const role of Object.keys(users) as Role[]) {
      const created = await rest('POST', 'incident-reports', { token: tokens[role], body: { tenant: tenant.id, reporter: users.councillor.id as number, incident: incident.id, platform: 'x', kinds: ['threat'], recipients: [users.officerAll.id as number] } })
      expect(created.status, role).toBe(403)
      expect((await rest('DELETE', `incident-reports/${report.id}`, { token: tokens[role] })).status, role).not.toBe(200)
    }
    for (const role of ['councillor', 'colleague', 'tenantAdmin', 'otherOfficer', 'platformAdmin'] as const) {
      const changed = await rest('PATCH', `incident-reports/${report.id}`, { token: tokens[role], body: { status: 'closed' } })
      expect([403, 404], role).toContain(changed.status)
    }
    expect((await payload.findByID({ collection: 'incident-reports', id: report.id, overrideAccess: true })).status).toBe('received')
  })

  it('an officer downloads the shared screenshot from the report\'s own copy, and it is recorded in the incident\'s history', async () => {
    const got = await download(report.id, 0, tokens.officerAll)
    expect(got.status).toBe(200)
    expect(Buffer.compare(got.body, png)).toBe(0)
    const mine = await download(report.id, 0, tokens.councillor)
    expect(mine.status).toBe(200)
    expect((await download(report.id, 1, tokens.officerAll)).status).toBe(404)
    const history = await payload.find({ collection: 'incident-history', where: { incident: { equals: incident.id } }, sort: 'seq', overrideAccess: true, limit: 0, pagination: false })
    const actions = history.docs.map((entry) => [entry.action, entry.actor ?? null])
    expect(actions).toContainEqual(['report-sent', users.councillor.id])
    expect(actions).toContainEqual(['report-viewed', users.officerAll.id])
    expect(actions).toContainEqual(['report-evidence-viewed', users.officerAll.id])
    expect((await verifyIncidentHistory(payload, incident.id)).ok).toBe(true)
  })

  it('an officer\'s view is recorded whatever fields the request selects', async () => {
    const viewsBefore = (await payload.count({ collection: 'incident-history', where: { and: [{ incident: { equals: incident.id } }, { action: { equals: 'report-viewed' } }] }, overrideAccess: true })).totalDocs
    const narrowed = await rest('GET', `incident-reports/${report.id}`, { token: tokens.officerAll, query: { 'select[incident]': 'false', depth: '0' } })
    expect(narrowed.status).toBe(200)
    const viewsAfter = (await payload.count({ collection: 'incident-history', where: { and: [{ incident: { equals: incident.id } }, { action: { equals: 'report-viewed' } }] }, overrideAccess: true })).totalDocs
    expect(viewsAfter).toBe(viewsBefore + 1)
    expect((await verifyIncidentHistory(payload, incident.id)).ok).toBe(true)
  })

  it('triage: referred to police needs a crime reference; notes stay internal unless shared; the councillor is emailed once per change', async () => {
    const refused = await rest('PATCH', `incident-reports/${report.id}`, { token: tokens.officerAll, body: { status: 'referred' } })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.json)).toMatch(/crimeReference/)
    const moved = await rest('PATCH', `incident-reports/${report.id}`, {
      token: tokens.officerAll,
      body: {
        status: 'referred',
        severity: 'high',
        crimeReference: 'CR/123/26',
        policeOfficer: 'PC Jones',
        notes: [
          { text: `internal ${MARKER}`, shared: false },
          { text: 'We have passed this to the police.', shared: true },
        ],
      },
    })
    expect(moved.status).toBe(200)
    // The saved document comes back opened (the admin's form shows it after Save), not as ciphertext.
    const saved = moved.json.doc as { crimeReference?: string; policeOfficer?: string; notes?: { text: string }[] }
    expect(saved).toMatchObject({ crimeReference: 'CR/123/26', policeOfficer: 'PC Jones' })
    expect(saved.notes?.map((note) => note.text)).toEqual([`internal ${MARKER}`, 'We have passed this to the police.'])
    const row = (await db.query('select crime_reference, police_officer, status, severity, assessed_at, status_changed_at from incident_reports where id = $1', [report.id])).rows[0]
    expect(row).toMatchObject({ status: 'referred', severity: 'high' })
    expect(row.crime_reference).toMatch(/^v1\./)
    expect(row.assessed_at).not.toBeNull()
    const notesDump = JSON.stringify((await db.query('select text from incident_reports_notes where _parent_id = $1', [report.id])).rows)
    expect(notesDump).not.toContain('passed this')

    const mine = await getMyReport(site, users.councillor, String(report.id))
    expect(mine).toMatchObject({ status: 'referred', crimeReference: 'CR/123/26', policeOfficer: 'PC Jones' })
    expect(mine?.sharedNotes.map((note) => note.text)).toEqual(['We have passed this to the police.'])
    expect(JSON.stringify(mine)).not.toContain(`internal ${MARKER}`)
    const officer = await openAs('officerAll', report.id)
    expect(officer?.notes?.map((note) => note.text)).toEqual([`internal ${MARKER}`, 'We have passed this to the police.'])

    // Saving again with nothing new sends nothing more.
    await rest('PATCH', `incident-reports/${report.id}`, { token: tokens.officerAll, body: { severity: 'critical' } })
    const found = await payload.find({ collection: 'email-outbox', where: { idempotencyKey: { like: `report-update-${report.id}-` } }, overrideAccess: true, limit: 0, pagination: false })
    const updates = found.docs.filter((row) => new RegExp(`^report-update-${report.id}-[0-9a-f]{16}$`).test(row.idempotencyKey))
    expect(updates).toHaveLength(1)
    expect(updates[0]).toMatchObject({ template: 'report-updated', to: users.councillor.email })
  })
})

describe('the emails', () => {
  it('each officer gets one email with the reference and a link only: no marker from any field', async () => {
    capture.clear()
    const incident = await newIncident()
    await attachScreenshot(incident)
    const report = await send(incident)
    await deliverOutbox(payload, { sender: resend })
    const keys = [users.officerAll, users.officerThreats].map((officer) => reportEmailKey(report.id, officer.id as number))
    const mails = capture.emails().filter((email) => keys.includes(email.idempotencyKey ?? ''))
    expect(mails.map((mail) => mail.to[0]).sort()).toEqual([users.officerAll.email, users.officerThreats.email].sort())
    for (const mail of mails) {
      const everything = JSON.stringify(mail.body)
      expect(everything).not.toContain(MARKER)
      // The words of the email (its addresses name the test's roles, "officerThreats" among them).
      expect(`${mail.subject}\n${mail.html}\n${mail.text}`).not.toMatch(/threat|harassment/i)
      expect(everything).not.toContain(tenant.name)
      expect(everything).not.toContain(users.councillor.email as string)
      expect(mail.subject).toContain(report.reference ?? 'missing')
      expect(mail.html).toContain(`/admin/collections/incident-reports/${report.id}`)
    }
    // The councillor's own email on a status change holds no content either.
    await payload.update({ collection: 'incident-reports', id: report.id, user: users.officerAll, overrideAccess: false, data: { status: 'assessed' } })
    await deliverOutbox(payload, { sender: resend })
    const update = capture.emails().find((email) => (email.idempotencyKey ?? '').startsWith(`report-update-${report.id}-`))
    expect(update?.to).toEqual([users.councillor.email])
    expect(JSON.stringify(update?.body)).not.toContain(MARKER)
    expect(update?.html).toContain(`/members/reports/${report.id}`)
  })

  it('after a 429, then a 500, then success: one accepted message per key, the same Idempotency-Key on every try', async () => {
    const report = await send(await newIncident(['harassment']))
    const key = reportEmailKey(report.id, users.officerAll.id as number)
    const before = capture.attempts().length
    capture.failNext(429)
    capture.failNext(500)
    let now = new Date()
    for (let run = 0; run < 3; run++) {
      await deliverOutbox(payload, { sender: resend, now: () => now })
      const row = (await outboxRows([key])).docs[0]
      if (row?.nextAttemptAt) now = new Date(Date.parse(row.nextAttemptAt) + 1)
    }
    const tries = capture.attempts().slice(before).filter((attempt) => attempt.idempotencyKey === key)
    expect(tries.map((attempt) => attempt.status)).toEqual([429, 500, 200])
    expect(capture.emails().filter((email) => email.idempotencyKey === key)).toHaveLength(1)
    expect((await outboxRows([key])).docs[0]).toMatchObject({ status: 'sent', attempts: 3 })
    // Another run sends nothing more.
    await deliverOutbox(payload, { sender: resend, now: () => new Date(now.getTime() + 3600_000) })
    expect(capture.emails().filter((email) => email.idempotencyKey === key)).toHaveLength(1)
  })

  it('with Resend down the report is kept, the councillor sees "email pending", and the email goes once it is back', async () => {
    const port = capture.port
    await capture.close()
    const report = await send(await newIncident(['harassment']))
    const key = reportEmailKey(report.id, users.officerAll.id as number)
    const t0 = new Date()
    await deliverOutbox(payload, { sender: resend, now: () => t0 })
    expect((await outboxRows([key])).docs[0]).toMatchObject({ status: 'queued', attempts: 1 })
    expect(await payload.findByID({ collection: 'incident-reports', id: report.id, overrideAccess: true })).toBeTruthy()
    expect((await getMyReport(site, users.councillor, String(report.id)))?.emailPending).toBe(true)

    capture = await startResendCapture({ port })
    const row = (await outboxRows([key])).docs[0]
    await deliverOutbox(payload, { sender: resend, now: () => new Date(Date.parse(row?.nextAttemptAt ?? '') + 1) })
    expect(capture.emails().filter((email) => email.idempotencyKey === key)).toHaveLength(1)
    expect((await getMyReport(site, users.councillor, String(report.id)))?.emailPending).toBe(false)
  })
})

describe('deadlines', () => {
  it('a report not assessed in the tenant\'s time is escalated once: admins emailed the reference, the councillor sees it', async () => {
    await payload.update({ collection: 'tenants', id: tenant.id, overrideAccess: true, data: { reportEscalateAfterHours: 2 } })
    const report = await send(await newIncident(['harassment']))
    await db.query('update incident_reports set created_at = $2 where id = $1', [report.id, new Date(Date.now() - 3 * 3600_000).toISOString()])
    const fresh = await send(await newIncident(['harassment']))
    await runReportDeadlines(payload)
    await runReportDeadlines(payload)
    const escalations = await outboxRows([`report-escalated-${report.id}-${users.tenantAdmin.id}`, `report-escalated-${fresh.id}-${users.tenantAdmin.id}`])
    expect(escalations.docs.map((row) => [row.template, row.to])).toEqual([['report-escalated', users.tenantAdmin.email]])
    expect(JSON.stringify(escalations.docs[0]?.params)).not.toContain(MARKER)
    expect((await getMyReport(site, users.councillor, String(report.id)))?.escalatedAt).toBeTruthy()
    expect((await getMyReport(site, users.councillor, String(fresh.id)))?.escalatedAt).toBeNull()
  })

  it('a due next action reminds each receiving officer once per due date', async () => {
    const report = await send(await newIncident(['threat']))
    const due = new Date(Date.now() - 60_000).toISOString()
    await payload.update({ collection: 'incident-reports', id: report.id, user: users.officerAll, overrideAccess: false, data: { status: 'assessed', nextActionDue: due } })
    await runReportDeadlines(payload)
    await runReportDeadlines(payload)
    const keys = [users.officerAll, users.officerThreats].map((officer) => `report-due-${report.id}-${Date.parse(due)}-${officer.id}`)
    const reminders = await payload.find({ collection: 'email-outbox', where: { idempotencyKey: { like: `report-due-${report.id}-` } }, overrideAccess: true, limit: 0, pagination: false })
    const mine = reminders.docs.filter((row) => row.idempotencyKey.startsWith(`report-due-${report.id}-${Date.parse(due)}-`))
    expect(mine.map((row) => row.idempotencyKey).sort()).toEqual(keys.sort())
    expect(mine.map((row) => row.to).sort()).toEqual([users.officerAll.email, users.officerThreats.email].sort())
  })
})
