import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig, TypeWithID } from 'payload'

type Versioned = TypeWithID & { _status?: 'draft' | 'published' | null }

/**
 * Whether a save can have changed what readers see, for a collection with drafts. Readers see
 * only the published document, so a draft or autosave of a document that has never been
 * published changes nothing public and expires nothing (the admin autosaves a new page as soon as
 * Create New opens, and every two seconds after).
 *
 * Anything that was or is published counts: a publish, an edit of a published document, an
 * unpublish. A draft saved over a published document also counts (a hook cannot tell it from an
 * unpublish: both arrive as `_status: 'draft'`); expiring then costs one fresh render, not a wrong
 * page. A collection without drafts publishes every save.
 */
export async function changesPublishedContent(args: {
  collection: SanitizedCollectionConfig
  doc: Versioned
  previousDoc?: Versioned | null
  operation: 'create' | 'update'
  req: PayloadRequest
}): Promise<boolean> {
  const { collection, doc, previousDoc, operation, req } = args
  if (!collection.versions || !collection.versions.drafts) return true
  if (doc._status === 'published' || previousDoc?._status === 'published') return true
  if (operation === 'create') return false
  // `previousDoc` is the newest version, which may be a draft over a published document; the
  // version history says whether the document was ever published (and so may be unpublished now).
  const published = await req.payload.countVersions({
    collection: collection.slug as CollectionSlug,
    where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })
  return published.totalDocs > 0
}
