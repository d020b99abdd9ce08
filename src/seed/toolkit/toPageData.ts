import type { Page } from '@/payload-types'

import { toLexical } from './toLexical'
import type { Localised, SeedBlock, SeedLocale, SeedPage } from './types'

type Layout = NonNullable<Page['layout']>

const sourcesHeading: Localised = { en: 'Sources', cy: 'Ffynonellau', gd: 'Tùsan', ga: 'Foinsí' }

/** Whether a page has its own text in `locale` (gd and ga are written for some pages only). */
export function hasLocale(page: SeedPage, locale: SeedLocale): boolean {
  return Boolean(page.title[locale])
}

function pick<T>(value: Localised<T> | undefined, locale: SeedLocale): T | undefined {
  return value?.[locale]
}

function toBlock(block: SeedBlock, id: string, locale: SeedLocale): Layout[number] {
  switch (block.blockType) {
    case 'richText': {
      const body = pick(block.body, locale)
      return { blockType: 'richText', id, heading: pick(block.heading, locale), body: body ? toLexical(body) : undefined } as Layout[number]
    }
    case 'callout': {
      const body = pick(block.body, locale)
      return { blockType: 'callout', id, variant: block.variant, heading: pick(block.heading, locale), body: body ? toLexical(body) : undefined } as Layout[number]
    }
    case 'steps':
      return {
        blockType: 'steps',
        id,
        heading: pick(block.heading, locale),
        style: block.style,
        items: block.items.map((item, row) => {
          const detail = pick(item.detail, locale)
          return { id: `${id}-${row}`, title: pick(item.title, locale), detail: detail ? toLexical(detail) : undefined }
        }),
      } as Layout[number]
    case 'contactCard':
      return { blockType: 'contactCard', id, heading: pick(block.heading, locale), kind: block.kind } as Layout[number]
    case 'escalationLadder':
      return {
        blockType: 'escalationLadder',
        id,
        heading: pick(block.heading, locale),
        rungs: block.rungs.map((rung, row) => ({
          id: `${id}-${row}`,
          title: pick(rung.title, locale),
          whenToUse: pick(rung.whenToUse, locale),
          contactKind: rung.contactKind,
        })),
      } as Layout[number]
    case 'platformGuide':
      return {
        blockType: 'platformGuide',
        id,
        heading: pick(block.heading, locale),
        platforms: block.platforms.map((platform, row) => ({
          id: `${id}-${row}`,
          platform: platform.platform,
          report: pick(platform.report, locale),
          block: pick(platform.block, locale),
          mute: pick(platform.mute, locale),
          lockOrHide: pick(platform.lockOrHide, locale),
          helpUrl: platform.helpUrl,
        })),
      } as Layout[number]
  }
}

/**
 * One locale's worth of a seeded page. Block and row ids are derived from the slug, so every
 * locale's update lands on the same blocks (the structure is shared; the text is per locale).
 */
export function toPageData(page: SeedPage, locale: SeedLocale, idPrefix: string = page.slug) {
  const layout: Layout = page.layout.map((block, index) => toBlock(block, `${idPrefix}-${index}`, locale))
  layout.push({
    blockType: 'sources',
    id: `${idPrefix}-sources`,
    heading: pick(sourcesHeading, locale),
    items: page.sources.map((source, row) => ({ id: `${idPrefix}-sources-${row}`, title: source.title, url: source.url })),
  } as Layout[number])
  return {
    title: pick(page.title, locale) ?? '',
    summary: pick(page.summary, locale),
    slug: page.slug,
    section: String(page.section) as Page['section'],
    order: page.order,
    audience: 'public' as const,
    lastReviewed: page.lastReviewed,
    // English is this team's original; other languages start as drafts for a speaker to review.
    translationStatus: locale === 'en' ? ('reviewed' as const) : ('drafted' as const),
    layout,
  }
}
