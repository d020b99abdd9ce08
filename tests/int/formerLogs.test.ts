/**
 * Twelve months after leaving (issue 19, item 7): when a membership ends the person is told their
 * incident log stays theirs for 12 months; a daily job (run here by hand, with its clock as a
 * parameter) warns them once 30 days before, then deletes the log (incidents, evidence files,
 * history, drafts), never before the warning is 30 days old, and never a current member's.
 */
import { Readable } from 'node:stream'

import type { Payload, TypedUser, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { deliverOutbox } from '@/collections/EmailOutbox/deliver'
import { incidentKeyring } from '@/collections/Incidents/keys'
import { saveDraft } from '@/data/incidentDrafts'
import { recordIncident } from '@/data/incidents'
import type { Site } from '@/data/site'
import { emptyIncidentForm } from '@/components/site/incidentFormState'
import { endDueMemberships } from '@/jobs/endMemberships'
import { expireFormerLogs, logDeletionDate } from '@/jobs/expireFormerLogs'
import { configuredBlobStore, putEncrypted } from '@/storage'
import type { EmailOutbox, Tenant } from '@/payload-types'

import { createMember, createTenant, ensureSeeded } from '../helpers/contacts'
import { incidentInput, storeEvidence, storedFileExists } from '../helpers/incidentFixtures'
import { siteFor, testPayload, uniqueSuffix } from '../helpers/payload'

const DAY = 86_400_000
let payload: Payload
let tenant: Tenant
let site: Site
const suffix = uniqueSuffix()
const MARKER = `FORMERMARK${suffix}`

const asTyped = (user: { id: number }) => ({ ...user, collection: 'users' }) as unknown as TypedUser

async function member(label: string): Promise<TypedUser> {
  return asTyped(await createMember(payload, `former-${label}-${suffix}@example.org`, [{ tenant: tenant.id, roles: ['councillor'] }]))
}

async function keepLog(user: TypedUser): Promise<{ incident: number; storageKey: string; previewKey: string }> {
  const result = await recordIncident(site, user, incidentInput(`${MARKER} what`))
  if (!result.ok) throw new Error('not recorded')
  await saveDraft(site, user, null, { ...emptyIncidentForm, whatHappened: `${MARKER} draft` })
  // An image's preview is a second stored file of the same row: it must go with the original.
  const preview = await putEncrypted(configuredBlobStore(), incidentKeyring(), Readable.from([Buffer.from(`${MARKER} preview`)]))
  const { storageKey } = await storeEvidence(payload, { incident: result.id, owner: user.id as number, tenant: tenant.id }, MARKER, {
    mimeType: 'image/png',
    previewStorageKey: preview.storageKey,
    previewEncryptionKey: preview.wrappedKey,
    previewWidth: 1,
    previewHeight: 1,
  })
  return { incident: result.id, storageKey, previewKey: preview.storageKey }
}

async function endMembership(user: TypedUser, endsAt: Date): Promise<void> {
  const current = await payload.findByID({ collection: 'users', id: user.id as number, depth: 0, overrideAccess: true })
  const tenants = (current.tenants ?? []).map((m) => ({ ...m, tenant: typeof m.tenant === 'number' ? m.tenant : m.tenant.id, endsAt: endsAt.toISOString() }))
  await payload.update({ collection: 'users', id: user.id as number, data: { tenants }, overrideAccess: true })
}

async function mail(to: string, template: string): Promise<EmailOutbox[]> {
  await deliverOutbox(payload)
  return (await payload.find({ collection: 'email-outbox', where: { and: [{ to: { equals: to } }, { template: { equals: template } }] }, limit: 0, pagination: false, overrideAccess: true })).docs
}

async function logSize(user: TypedUser): Promise<number> {
  const where: Where = { and: [{ owner: { equals: user.id } }, { tenant: { equals: tenant.id } }] }
  const counts = await Promise.all([
    payload.count({ collection: 'incidents', where, overrideAccess: true }),
    payload.count({ collection: 'incident-drafts', where, overrideAccess: true }),
    payload.count({ collection: 'evidence', where, overrideAccess: true }),
  ])
  return counts.reduce((sum, count) => sum + count.totalDocs, 0)
}

beforeAll(async () => {
  payload = await testPayload()
  await ensureSeeded(payload)
  tenant = await createTenant(payload, { slug: `former-${suffix}`, nation: 'wales', locales: ['en', 'cy'] })
  await payload.update({ collection: 'tenants', id: tenant.id, data: { incidentLogEnabled: true }, overrideAccess: true })
  site = await siteFor(tenant.slug, 'en')
}, 300_000)

describe('when a membership ends', () => {
  it('the person who keeps a log is told it stays theirs for 12 months, once; someone without a log is not', async () => {
    const leaver = await member('leaver')
    const noLog = await member('nolog')
    await keepLog(leaver)
    const ended = new Date(Date.now() - 60_000)
    for (const user of [leaver, noLog]) await endMembership(user, ended)
    await endDueMemberships(payload)
    await endDueMemberships(payload)
    const [kept, ...more] = await mail(leaver.email as string, 'incident-log-kept')
    expect(more).toEqual([])
    expect(kept?.params).toEqual({ locale: 'en', deleteOn: logDeletionDate(ended.toISOString()).toISOString() })
    expect(kept?.text).toContain('stays yours')
    expect(kept?.text).toContain(`/${tenant.slug}/en/members/incidents`)
    // Nothing of the log in the email.
    expect(`${kept?.html}${kept?.text}${kept?.subject}`).not.toContain(MARKER)
    expect(await mail(noLog.email as string, 'incident-log-kept')).toEqual([])
  })
})

describe('the daily expiry job', () => {
  it('warns once, from 30 days before the 12 months are up, and deletes nothing then', async () => {
    const leaver = await member('warned')
    await keepLog(leaver)
    const endsAt = new Date(Date.now() - 200 * DAY)
    await endMembership(leaver, endsAt)
    const deleteOn = logDeletionDate(endsAt.toISOString()).getTime()
    // Earlier than 30 days before: nothing.
    await expireFormerLogs(payload, new Date(deleteOn - 31 * DAY))
    expect(await mail(leaver.email as string, 'incident-log-expiring')).toEqual([])
    // 30 days before: one warning, the log untouched; run again, still one.
    await expireFormerLogs(payload, new Date(deleteOn - 29 * DAY))
    await expireFormerLogs(payload, new Date(deleteOn - 28 * DAY))
    const warnings = await mail(leaver.email as string, 'incident-log-expiring')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.params).toEqual({ locale: 'en', deleteOn: new Date(deleteOn).toISOString() })
    expect(`${warnings[0]?.html}${warnings[0]?.text}`).not.toContain(MARKER)
    expect(await logSize(leaver)).toBe(3)
  })

  it('deletes the log (incidents, files, history, drafts) after 12 months, never before the warning is 30 days old', async () => {
    const leaver = await member('expired')
    const { storageKey, previewKey, incident } = await keepLog(leaver)
    // Ended 400 days ago and never warned (the job was not running): the first run warns only.
    await endMembership(leaver, new Date(Date.now() - 400 * DAY))
    const now = Date.now()
    await expireFormerLogs(payload, new Date(now))
    expect(await mail(leaver.email as string, 'incident-log-expiring')).toHaveLength(1)
    expect(await logSize(leaver)).toBe(3)
    await expireFormerLogs(payload, new Date(now + 29 * DAY))
    expect(await logSize(leaver)).toBe(3)
    const summary = await expireFormerLogs(payload, new Date(now + 31 * DAY))
    expect(summary.deleted).toBeGreaterThanOrEqual(1)
    expect(await logSize(leaver)).toBe(0)
    expect(await storedFileExists(storageKey)).toBe(false)
    expect(await storedFileExists(previewKey)).toBe(false)
    const history = await payload.find({ collection: 'incident-history', where: { incident: { equals: incident } }, overrideAccess: true })
    expect(history.docs.map((entry) => ({ action: entry.action, previous: entry.previous ?? null, actor: entry.actor ?? null }))).toEqual([{ action: 'log-deleted', previous: null, actor: null }])
    expect(await mail(leaver.email as string, 'incident-log-expiring')).toHaveLength(1)
  })

  it('leaves a re-elected member\'s log alone', async () => {
    const back = await member('reelected')
    await keepLog(back)
    // An old membership row ended long ago, and a current one in the same council.
    const current = await payload.findByID({ collection: 'users', id: back.id as number, depth: 0, overrideAccess: true })
    const rows = (current.tenants ?? []).map((m) => ({ ...m, tenant: tenant.id, endsAt: new Date(Date.now() - 400 * DAY).toISOString() }))
    await payload.update({ collection: 'users', id: back.id as number, data: { tenants: [...rows, { tenant: tenant.id, roles: ['councillor'] }] }, overrideAccess: true })
    await expireFormerLogs(payload, new Date(Date.now() + 60 * DAY))
    expect(await logSize(back)).toBe(3)
    expect(await mail(back.email as string, 'incident-log-expiring')).toEqual([])
  })
})
