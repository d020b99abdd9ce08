import type { Field, Payload, PayloadRequest, Where } from 'payload'

import { isPlatformAdmin } from '@/access/roles'
import type { EngagementTemplate, Page } from '@/payload-types'
import { diffText, documentPlainText, hasChanges, type DiffPart } from '@/lib/textDiff'

import type { TailorableSlug } from './tailorEndpoint'
import { relationId } from '@/lib/relationId'

/**
 * A national document's state for one council:
 * - `inherited`: the council shows the national text as it is (and gets its changes);
 * - `tailored`: the council has its own copy, which stands in its place;
 * - `drifted`: tailored, and the national document has changed since the copy was made;
 * - `hidden`: the council does not show this page at all (pages only).
 */
export type TailoringState = 'inherited' | 'tailored' | 'drifted' | 'hidden'

type User = NonNullable<PayloadRequest['user']>

export type ToolkitEntry = {
  collection: TailorableSlug
  id: number
  title: string
  /** The page's section, or the template's audience: where an editor looks for it. */
  group: string
  updatedAt: string
  state: TailoringState | null
  copy: { id: number; status: 'draft' | 'published'; tailoredAt: string } | null
  /** For platform admins: how many councils tailored it, and how many hide it. */
  counts?: { tailored: number; hidden: number }
}

// A function, not a constant: Payload adds the access rule into the `where` it is given, so a
// shared object grew with every call (and the query with it, until it stalled the database).
const nationalWhere = (): Where => ({ and: [{ 'tenant.kind': { equals: 'baseline' } }, { _status: { equals: 'published' } }] })

type Copy = { id: number; tenant?: unknown; tailors?: unknown; hideBaseline?: boolean | null; _status?: string | null; createdAt: string; tailoredFrom?: { baselineUpdatedAt?: string | null } | null }

/** When the copy started from the national text: recorded at tailoring for pages; a template copy's creation. */
const startedFrom = (copy: Copy) => copy.tailoredFrom?.baselineUpdatedAt ?? copy.createdAt

function stateOf(copy: Copy | undefined, nationalUpdatedAt: string): TailoringState {
  if (!copy) return 'inherited'
  if (copy.hideBaseline) return 'hidden'
  return new Date(nationalUpdatedAt) > new Date(startedFrom(copy)) ? 'drifted' : 'tailored'
}

async function readCopies(payload: Payload, user: User, collection: TailorableSlug, where: Where): Promise<Copy[]> {
  const found = await payload.find({ collection, where, user, overrideAccess: false, depth: 0, pagination: false, locale: 'en' })
  return found.docs as Copy[]
}

/**
 * Every national page and rules-of-engagement template the user may read, with its state for
 * `tenant` (null: no tenant chosen) and, for platform admins, the counts across councils. Read as
 * the user: an editor sees national documents as the public does, and only their own copies.
 */
export async function nationalToolkitFor(payload: Payload, user: User, tenant: number | null): Promise<ToolkitEntry[]> {
  const asUser = { user, overrideAccess: false, depth: 0, pagination: false, locale: 'en' } as const
  const [pages, templates] = await Promise.all([
    payload.find({ collection: 'pages', where: nationalWhere(), ...asUser, select: { title: true, section: true, order: true, updatedAt: true, tenant: true }, sort: 'section' }),
    payload.find({ collection: 'engagement-templates', where: nationalWhere(), ...asUser, select: { title: true, audience: true, updatedAt: true, tenant: true } }),
  ])
  const baseline = relationId(pages.docs[0]?.tenant ?? templates.docs[0]?.tenant)
  const forCouncil = tenant !== null && tenant !== baseline
  const [pageCopies, templateCopies] = forCouncil
    ? await Promise.all([
        readCopies(payload, user, 'pages', { and: [{ tenant: { equals: tenant } }, { tailors: { exists: true } }] }),
        readCopies(payload, user, 'engagement-templates', { and: [{ tenant: { equals: tenant } }, { tailors: { exists: true } }] }),
      ])
    : [[], []]
  const allCopies = isPlatformAdmin(user)
    ? await Promise.all([
        readCopies(payload, user, 'pages', { tailors: { exists: true } }),
        readCopies(payload, user, 'engagement-templates', { tailors: { exists: true } }),
      ])
    : null

  const counts = (rows: Copy[] | undefined, id: number) => {
    const mine = (rows ?? []).filter((row) => relationId(row.tailors) === id)
    return { tailored: mine.filter((row) => !row.hideBaseline).length, hidden: mine.filter((row) => row.hideBaseline).length }
  }
  const entry = (collection: TailorableSlug, doc: { id: number; title: string; updatedAt: string }, group: string, copies: Copy[], all: Copy[] | undefined): ToolkitEntry => {
    const copy = copies.find((row) => relationId(row.tailors) === doc.id)
    return {
      collection,
      id: doc.id,
      title: doc.title,
      group,
      updatedAt: doc.updatedAt,
      state: forCouncil ? stateOf(copy, doc.updatedAt) : null,
      copy: copy ? { id: copy.id, status: copy._status === 'published' ? 'published' : 'draft', tailoredAt: startedFrom(copy) } : null,
      ...(all ? { counts: counts(all, doc.id) } : {}),
    }
  }
  return [
    ...(pages.docs as Pick<Page, 'id' | 'title' | 'section' | 'updatedAt'>[]).map((doc) => entry('pages', doc, `Section ${doc.section}`, pageCopies, allCopies?.[0])),
    ...(templates.docs as Pick<EngagementTemplate, 'id' | 'title' | 'audience' | 'updatedAt'>[]).map((doc) =>
      entry('engagement-templates', doc, `Rules of engagement: ${doc.audience === 'candidate' ? 'candidates' : 'councillors'}`, templateCopies, allCopies?.[1]),
    ),
  ]
}

export type NationalChanges = { parts: DiffPart[]; since: string } | { parts: null; since: string; reason: string }

/**
 * What changed in a national document since `since` (when a council tailored it), in English,
 * as a word diff of its plain text: the published version current at `since` against the
 * published document now. National text is public, so its history is read without the user's
 * version access (editors may not list the baseline's versions, drafts included).
 */
export async function nationalChangesSince(payload: Payload, collection: TailorableSlug, id: number, since: string): Promise<NationalChanges> {
  const [then, now] = await Promise.all([
    payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }, { 'version.updatedAt': { less_than_equal: since } }] },
      sort: '-version.updatedAt',
      limit: 1,
      locale: 'en',
      depth: 0,
      overrideAccess: true,
    }),
    payload.findByID({ collection, id, locale: 'en', depth: 0, overrideAccess: true }),
  ])
  const before = then.docs[0]?.version
  if (!before) return { parts: null, since, reason: 'The national history no longer goes back to when you tailored it.' }
  const fields = payload.collections[collection].config.fields as Field[]
  const parts = diffText(documentPlainText(fields, before), documentPlainText(fields, now))
  return hasChanges(parts) ? { parts, since } : { parts: [], since }
}
