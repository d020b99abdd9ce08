import { cacheTags } from '@/cache/tags'
import { isLocale, type Locale } from '@/i18n/locales'

import { cachedRead } from './cache'
import { payloadClient } from './payload'

export type DirectoryEntry = {
  slug: string
  name: string
  kind: 'council' | 'party'
  nation: string | null
  defaultLocale: Locale
}

async function readDirectory(): Promise<DirectoryEntry[]> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'tenants',
    // Read as the anonymous public: access rules, not this query, decide what is visible.
    overrideAccess: false,
    where: { and: [{ active: { equals: true } }, { kind: { not_equals: 'baseline' } }] },
    sort: 'name',
    locale: 'en',
    depth: 0,
    limit: 0,
    pagination: false,
    select: { slug: true, name: true, kind: true, nation: true, defaultLocale: true },
  })
  return result.docs.map((doc) => ({
    slug: doc.slug,
    name: doc.name,
    kind: doc.kind === 'party' ? 'party' : 'council',
    nation: doc.nation ?? null,
    defaultLocale: isLocale(doc.defaultLocale) ? doc.defaultLocale : 'en',
  }))
}

/** Active councils and parties for the directory at `/`. Tag: `tenants`. */
export function getDirectory(): Promise<DirectoryEntry[]> {
  return cachedRead(readDirectory, ['directory'], [cacheTags.tenants])
}
