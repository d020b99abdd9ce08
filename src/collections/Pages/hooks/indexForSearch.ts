import type { CollectionAfterChangeHook } from 'payload'

import { changesPublishedContent } from '@/hooks/changesPublishedContent'
import type { Page } from '@/payload-types'

import { indexPageForSearch } from '../search/indexPage'

/**
 * Keeps the search index on the published page: a publish writes its rows in every language, an
 * unpublish removes them, a draft over a published page rewrites the same published text. A
 * delete needs no hook: the rows go with the page (ON DELETE CASCADE).
 */
export const indexPageAfterChange: CollectionAfterChangeHook<Page> = async ({ collection, doc, previousDoc, operation, req }) => {
  if (await changesPublishedContent({ collection, doc, previousDoc, operation, req })) await indexPageForSearch(req.payload, doc.id, req)
  return doc
}
