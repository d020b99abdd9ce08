import type { Metadata } from 'next'

import { NotFoundMain } from '@/components/site/NotFound.client'
import { NotFoundDocument, notFoundTitle } from '@/components/site/NotFoundDocument'
import { notFoundForRequest } from '@/data/site'

import './(site)/site.css'

/*
 * A path that no route matches (say /{tenant}/{locale}/a/b, or anything on an unknown custom
 * domain that is deeper than a page) has no layout to render in: the app has several root layouts.
 * Next renders this file instead (experimental.globalNotFound), per request, since the answer
 * depends on the path and Accept-Language.
 */
export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  return { title: await notFoundTitle(await notFoundForRequest()) }
}

export default async function GlobalNotFound() {
  return (
    <NotFoundDocument found={await notFoundForRequest()}>
      <NotFoundMain />
    </NotFoundDocument>
  )
}
