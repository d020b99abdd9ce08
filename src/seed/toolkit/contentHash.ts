import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import type { Page } from '@/payload-types'

import { hasLocale, toPageData } from './toPageData'
import type { SeedLocale, SeedPage } from './types'

const seedLocales: SeedLocale[] = ['en', 'cy', 'gd', 'ga']

/** What a page says in one language, as far as a release is concerned. */
type LocaleContent = Pick<Page, 'title' | 'summary' | 'translationStatus' | 'lastReviewed' | 'layout'>
type Shared = Pick<Page, 'section' | 'order'>

/**
 * Ids (block rows and inline tenant values are given fresh ids on each conversion) and empty
 * values (the seed leaves optional fields undefined; the database reads them back as null) say
 * nothing about the text, so they are left out; keys are sorted because jsonb reorders them.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      if (key === 'id' || key === 'blockName') continue
      const child = canonical((value as Record<string, unknown>)[key])
      if (child === undefined || child === null || child === '') continue
      out[key] = child
    }
    return out
  }
  return value
}

function digest(shared: Shared, byLocale: Partial<Record<SeedLocale, LocaleContent>>): string {
  const locales = seedLocales.filter((locale) => byLocale[locale])
  const content = {
    section: shared.section,
    order: shared.order,
    locales: Object.fromEntries(
      locales.map((locale) => {
        const text = byLocale[locale] as LocaleContent
        return [locale, { ...text, lastReviewed: text.lastReviewed ? String(text.lastReviewed).slice(0, 10) : undefined }]
      }),
    ),
  }
  return createHash('sha256').update(JSON.stringify(canonical(content))).digest('hex')
}

/** The hash of a page's text as written in the seed: what a release puts in the database. */
export function seedContentHash(page: SeedPage): string {
  const byLocale: Partial<Record<SeedLocale, LocaleContent>> = {}
  for (const locale of seedLocales) {
    if (!hasLocale(page, locale)) continue
    const { title, summary, translationStatus, lastReviewed, layout } = toPageData(page, locale)
    byLocale[locale] = { title, summary, translationStatus, lastReviewed, layout }
  }
  return digest({ section: String(page.section) as Page['section'], order: page.order }, byLocale)
}

/**
 * The hash of a page as it is in the database now, its newest version (a platform admin's
 * unpublished draft counts: a release must not replace it). Equal to the seed's hash exactly when
 * nobody changed the text since a release wrote it.
 */
export async function storedContentHash(payload: Payload, id: number): Promise<string> {
  const byLocale: Partial<Record<SeedLocale, LocaleContent>> = {}
  let shared: Shared = { section: 'local', order: 0 }
  for (const locale of seedLocales) {
    const doc = await payload.findByID({ collection: 'pages', id, locale, fallbackLocale: false, draft: true, depth: 0, overrideAccess: true })
    shared = { section: doc.section, order: doc.order }
    if (!doc.title) continue
    const { title, summary, translationStatus, lastReviewed, layout } = doc
    byLocale[locale] = { title, summary, translationStatus, lastReviewed, layout }
  }
  return digest(shared, byLocale)
}
