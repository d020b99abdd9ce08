import type { Payload } from 'payload'

import { hasLocale, toPageData } from './toPageData'
import type { SeedPage } from './types'

/**
 * Writes a seed page in every language it is written in, creating it or (given `id`) giving an
 * existing page the text as a new version. Each language is saved as a draft and the page is
 * published last, because the baseline (and a Welsh council) has Welsh parity on: it cannot be
 * published before its Welsh exists, and readers never see English and Welsh from two releases.
 */
export async function writeSeedPage(
  payload: Payload,
  target: { tenant: number; id?: number },
  page: SeedPage,
  audience: 'public' | 'members' = 'public',
): Promise<number> {
  let id = target.id
  if (id === undefined) {
    const created = await payload.create({
      collection: 'pages',
      locale: 'en',
      draft: true,
      overrideAccess: true,
      data: { ...toPageData(page, 'en'), audience, tenant: target.tenant, _status: 'draft' },
    })
    id = created.id
  } else {
    await payload.update({ collection: 'pages', id, locale: 'en', draft: true, overrideAccess: true, data: { ...toPageData(page, 'en'), audience, _status: 'draft' } })
  }
  for (const locale of ['cy', 'gd', 'ga'] as const) {
    if (!hasLocale(page, locale)) continue
    await payload.update({ collection: 'pages', id, locale, draft: true, overrideAccess: true, data: { ...toPageData(page, locale), audience } })
  }
  await payload.update({ collection: 'pages', id, locale: 'en', overrideAccess: true, data: { _status: 'published' } })
  return id
}
