import type { CollectionAfterChangeHook } from 'payload'

import { changesPublishedContent } from '@/hooks/changesPublishedContent'
import { deferUntilAnswered } from '@/lib/afterResponse'
import type { Page } from '@/payload-types'

import { indexPageForSearch, indexPageInOwnTransaction } from '../search/indexPage'

/**
 * Keeps the search index on the published page: a publish writes its rows in every language, an
 * unpublish removes them, a draft over a published page rewrites the same published text. A
 * delete needs no hook: the rows go with the page (ON DELETE CASCADE).
 *
 * Inside a request (an editor's Publish) the rows are written once the answer has been sent, from
 * what was committed: reading the page in every language was the slowest part of the save
 * (`npm run bench:publish`), and the editor and the cache expiry that makes the publish visible
 * waited for it. The rows are rebuilt from the published version whatever the save did, so a save
 * that failed only rewrites the rows it had. Outside a request (seed, CLI, integration tests) they
 * are written in the save's own transaction, as before.
 */
export const indexPageAfterChange: CollectionAfterChangeHook<Page> = async ({ collection, doc, previousDoc, operation, req }) => {
  if (!(await changesPublishedContent({ collection, doc, previousDoc, operation, req }))) return doc
  const { payload } = req
  const deferred = deferUntilAnswered(() => {
    // Started, not awaited: Next applies the revalidateTag calls made in after() only once every
    // after() callback has finished, and the cache expiry that makes the publish visible must not
    // wait for the index.
    void indexPageInOwnTransaction(payload, doc.id).catch((error: unknown) => {
      payload.logger.error({ err: error, msg: `Search index: page ${doc.id} was not re-indexed after its save` })
    })
  })
  if (!deferred) await indexPageForSearch(payload, doc.id, req)
  return doc
}
