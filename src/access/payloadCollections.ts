import type {
  Access,
  CollectionBeforeChangeHook,
  CollectionSlug,
  PayloadRequest,
  SanitizedCollectionConfig,
  SanitizedConfig,
  Where,
} from 'payload'

import { nobody } from './nobody'
import { platformAdminOnly } from './platformAdminOnly'
import { isPlatformAdmin } from './roles'

/**
 * Access for the collections and globals Payload adds by itself. Its defaults are "any logged-in
 * user" for edit locks and the jobs-stats global, so a councillor of one council could lock, or
 * list, what another council's editors are working on. These are applied to the sanitised
 * config, because Payload creates these collections only while sanitising ours.
 */

/** Written by the server alone (jobs queue, key-value store, migration log): no API caller reads or writes them. */
const serverOnlyCollections = ['payload-jobs', 'payload-kv', 'payload-migrations'] as const

export const LOCKS = 'payload-locked-documents'
export const PREFERENCES = 'payload-preferences'

/** Every `payload-*` collection this file gives access to; a new one fails the start (see below). */
export const payloadCollectionSlugs: readonly string[] = [...serverOnlyCollections, LOCKS, PREFERENCES]

type PolymorphicValue = { relationTo: string; value: number | string | { id: number | string } }

function isPolymorphic(value: unknown): value is PolymorphicValue {
  return typeof value === 'object' && value !== null && 'relationTo' in value && 'value' in value
}

function idOf(value: PolymorphicValue['value']): number | string {
  return typeof value === 'object' ? value.id : value
}

/**
 * The documents of `slug` the caller may update: true for all, or their ids. One query per
 * collection and request, remembered on the request because the admin asks several times a view.
 */
const editableByRequest = new WeakMap<PayloadRequest, Map<string, Promise<true | (number | string)[]>>>()

function editableIds(req: PayloadRequest, collection: SanitizedCollectionConfig): Promise<true | (number | string)[]> {
  let perRequest = editableByRequest.get(req)
  if (!perRequest) {
    perRequest = new Map()
    editableByRequest.set(req, perRequest)
  }
  const known = perRequest.get(collection.slug)
  if (known) return known
  const pending = (async (): Promise<true | (number | string)[]> => {
    const rule = await collection.access.update({ req })
    if (rule === true) return true
    if (!rule) return []
    const found = await req.payload.find({
      collection: collection.slug as CollectionSlug,
      where: rule,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: {},
      req,
    })
    return found.docs.map((doc) => doc.id)
  })()
  perRequest.set(collection.slug, pending)
  return pending
}

function lockableCollections(req: PayloadRequest): SanitizedCollectionConfig[] {
  return req.payload.config.collections.filter((collection) => collection.lockDocuments !== false)
}

/**
 * Locks a caller may see, take over or release: those on documents the caller may edit, as the
 * document's own collection says. Locks on globals are the platform admins'.
 */
const locksOfEditableDocuments: Access = async ({ req }) => {
  if (!req.user) return false
  if (isPlatformAdmin(req.user)) return true
  const conditions: Where[] = []
  for (const collection of lockableCollections(req)) {
    const ids = await editableIds(req, collection)
    if (ids !== true && ids.length === 0) continue
    const ofCollection: Where = { 'document.relationTo': { equals: collection.slug } }
    conditions.push(ids === true ? ofCollection : { and: [ofCollection, { 'document.value': { in: ids } }] })
  }
  return conditions.length > 0 ? { or: conditions } : false
}

/** A lock written by someone other than a platform admin names only a document the writer may edit, never a global. */
async function mayWriteLock(req: PayloadRequest, data: unknown): Promise<boolean> {
  if (!req.user) return false
  if (isPlatformAdmin(req.user)) return true
  if (typeof data !== 'object' || data === null) return true
  if ('globalSlug' in data && typeof data.globalSlug === 'string') {
    const globalSlug = data.globalSlug
    if (req.payload.config.globals.some((global) => global.slug === globalSlug)) return false
  }
  if (!('document' in data) || data.document === undefined) return true
  if (!isPolymorphic(data.document)) return false
  const target = lockableCollections(req).find((collection) => collection.slug === (data.document as PolymorphicValue).relationTo)
  if (!target) return false
  const ids = await editableIds(req, target)
  return ids === true || ids.includes(idOf(data.document.value))
}

const createLock: Access = async ({ req, data }) => (await mayWriteLock(req, data)) && Boolean(req.user)

const updateLock: Access = async (args) => {
  if (!(await mayWriteLock(args.req, args.data))) return false
  return locksOfEditableDocuments(args)
}

/** A lock is always held by the one who wrote it; the API cannot put a lock in someone else's name. */
const lockHeldByWriter: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  if (!req.user || (operation === 'update' && !('user' in data))) return data
  return { ...data, user: { relationTo: req.user.collection, value: req.user.id } }
}

/** Preferences are the user's own, for every role: Payload's rule, stated here so that it stays. */
const ownPreferences: Access = ({ req }) => {
  if (!req.user) return false
  const own: Where[] = [{ 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }]
  return { and: own }
}

const loggedIn: Access = ({ req }) => Boolean(req.user)

function setAccess(collection: SanitizedCollectionConfig, access: Record<'create' | 'read' | 'update' | 'delete', Access>): void {
  Object.assign(collection.access, access)
}

/**
 * Gives every collection and global Payload added an explicit rule, and refuses to start if
 * Payload (after an upgrade, say) adds one this file does not know.
 */
export function withPayloadCollectionAccess(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (!collection.slug.startsWith('payload-')) continue
    if (collection.slug === LOCKS) {
      setAccess(collection, { create: createLock, read: locksOfEditableDocuments, update: updateLock, delete: locksOfEditableDocuments })
      collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), lockHeldByWriter]
    } else if (collection.slug === PREFERENCES) {
      // The user field is set from the request by Payload, so creating names only oneself.
      setAccess(collection, { create: loggedIn, read: ownPreferences, update: ownPreferences, delete: ownPreferences })
    } else if ((serverOnlyCollections as readonly string[]).includes(collection.slug)) {
      setAccess(collection, { create: nobody, read: nobody, update: nobody, delete: nobody })
    } else {
      throw new Error(`Payload added the collection "${collection.slug}": give it explicit access in src/access/payloadCollections.ts`)
    }
  }
  for (const global of config.globals) {
    if (!global.slug.startsWith('payload-')) continue
    // Job statistics are the server's; platform admins may look, nobody writes through the API.
    global.access.read = platformAdminOnly
    global.access.update = nobody
  }
  return config
}
