import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

/**
 * Words readers search with that the toolkit's text does not use. Platform admins extend the list
 * in the admin (Platform → Search synonyms); the seed only adds what is missing.
 */
export const seedSynonyms: { locale: Locale; term: string; expansion: string }[] = [
  { locale: 'en', term: 'doxxing', expansion: 'home address' },
  { locale: 'en', term: 'doxing', expansion: 'home address' },
  { locale: 'en', term: 'deepfake', expansion: 'impersonation' },
  { locale: 'en', term: 'troll', expansion: 'abuse' },
  { locale: 'en', term: 'trolling', expansion: 'abuse' },
  { locale: 'en', term: 'hacked', expansion: 'secure accounts' },
  { locale: 'cy', term: 'doxxing', expansion: 'cyfeiriad cartref' },
  { locale: 'cy', term: 'deepfake', expansion: 'dynwared' },
  { locale: 'cy', term: 'troll', expansion: 'cam-drin' },
]

/** The seeded synonyms that do not exist yet (by language and term); returns how many were added. */
export async function ensureSearchSynonyms(payload: Payload): Promise<number> {
  let created = 0
  for (const synonym of seedSynonyms) {
    const existing = await payload.count({
      collection: 'search-synonyms',
      where: { and: [{ locale: { equals: synonym.locale } }, { term: { equals: synonym.term } }] },
      overrideAccess: true,
    })
    if (existing.totalDocs > 0) continue
    await payload.create({ collection: 'search-synonyms', data: synonym, overrideAccess: true })
    created += 1
  }
  return created
}
