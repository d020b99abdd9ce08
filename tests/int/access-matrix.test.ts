/**
 * The tenancy access matrix: every rule of tests/helpers/accessExpectations.ts, for every role,
 * operation, target and channel (REST and GraphQL through Payload's route handlers, and the Local
 * API with `overrideAccess: false` and `user` set). A case passes only when what it observes —
 * the document present or absent, the marker written or not, the document created or deleted or
 * not, checked in the database — matches the rule; a refusal must come with a refusal status.
 */
import type { Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { relationId } from '@/lib/relationId'

import {
  collectionsWithoutRows,
  expandRules,
  matrixOf,
  type CollectionProfile,
  refusalStatuses,
  type MatrixCase,
  type MatrixCollection,
  type SampleDocument,
  type Operation,
  type Target,
  targetTenant,
} from '../helpers/accessExpectations'
import { graphql, rest, type Json, type JsonObject } from '../helpers/apiClient'
import {
  CONTACT_PHONE,
  contactFixtureOf,
  createContactDoc,
  createPageDoc,
  createTemplateDoc,
  createTenancyFixtures,
  createUserDoc,
  FIXTURE_PASSWORD,
  isContactTarget,
  isPageTarget,
  isTemplateTarget,
  pageFixtureOf,
  pngFile,
  removeTenant,
  TEMPLATE_CASE_AUDIENCE,
  templateBody,
  templateFixtureOf,
  type Actor,
  type AuthUser,
  type TenancyFixtures,
  type TenantKey,
  sendUploadsToThrowawayDir,
} from '../helpers/tenancyFixtures'
import { sampleDocuments } from '../helpers/sampleDocuments'

// ── a Local API typed loosely enough to be called with any matrix collection ──────────────────
type LooseDoc = { id: number } & { [key: string]: unknown }
type LocalCommon = { collection: string; depth?: number; overrideAccess: boolean; user?: AuthUser }
type LocalFile = { data: Buffer; mimetype: string; name: string; size: number }
interface LooseLocalApi {
  find(args: LocalCommon & { where?: Where; limit?: number }): Promise<{ docs: LooseDoc[] }>
  findByID(args: LocalCommon & { id: number }): Promise<LooseDoc>
  count(args: LocalCommon & { where?: Where }): Promise<{ totalDocs: number }>
  findVersions(args: LocalCommon & { where?: Where }): Promise<{ docs: { parent: number | LooseDoc }[] }>
  create(args: LocalCommon & { data: JsonObject; file?: LocalFile }): Promise<LooseDoc>
  update(args: LocalCommon & { id: number; data: JsonObject }): Promise<LooseDoc>
  delete(args: LocalCommon & { id: number }): Promise<LooseDoc>
}

let fx: TenancyFixtures
let local: LooseLocalApi
let own: PayloadOwnFixtures
let ev: EvidenceFixtures
let scoped: DerivedFixtures
let loggerLevel = 'info'

// The config's collections, for the rows derived from each tenantScoped() declaration (loaded
// after MEDIA_DIR points at a throwaway directory: the config reads it as it loads).
sendUploadsToThrowawayDir()
const { default: loadedConfig } = await import('@payload-config')
const configCollections = (await loadedConfig).collections
const matrix = matrixOf(configCollections, sampleDocuments)
const { cases, skipped } = expandRules(matrix.rules, matrix.profiles)

function profileOf(collection: MatrixCollection): CollectionProfile {
  const profile = matrix.profiles[collection]
  if (!profile) throw new Error(`${collection} has no profile in the matrix`)
  return profile
}
const results = { ran: 0, passed: 0, failed: [] as string[], ignoredWrites: [] as string[] }

beforeAll(async () => {
  fx = await createTenancyFixtures()
  local = fx.payload as unknown as LooseLocalApi
  own = await createPayloadOwnFixtures()
  ev = await createEvidenceFixtures()
  scoped = await createDerivedFixtures()
  // Payload logs every refused GraphQL call as an error; hundreds of expected refusals hide the report.
  loggerLevel = fx.payload.logger.level
  fx.payload.logger.level = 'fatal'
  // Some sixty fixture documents: over two minutes when the machine is shared with other builds.
}, 300_000)

afterAll(async () => {
  console.log(
    `[access matrix] ${results.ran} of ${cases.length} cases ran: ${results.passed} passed, ${results.failed.length} failed` +
      (skipped.length > 0 ? `; ${skipped.length} not runnable:\n  ${skipped.map((s) => `${s.name} (${s.reason})`).join('\n  ')}` : ''),
  )
  if (results.failed.length > 0) console.log(`[access matrix] failed:\n  ${results.failed.join('\n  ')}`)
  if (results.ignoredWrites.length > 0) {
    console.log(`[access matrix] writes refused silently (2xx, nothing changed):\n  ${results.ignoredWrites.join('\n  ')}`)
  }
  if (fx) fx.payload.logger.level = loggerLevel
  await own?.cleanup()
  await ev?.cleanup()
  await scoped?.cleanup()
  await fx?.cleanup()
}, 120_000)

// ── fixtures for Payload's own collections ──────────────────────────────────────────────────────
const LOCKS = 'payload-locked-documents'
const PREFERENCES = 'payload-preferences'

type PayloadOwnFixtures = {
  /** Per tenant: a page locked by a user outside the matrix, and that lock. */
  locks: Record<TenantKey, { page: number; lock: number }>
  /** Per tenant: a page with no lock, where create and delete cases put theirs. */
  sparePages: Record<TenantKey, number>
  /** The user who holds the fixture locks (a councillor of B, outside every rule's roles). */
  holder: number
  /** Preference ids by their owner's user id. */
  preferences: Map<number, number>
  cleanup: () => Promise<void>
}

async function createPayloadOwnFixtures(): Promise<PayloadOwnFixtures> {
  const holder = fx.users.memberB.user.id
  const keys: TenantKey[] = ['A', 'B', 'baseline', 'C']
  const locks = {} as PayloadOwnFixtures['locks']
  const lockedPages = {} as Record<TenantKey, number>
  const sparePages = {} as PayloadOwnFixtures['sparePages']
  const tenantIds: Record<TenantKey, number> = { A: fx.tenants.A.id, B: fx.tenants.B.id, baseline: fx.tenants.baseline.id, C: fx.tenants.C.id }
  const page = async (tenant: number): Promise<number> => {
    const marker = fx.marker('lockable')
    return (await createPageDoc(fx.payload, { tenant, slug: marker, title: marker })).id
  }
  for (const key of keys) {
    // Pages of their own: Payload releases a document's lock whenever the document is saved,
    // and the page fixtures are saved by the pages cases.
    lockedPages[key] = await page(tenantIds[key])
    const lock = await local.create({ collection: LOCKS, data: lockData(lockedPages[key]), overrideAccess: true })
    locks[key] = { page: lockedPages[key], lock: lock.id }
    sparePages[key] = await page(tenantIds[key])
  }
  const preferences = new Map<number, number>()
  for (const actor of Object.values(fx.users)) {
    const made = await local.create({ collection: PREFERENCES, data: { key: fx.marker('pref'), value: {} }, overrideAccess: true, user: actor.user })
    preferences.set(actor.user.id, made.id)
  }
  return {
    locks,
    sparePages,
    holder,
    preferences,
    cleanup: async () => {
      const pages = [...Object.values(lockedPages), ...Object.values(sparePages)]
      await fx.payload.delete({ collection: LOCKS, where: { 'document.value': { in: pages } }, overrideAccess: true })
      await fx.payload.delete({ collection: PREFERENCES, where: { id: { in: [...preferences.values()] } }, overrideAccess: true })
    },
  }
}

/** A lock on a page, in the name of the fixture holder (the hooks put an API writer's own name on it). */
function lockData(page: number): JsonObject {
  return { document: { relationTo: 'pages', value: page }, user: { relationTo: 'users', value: fx.users.memberB.user.id } }
}

// ── fixtures for collections whose rows are derived from their tenantScoped() declaration ─────
type DerivedFixtures = {
  /** Per derived collection and tenant: a document made from its sample. */
  documents: Record<string, Record<TenantKey, number>>
  /** A new document of that collection in that tenant (for delete cases). */
  add: (collection: string, tenant: number, marker: string) => Promise<number>
  cleanup: () => Promise<void>
}

function sampleOf(collection: string): SampleDocument {
  const sample = sampleDocuments[collection]
  if (!sample) throw new Error(`${collection} has no sample document in tests/helpers/sampleDocuments.ts`)
  return sample
}

async function createDerivedFixtures(): Promise<DerivedFixtures> {
  const made: { collection: string; id: number }[] = []
  const add = async (collection: string, tenant: number, marker: string): Promise<number> => {
    const upload = profileOf(collection).upload
    const doc = await local.create({
      collection,
      data: { ...sampleOf(collection).data(marker), tenant },
      overrideAccess: true,
      ...(upload ? { file: pngFile(fx.png, `${marker}.png`) } : {}),
    })
    made.push({ collection, id: doc.id })
    return doc.id
  }
  const tenantIds: Record<TenantKey, number> = { A: fx.tenants.A.id, B: fx.tenants.B.id, baseline: fx.tenants.baseline.id, C: fx.tenants.C.id }
  const documents: DerivedFixtures['documents'] = {}
  for (const collection of matrix.derived) {
    const perTenant = {} as Record<TenantKey, number>
    for (const key of Object.keys(tenantIds) as TenantKey[]) perTenant[key] = await add(collection, tenantIds[key], fx.marker(`${collection}-${key}`))
    documents[collection] = perTenant
  }
  return {
    documents,
    add,
    cleanup: async () => {
      for (const { collection, id } of made) await removeDocument(collection, id)
    },
  }
}

// ── fixtures for evidence (an incident log in tenants A and B, switched on for the run) ───────
type EvidenceFixtures = {
  /** Per owner (user id): an incident of theirs, and one piece of evidence on it. */
  byOwner: Map<number, { incident: number; tenant: number; evidence: number }>
  /** A new piece of evidence on that owner's incident (for create and delete cases). */
  add: (owner: number, sha256?: string) => Promise<number>
  cleanup: () => Promise<void>
}

async function createEvidenceFixtures(): Promise<EvidenceFixtures> {
  const { putEncrypted, configuredBlobStore } = await import('@/storage')
  const { incidentKeyring } = await import('@/collections/Incidents/keys')
  const { Readable } = await import('node:stream')
  const tenants = [fx.tenants.A.id, fx.tenants.B.id]
  const before = new Map<number, boolean>()
  for (const id of tenants) {
    const tenant = await fx.payload.findByID({ collection: 'tenants', id, depth: 0, overrideAccess: true })
    before.set(id, tenant.incidentLogEnabled === true)
    await fx.payload.update({ collection: 'tenants', id, data: { incidentLogEnabled: true }, overrideAccess: true })
  }
  const byOwner: EvidenceFixtures['byOwner'] = new Map()
  const add = async (owner: number, sha256 = fx.marker('sha')): Promise<number> => {
    const home = byOwner.get(owner)
    if (!home) throw new Error(`no incident for user ${owner}`)
    const stored = await putEncrypted(configuredBlobStore(), incidentKeyring(), Readable.from([fx.png]))
    const doc = await local.create({
      collection: 'evidence',
      overrideAccess: true,
      data: {
        incident: home.incident,
        owner,
        tenant: home.tenant,
        sha256,
        size: fx.png.length,
        mimeType: 'image/png',
        uploadedAt: new Date().toISOString(),
        storageKey: stored.storageKey,
        encryptionKey: stored.wrappedKey,
      },
    })
    return doc.id
  }
  const owners: [Actor, number][] = [
    [fx.users.memberA, fx.tenants.A.id],
    [fx.users.memberB, fx.tenants.B.id],
    [fx.users.councillorA, fx.tenants.A.id],
    [fx.users.candidateA, fx.tenants.A.id],
  ]
  for (const [actor, tenant] of owners) {
    const incident = await local.create({
      collection: 'incidents',
      overrideAccess: true,
      data: { owner: actor.user.id, tenant, happenedAt: new Date(Date.now() - 3_600_000).toISOString(), platform: 'x', kinds: ['harassment'], whatHappened: 'matrix fixture' },
    })
    byOwner.set(actor.user.id, { incident: incident.id, tenant, evidence: 0 })
    const home = byOwner.get(actor.user.id)
    if (home) home.evidence = await add(actor.user.id)
  }
  return {
    byOwner,
    add,
    cleanup: async () => {
      // Incidents first (their evidence and files go with them): users and tenants holding a log cannot be deleted.
      for (const { incident } of byOwner.values()) await local.delete({ collection: 'incidents', id: incident, overrideAccess: true }).catch(() => undefined)
      for (const id of tenants) await fx.payload.update({ collection: 'tenants', id, data: { incidentLogEnabled: before.get(id) ?? false }, overrideAccess: true })
    },
  }
}

function evidenceOwner(target: Target, actor: Actor | undefined): number {
  if (target === 'self') {
    if (!actor) throw new Error('anonymous has no evidence')
    return actor.user.id
  }
  if (target === 'A') return fx.users.memberA.user.id
  if (target === 'B') return fx.users.memberB.user.id
  throw new Error(`no evidence for target ${target}`)
}

function preferenceOf(target: Target, actor: Actor | undefined): number {
  const owner = target === 'self' ? actor?.user.id : target === 'A' ? fx.users.memberA.user.id : target === 'B' ? fx.users.memberB.user.id : undefined
  const id = owner === undefined ? undefined : own.preferences.get(owner)
  if (id === undefined) throw new Error(`no preference for target ${target}`)
  return id
}

// ── what the cases act on ─────────────────────────────────────────────────────────────────────
function tenantOfTarget(target: Target): number {
  switch (targetTenant(target)) {
    case 'A':
      return fx.tenants.A.id
    case 'B':
      return fx.tenants.B.id
    case 'baseline':
      return fx.tenants.baseline.id
    case 'inactive':
      return fx.tenants.C.id
    default:
      throw new Error(`target ${target} is not a tenant`)
  }
}

/** The shared fixture a read or update acts on. */
function existingDocument(collection: MatrixCollection, target: Target, actor: Actor | undefined): number {
  switch (collection) {
    case 'tenants':
      return tenantOfTarget(target)
    case 'users':
      if (target === 'self') {
        if (!actor) throw new Error('anonymous has no self')
        return actor.user.id
      }
      if (target === 'A') return fx.users.memberA.user.id
      if (target === 'B') return fx.users.memberB.user.id
      throw new Error(`no user for target ${target}`)
    case 'pages':
      if (!isPageTarget(target)) throw new Error(`no page for target ${target}`)
      return fx.pages[target].id
    case 'contacts':
      if (!isContactTarget(target)) throw new Error(`no contact for target ${target}`)
      return fx.contacts[target].id
    case 'engagement-templates':
      if (!isTemplateTarget(target)) throw new Error(`no engagement template for target ${target}`)
      return fx.templates[target].id
    case 'email-outbox':
      if (target !== 'global') throw new Error(`no outbox document for target ${target}`)
      return fx.outbox.id
    case 'payload-locked-documents':
      return own.locks[tenantKeyOfTarget(target)].lock
    case 'payload-preferences':
      return preferenceOf(target, actor)
    case 'evidence': {
      const home = ev.byOwner.get(evidenceOwner(target, actor))
      if (!home) throw new Error(`no evidence for target ${target}`)
      return home.evidence
    }
    default: {
      const id = scoped.documents[collection]?.[tenantKeyOfTarget(target)]
      if (id === undefined) throw new Error(`no ${collection} for target ${target}`)
      return id
    }
  }
}

function tenantKeyOfTarget(target: Target): TenantKey {
  const tenant = targetTenant(target)
  if (tenant === undefined) throw new Error(`target ${target} is not a tenant`)
  return tenant === 'inactive' ? 'C' : tenant
}

/**
 * Engagement templates: at most one per tenant and audience, so a create or delete case works in
 * the TEMPLATE_CASE_AUDIENCE slot of its tenant, emptied of the fixture that holds it for the
 * length of the case (and the fixture made again afterwards). Other collections need no room.
 */
async function withRoom<T>(collection: MatrixCollection, target: Target, work: () => Promise<T>): Promise<T> {
  if (collection !== 'engagement-templates') return work()
  const restore = await fx.makeRoomForTemplate(tenantKeyOfTarget(target))
  try {
    return await work()
  } finally {
    await restore()
  }
}

/** A document made for a delete case (or, for a tenant itself or a user's self, the real one). */
async function documentToDelete(collection: MatrixCollection, target: Target, actor: Actor | undefined): Promise<number> {
  const marker = fx.marker('del')
  switch (collection) {
    case 'tenants':
      if (target !== 'new') return tenantOfTarget(target)
      return (
        await fx.payload.create({
          collection: 'tenants',
          data: { name: marker, slug: marker, kind: 'council', nation: 'england', active: false, locales: ['en'], defaultLocale: 'en' },
          overrideAccess: true,
        })
      ).id
    case 'users':
      if (target === 'self') return existingDocument(collection, target, actor)
      return (await createUserDoc(fx.payload, `${marker}@example.org`, [{ tenant: tenantOfTarget(target), roles: ['councillor'] }])).id
    case 'pages': {
      const { audience, status } = pageFixtureOf(target)
      return (await createPageDoc(fx.payload, { tenant: tenantOfTarget(target), slug: marker, title: marker, audience, status })).id
    }
    case 'contacts': {
      const { audience, nations } = contactFixtureOf(target)
      return (await createContactDoc(fx.payload, { tenant: tenantOfTarget(target), label: marker, audience, nations })).id
    }
    case 'engagement-templates': {
      const { status } = templateFixtureOf(target)
      return (await createTemplateDoc(fx.payload, { tenant: tenantOfTarget(target), title: marker, audience: TEMPLATE_CASE_AUDIENCE, status })).id
    }
    case 'email-outbox':
      return (
        await fx.payload.create({
          collection: 'email-outbox',
          data: { template: 'message', status: 'sent', priority: 50, attempts: 1, idempotencyKey: marker, to: 'someone@example.org', from: 'portal@example.org', subject: marker },
          overrideAccess: true,
        })
      ).id
    case 'payload-locked-documents':
      return (await local.create({ collection: LOCKS, data: lockData(own.sparePages[tenantKeyOfTarget(target)]), overrideAccess: true })).id
    case 'payload-preferences': {
      // Made afresh for `self` too, so that an allowed delete leaves the shared fixture in place.
      const owner = target === 'self' ? actor : target === 'A' ? fx.users.memberA : fx.users.memberB
      if (!owner) throw new Error('anonymous has no preferences')
      return (await local.create({ collection: PREFERENCES, data: { key: marker, value: {} }, overrideAccess: true, user: owner.user })).id
    }
    case 'evidence':
      return ev.add(evidenceOwner(target, actor))
    default:
      return scoped.add(collection, tenantOfTarget(target), marker)
  }
}

type CreateInput = { data: JsonObject; file: boolean; find: Where; inTarget: (doc: LooseDoc) => boolean }

function createInput(collection: MatrixCollection, target: Target, marker: string): CreateInput {
  switch (collection) {
    case 'tenants':
      if (target !== 'new') throw new Error('tenants are created as target new')
      return {
        data: { name: marker, slug: marker, kind: 'council', nation: 'england', active: false, locales: ['en'], defaultLocale: 'en' },
        file: false,
        find: { slug: { equals: marker } },
        inTarget: () => true,
      }
    case 'users': {
      const tenant = tenantOfTarget(target)
      return {
        data: { email: `${marker}@example.org`, password: FIXTURE_PASSWORD, name: marker, tenants: [{ tenant, roles: ['editor'] }] },
        file: false,
        find: { email: { equals: `${marker}@example.org` } },
        inTarget: (doc) =>
          Array.isArray(doc.tenants) &&
          doc.tenants.some((m: unknown) => m !== null && typeof m === 'object' && 'tenant' in m && relationId(m.tenant) === tenant),
      }
    }
    case 'pages': {
      const tenant = tenantOfTarget(target)
      return {
        data: { tenant, title: marker, slug: marker, section: 'local', audience: 'public' },
        file: false,
        find: { slug: { equals: marker } },
        inTarget: (doc) => relationId(doc.tenant) === tenant,
      }
    }
    case 'contacts': {
      const tenant = tenantOfTarget(target)
      return {
        data: { tenant, kind: 'other', audience: 'public', label: marker, phone: CONTACT_PHONE },
        file: false,
        find: { label: { equals: marker } },
        inTarget: (doc) => relationId(doc.tenant) === tenant,
      }
    }
    case 'engagement-templates': {
      const tenant = tenantOfTarget(target)
      return {
        data: { ...templateBody(marker), tenant, audience: TEMPLATE_CASE_AUDIENCE },
        file: false,
        find: { title: { equals: marker } },
        inTarget: (doc) => relationId(doc.tenant) === tenant,
      }
    }
    case 'email-outbox':
      if (target !== 'global') throw new Error('outbox documents are created as target global')
      return {
        data: { template: 'message', status: 'sent', priority: 50, attempts: 1, idempotencyKey: marker, to: 'someone@example.org', from: 'portal@example.org', subject: marker },
        file: false,
        find: { subject: { equals: marker } },
        inTarget: () => true,
      }
    case 'payload-locked-documents': {
      const page = own.sparePages[tenantKeyOfTarget(target)]
      return {
        data: lockData(page),
        file: false,
        find: { and: [{ 'document.relationTo': { equals: 'pages' } }, { 'document.value': { equals: page } }] },
        inTarget: () => true,
      }
    }
    case 'evidence': {
      const home = ev.byOwner.get(evidenceOwner(target, undefined))
      if (!home) throw new Error(`no incident for target ${target}`)
      return {
        data: { incident: home.incident, tenant: home.tenant, sha256: marker, size: 1, mimeType: 'image/png', uploadedAt: new Date().toISOString(), storageKey: '0'.repeat(32), encryptionKey: 'x' },
        file: false,
        find: { sha256: { equals: marker } },
        inTarget: () => true,
      }
    }
    case 'payload-preferences':
      // The user named here is someone else's: Payload writes the caller's own instead.
      return {
        data: { key: marker, value: {}, user: { relationTo: 'users', value: fx.users.memberA.user.id } },
        file: false,
        find: { key: { equals: marker } },
        inTarget: () => true,
      }
    default: {
      // A collection whose rows are derived: its sample document, in the target's tenant.
      const tenant = tenantOfTarget(target)
      const { markerField, data } = sampleOf(collection)
      return {
        data: { ...data(marker), tenant },
        file: profileOf(collection).upload,
        find: { [markerField]: { equals: marker } },
        inTarget: (doc) => relationId(doc.tenant) === tenant,
      }
    }
  }
}

function nested(path: string, value: Json): JsonObject {
  const [head, ...rest] = path.split('.')
  if (head === undefined) throw new Error('empty path')
  return { [head]: rest.length === 0 ? value : nested(rest.join('.'), value) }
}

function readPath(doc: unknown, path: string): unknown {
  let value = doc
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

async function markerValue(collection: MatrixCollection, id: number): Promise<unknown> {
  const doc = await local.findByID({ collection, id, depth: 0, overrideAccess: true })
  return readPath(doc, profileOf(collection).markerField)
}

async function exists(collection: MatrixCollection, id: number): Promise<boolean> {
  return (await local.count({ collection, where: { id: { equals: id } }, overrideAccess: true })).totalDocs > 0
}

async function removeDocument(collection: MatrixCollection, id: number): Promise<void> {
  if (!(await exists(collection, id))) return
  if (collection === 'tenants') return removeTenant(fx.payload, id)
  await local.delete({ collection, id, overrideAccess: true })
}

// ── one call, on one channel ──────────────────────────────────────────────────────────────────
type Observation = { ok: boolean; status: number; message: string; ids: number[]; count?: number }

type Call = { operation: Operation; id?: number; data?: JsonObject; file?: boolean }

function idsOf(value: Json | undefined, key = 'id'): number[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((item) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return []
    const id = relationId(item[key])
    return id === undefined ? [] : [id]
  })
}

function errorMessage(json: JsonObject): string {
  const first = Array.isArray(json.errors) ? json.errors[0] : undefined
  return first !== null && typeof first === 'object' && !Array.isArray(first) ? JSON.stringify(first) : JSON.stringify(json).slice(0, 300)
}

async function viaRest(slug: string, call: Call, actor: Actor | undefined): Promise<Observation> {
  const token = actor?.token
  const byId = { 'where[id][equals]': String(call.id), depth: '0' }
  switch (call.operation) {
    case 'find': {
      const r = await rest('GET', slug, { token, query: { ...byId, limit: '100' } })
      return { ok: r.status === 200, status: r.status, message: errorMessage(r.json), ids: idsOf(r.json.docs) }
    }
    case 'findByID': {
      const r = await rest('GET', `${slug}/${call.id}`, { token, query: { depth: '0' } })
      const id = relationId(r.json.id)
      return { ok: r.status === 200, status: r.status, message: errorMessage(r.json), ids: id === undefined ? [] : [id] }
    }
    case 'count': {
      const r = await rest('GET', `${slug}/count`, { token, query: byId })
      const count = typeof r.json.totalDocs === 'number' ? r.json.totalDocs : undefined
      return { ok: r.status === 200, status: r.status, message: errorMessage(r.json), ids: [], ...(count === undefined ? {} : { count }) }
    }
    case 'findVersions': {
      const r = await rest('GET', `${slug}/versions`, { token, query: { 'where[parent][equals]': String(call.id), depth: '0' } })
      return { ok: r.status === 200, status: r.status, message: errorMessage(r.json), ids: idsOf(r.json.docs, 'parent') }
    }
    case 'create': {
      const file = call.file ? { data: fx.png, mimetype: 'image/png', name: 'case.png' } : undefined
      const r = await rest('POST', slug, { token, body: call.data ?? {}, ...(file ? { file } : {}) })
      return { ok: r.status >= 200 && r.status < 300, status: r.status, message: errorMessage(r.json), ids: [] }
    }
    case 'update': {
      const r = await rest('PATCH', `${slug}/${call.id}`, { token, body: call.data ?? {} })
      return { ok: r.status >= 200 && r.status < 300, status: r.status, message: errorMessage(r.json), ids: [] }
    }
    case 'delete': {
      const r = await rest('DELETE', `${slug}/${call.id}`, { token })
      return { ok: r.status >= 200 && r.status < 300, status: r.status, message: errorMessage(r.json), ids: [] }
    }
  }
}

async function viaGraphql(collection: MatrixCollection, call: Call, actor: Actor | undefined): Promise<Observation> {
  const names: CollectionProfile['graphql'] = profileOf(collection).graphql
  const whereId: JsonObject = { where: { id: { equals: call.id ?? 0 } } }
  let query: string
  let variables: JsonObject
  switch (call.operation) {
    case 'find':
      query = `query Q($where: ${names.whereType}) { r: ${names.many}(where: $where, limit: 100) { docs { id } } }`
      variables = whereId
      break
    case 'findByID':
      query = `query Q($id: Int!) { r: ${names.one}(id: $id) { id } }`
      variables = { id: call.id ?? 0 }
      break
    case 'count':
      query = `query Q($where: ${names.whereType}) { r: ${names.count}(where: $where) { totalDocs } }`
      variables = whereId
      break
    case 'findVersions':
      if (!names.versions) throw new Error(`${collection} has no GraphQL versions query in its profile`)
      query = `query Q { r: ${names.versions}(where: { parent: { equals: ${call.id ?? 0} } }) { docs { parent { id } } } }`
      variables = {}
      break
    case 'create':
      query = `mutation M($data: ${names.createInput}!) { r: ${names.create}(data: $data) { id } }`
      variables = { data: call.data ?? {} }
      break
    case 'update':
      query = `mutation M($id: Int!, $data: ${names.updateInput}!) { r: ${names.update}(id: $id, data: $data) { id } }`
      variables = { id: call.id ?? 0, data: call.data ?? {} }
      break
    case 'delete':
      query = `mutation M($id: Int!) { r: ${names.delete}(id: $id) { id } }`
      variables = { id: call.id ?? 0 }
      break
  }
  const response = await graphql(query, variables, actor?.token)
  const first = response.errors[0]
  const result = response.data?.r
  const ok = response.errors.length === 0 && result !== null && result !== undefined
  const status = first ? (first.statusCode ?? 0) : response.status
  const message = first ? first.message : ''
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return { ok, status, message, ids: [] }
  if (call.operation === 'find') return { ok, status, message, ids: idsOf(result.docs) }
  if (call.operation === 'findVersions') return { ok, status, message, ids: idsOf(result.docs, 'parent') }
  if (call.operation === 'count') {
    return { ok, status, message, ids: [], ...(typeof result.totalDocs === 'number' ? { count: result.totalDocs } : {}) }
  }
  const id = relationId(result.id)
  return { ok, status, message, ids: id === undefined ? [] : [id] }
}

async function viaLocal(collection: MatrixCollection, call: Call, actor: Actor | undefined): Promise<Observation> {
  const common: LocalCommon = { collection, depth: 0, overrideAccess: false, ...(actor ? { user: actor.user } : {}) }
  const where: Where = { id: { equals: call.id } }
  try {
    switch (call.operation) {
      case 'find': {
        const found = await local.find({ ...common, where, limit: 100 })
        return { ok: true, status: 200, message: '', ids: found.docs.map((doc) => doc.id) }
      }
      case 'findByID': {
        const doc = await local.findByID({ ...common, id: call.id ?? 0 })
        return { ok: true, status: 200, message: '', ids: [doc.id] }
      }
      case 'count': {
        const counted = await local.count({ ...common, where })
        return { ok: true, status: 200, message: '', ids: [], count: counted.totalDocs }
      }
      case 'findVersions': {
        const found = await local.findVersions({ ...common, where: { parent: { equals: call.id } } })
        return { ok: true, status: 200, message: '', ids: found.docs.flatMap((doc) => relationId(doc.parent) ?? []) }
      }
      case 'create': {
        const doc = await local.create({ ...common, data: call.data ?? {}, ...(call.file ? { file: pngFile(fx.png, 'case.png') } : {}) })
        return { ok: true, status: 201, message: '', ids: [doc.id] }
      }
      case 'update': {
        const doc = await local.update({ ...common, id: call.id ?? 0, data: call.data ?? {} })
        return { ok: true, status: 200, message: '', ids: [doc.id] }
      }
      case 'delete': {
        const doc = await local.delete({ ...common, id: call.id ?? 0 })
        return { ok: true, status: 200, message: '', ids: [doc.id] }
      }
    }
  } catch (error) {
    const status = error !== null && typeof error === 'object' && 'status' in error && typeof error.status === 'number' ? error.status : 0
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    return { ok: false, status, message, ids: [] }
  }
}

function observe(c: MatrixCase, call: Call, actor: Actor | undefined): Promise<Observation> {
  switch (c.channel) {
    case 'rest':
      return viaRest(profileOf(c.collection).slug, call, actor)
    case 'graphql':
      return viaGraphql(c.collection, call, actor)
    case 'local':
      return viaLocal(c.collection, call, actor)
  }
}

/**
 * 'allowed' when the call succeeded and had its effect; 'denied' when the effect did not happen
 * and the call was either refused with a refusal status or (reads) left the document out, or
 * (writes) silently dropped what it was not allowed to write; anything else describes itself
 * and matches neither expectation.
 */
function verdict(c: MatrixCase, observation: Observation, effect: boolean): string {
  const refused = !observation.ok && refusalStatuses[c.operation].includes(observation.status)
  if (effect) return observation.ok ? 'allowed' : `effect happened although the call failed (${observation.status} ${observation.message})`
  if (refused) return 'denied'
  if (observation.ok) {
    // A write that answered 2xx but did not do what was asked (e.g. a field dropped by field
    // access: a user created without the membership that was sent).
    if (c.operation === 'create' || c.operation === 'update' || c.operation === 'delete') {
      results.ignoredWrites.push(`${c.name}: answered ${observation.status} but did not do what was asked`)
    }
    return 'denied'
  }
  return `failed with an unexpected status ${observation.status}: ${observation.message}`
}

async function runCase(c: MatrixCase): Promise<{ verdict: string; detail: string }> {
  const actor = fx.actor(c.role)
  const profile = profileOf(c.collection)
  switch (c.operation) {
    case 'find':
    case 'findByID':
    case 'count':
    case 'findVersions': {
      const id = existingDocument(c.collection, c.target, actor)
      const o = await observe(c, { operation: c.operation, id }, actor)
      const effect = c.operation === 'count' ? o.ok && o.count === 1 : o.ok && o.ids.includes(id)
      return { verdict: verdict(c, o, effect), detail: `status ${o.status}, ids [${o.ids.join(',')}], count ${o.count ?? '-'} ${o.message}` }
    }
    case 'update': {
      const id = existingDocument(c.collection, c.target, actor)
      const before = await markerValue(c.collection, id)
      const marker = fx.marker('upd')
      const o = await observe(c, { operation: 'update', id, data: nested(profile.markerField, marker) }, actor)
      const after = await markerValue(c.collection, id)
      const effect = after === marker
      if (after !== before) {
        const restore: Json = typeof before === 'string' ? before : null
        // As the caller who changed it: Payload's own collections take their owner from the request.
        await local.update({ collection: c.collection, id, data: nested(profile.markerField, restore), overrideAccess: true, ...(actor ? { user: actor.user } : {}) })
      }
      return { verdict: verdict(c, o, effect), detail: `status ${o.status}, ${profile.markerField} ${JSON.stringify(before)} → ${JSON.stringify(after)} ${o.message}` }
    }
    case 'create':
      return withRoom(c.collection, c.target, async () => {
        const marker = fx.marker('new')
        const input = createInput(c.collection, c.target, marker)
        const o = await observe(c, { operation: 'create', data: input.data, file: input.file }, actor)
        const made = await local.find({ collection: c.collection, where: input.find, depth: 0, overrideAccess: true })
        const effect = made.docs.some(input.inTarget)
        for (const doc of made.docs) await removeDocument(c.collection, doc.id)
        return {
          verdict: verdict(c, o, effect),
          detail: `status ${o.status}, ${made.docs.length} created, in target: ${effect} ${o.message}`,
        }
      })
    case 'delete':
      return withRoom(c.collection, c.target, async () => {
        const id = await documentToDelete(c.collection, c.target, actor)
        const o = await observe(c, { operation: 'delete', id }, actor)
        const effect = !(await exists(c.collection, id))
        const disposable = !(c.collection === 'tenants' && c.target !== 'new') && c.target !== 'self'
        if (disposable) await removeDocument(c.collection, id)
        return { verdict: verdict(c, o, effect), detail: `status ${o.status}, deleted: ${effect} ${o.message}` }
      })
  }
}

describe('tenancy access matrix', () => {
  it('has cases for every collection of the profiles', () => {
    const covered = new Set(cases.map((c) => c.collection))
    expect([...covered].sort()).toEqual(Object.keys(matrix.profiles).sort())
  })

  it('has rows for every collection of the config, or it names the file that tests that collection', () => {
    expect(collectionsWithoutRows(configCollections.map((collection) => collection.slug), matrix.rules)).toEqual([])
  })

  it("derives the rows of tenant-scoped collections that use a standard read rule (media's)", () => {
    expect(matrix.derived).toContain('media')
  })

  for (const c of cases) {
    it(c.name, async () => {
      results.ran += 1
      const { verdict: actual, detail } = await runCase(c)
      if (actual !== c.expected) results.failed.push(`${c.name} — got ${actual} (${detail}) — spec: ${c.spec}`)
      else results.passed += 1
      expect(actual, `${detail}\nspec: ${c.spec}`).toBe(c.expected)
    })
  }
})
