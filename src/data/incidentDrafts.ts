import type { TypedUser } from 'payload'

import { emptyIncidentForm, type IncidentFormValues } from '@/components/site/incidentFormState'

import { incidentLogOpenTo } from './incidents'
import { payloadClient } from './payload'
import type { Site } from './site'

/*
 * Drafts of the record form, saved to the server as the owner types (never to the browser's
 * storage). Read and written as the user (overrideAccess: false): the `incident-drafts`
 * collection's owner-only access decides a second time. A draft is the form's values; it counts
 * nowhere (timeline, patterns, bundles, reports all read incidents only).
 */

export type DraftSummary = { id: number; updatedAt: string; excerpt: string }

const EXCERPT = 80

/** Parsed JSON back into the form's values: only known fields, only the right types. */
export function draftValuesOf(json: string | null | undefined): IncidentFormValues {
  let parsed: unknown
  try {
    parsed = json ? JSON.parse(json) : {}
  } catch {
    parsed = {}
  }
  const source = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
  const values: IncidentFormValues = { ...emptyIncidentForm, kinds: [] }
  for (const key of Object.keys(emptyIncidentForm) as (keyof IncidentFormValues)[]) {
    const value = source[key]
    if (key === 'kinds') values.kinds = Array.isArray(value) ? value.filter((kind): kind is string => typeof kind === 'string') : []
    else if (key === 'operationFord') values.operationFord = value === true
    else if (typeof value === 'string') values[key] = value
  }
  return values
}

const draftId = (id: string | number | null | undefined): number | null => {
  const text = String(id ?? '')
  return /^\d{1,9}$/.test(text) ? Number(text) : null
}

/**
 * Saves the form as typed: a new draft, or over the owner's own draft `id`. Null when the log is
 * not open to them for recording, or `id` is no draft of theirs (finished or discarded in the
 * meantime: a late autosave must not bring it back as a new draft).
 */
export async function saveDraft(site: Site, user: TypedUser, id: string | number | null, values: IncidentFormValues): Promise<{ id: number } | null> {
  if (!(await incidentLogOpenTo(site, user, { toRecord: true }))) return null
  const payload = await payloadClient()
  const content = JSON.stringify(draftValuesOf(JSON.stringify(values)))
  const existing = draftId(id)
  if (existing !== null) {
    const found = await payload.find({
      collection: 'incident-drafts',
      where: { and: [{ id: { equals: existing } }, { tenant: { equals: site.tenant.id } }] },
      depth: 0,
      limit: 1,
      overrideAccess: false,
      user,
      select: {},
    })
    // Gone (finished or discarded meanwhile) or not theirs: nothing is saved, and nothing said about it.
    if (found.docs.length === 0) return null
    await payload.update({ collection: 'incident-drafts', id: existing, data: { content }, depth: 0, overrideAccess: false, user })
    return { id: existing }
  }
  const created = await payload.create({
    collection: 'incident-drafts',
    data: { tenant: site.tenant.id, owner: user.id as number, content },
    depth: 0,
    overrideAccess: false,
    user,
  })
  return { id: created.id }
}

/** The owner's drafts in this tenant, newest first. */
export async function listDrafts(site: Site, user: TypedUser | null): Promise<DraftSummary[]> {
  if (!user || !(await incidentLogOpenTo(site, user))) return []
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'incident-drafts',
    where: { tenant: { equals: site.tenant.id } },
    sort: '-updatedAt',
    depth: 0,
    limit: 50,
    overrideAccess: false,
    user,
  })
  return found.docs.map((doc) => {
    const what = draftValuesOf(doc.content).whatHappened.trim()
    return { id: doc.id, updatedAt: doc.updatedAt, excerpt: what.length > EXCERPT ? `${what.slice(0, EXCERPT)}…` : what }
  })
}

/** One of the owner's drafts as the form's values, or null. */
export async function getDraft(site: Site, user: TypedUser | null, id: string | number | null | undefined): Promise<{ id: number; values: IncidentFormValues } | null> {
  const wanted = draftId(id)
  if (!user || wanted === null || !(await incidentLogOpenTo(site, user))) return null
  const payload = await payloadClient()
  const found = await payload.find({
    collection: 'incident-drafts',
    where: { and: [{ id: { equals: wanted } }, { tenant: { equals: site.tenant.id } }] },
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user,
  })
  const doc = found.docs[0]
  return doc ? { id: doc.id, values: draftValuesOf(doc.content) } : null
}

/** Deletes one of the owner's drafts (discarded, or finished as an incident); false when it is not theirs. */
export async function discardDraft(site: Site, user: TypedUser, id: string | number | null | undefined): Promise<boolean> {
  const draft = await getDraft(site, user, id)
  if (!draft) return false
  const payload = await payloadClient()
  await payload.delete({ collection: 'incident-drafts', id: draft.id, depth: 0, overrideAccess: false, user })
  return true
}
