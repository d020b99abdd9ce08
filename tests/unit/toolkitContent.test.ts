import { describe, expect, it } from 'vitest'

import { baselinePages } from '@/seed/toolkit'
import { seedContentHash } from '@/seed/toolkit/contentHash'
import { releasedContentHashes } from '@/seed/toolkit/releases'
import type { Localised, RichTextNode, SeedBlock } from '@/seed/toolkit/types'

/** Every Localised value in a page, found by shape, with where it was found. */
function localisedValues(value: unknown, where: string, out: { where: string; value: Localised<unknown> }[] = []) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => localisedValues(item, `${where}[${index}]`, out))
  } else if (value && typeof value === 'object') {
    if ('en' in value && 'cy' in value) out.push({ where, value: value as Localised<unknown> })
    else for (const [key, child] of Object.entries(value)) localisedValues(child, `${where}.${key}`, out)
  }
  return out
}

function inlineTexts(nodes: RichTextNode[]): string[] {
  return nodes.flatMap((node) => ('p' in node ? [node.p] : 'h' in node ? [node.h] : 'ul' in node ? node.ul : node.ol))
}

function isBlank(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0 || value.every(isBlank)
  if (value && typeof value === 'object') return Object.values(value).every(isBlank)
  return value === undefined || value === null
}

const MARKERS = /\{\{(tenant\.name|tenant\.police|contact:[a-z-]+)\}\}/g
const ANY_MARKER = /\{\{[^}]*\}\}/g
const LINK = /\[[^\]]+\]\(([^)]+)\)/g

describe('the baseline toolkit content', () => {
  it('has the eleven sections, once each, in order, with unique slugs', () => {
    expect(baselinePages.map((page) => page.section)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(new Set(baselinePages.map((page) => page.slug)).size).toBe(11)
  })

  it.each(baselinePages.map((page) => [page.slug, page] as const))('%s: English and Welsh in full', (_slug, page) => {
    const values = localisedValues(page, page.slug)
    expect(values.length).toBeGreaterThan(5)
    for (const { where, value } of values) {
      expect(isBlank(value.en), `${where}.en`).toBe(false)
      expect(isBlank(value.cy), `${where}.cy`).toBe(false)
    }
  })

  it('the emergency page is complete in Gaelic and Irish too', () => {
    const emergency = baselinePages.find((page) => page.slug === 'abuse-happening-now')
    expect(emergency).toBeDefined()
    for (const { where, value } of localisedValues(emergency, 'abuse-happening-now')) {
      expect(isBlank(value.gd), `${where}.gd`).toBe(false)
      expect(isBlank(value.ga), `${where}.ga`).toBe(false)
    }
  })

  it('every page has sources and a review date; every URL is https', () => {
    for (const page of baselinePages) {
      expect(page.sources.length, page.slug).toBeGreaterThan(0)
      expect(page.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      const text = JSON.stringify(page)
      for (const [, url] of text.matchAll(LINK)) expect(url, page.slug).toMatch(/^https:\/\//)
      for (const source of page.sources) expect(source.url, page.slug).toMatch(/^https:\/\//)
    }
  })

  it('uses only the tenant-value markers the renderer knows', () => {
    for (const page of baselinePages) {
      const text = JSON.stringify(page)
      const all = text.match(ANY_MARKER) ?? []
      const known = text.match(MARKERS) ?? []
      expect(all, page.slug).toEqual(known)
    }
  })

  it('keeps the Welsh structure identical to the English (same blocks, same markers)', () => {
    for (const page of baselinePages) {
      page.layout.forEach((block: SeedBlock, index) => {
        if (block.blockType !== 'richText' && block.blockType !== 'callout') return
        const en = inlineTexts(block.body.en).join(' ')
        const cy = inlineTexts(block.body.cy).join(' ')
        expect((cy.match(MARKERS) ?? []).sort(), `${page.slug} block ${index}`).toEqual((en.match(MARKERS) ?? []).sort())
      })
    }
  })

  it.each(baselinePages.map((page) => [page.slug, page] as const))('%s: every source is a working-shaped https link with a title', (_slug, page) => {
    for (const source of page.sources) {
      expect(source.title.trim().length, source.url).toBeGreaterThan(3)
      const url = new URL(source.url)
      expect(url.protocol, source.url).toBe('https:')
      expect(url.hostname, source.url).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)
      expect(url.username + url.password, source.url).toBe('')
      expect(source.url, 'no spaces or quotes').not.toMatch(/[\s"'<>]/)
    }
    const urls = page.sources.map((source) => source.url)
    expect(new Set(urls).size, 'no source listed twice').toBe(urls.length)
  })

  it.each(baselinePages.map((page) => [page.slug, page] as const))('%s: its text is recorded as a release (contentVersion and hash)', (slug, page) => {
    const history = releasedContentHashes[slug] ?? {}
    // Changed the text? Raise contentVersion and record the hash that `npm run content:hashes` prints.
    expect(history[page.contentVersion], `${slug} v${page.contentVersion}`).toBe(seedContentHash(page))
    const versions = Object.keys(history).map(Number)
    expect(versions, 'every release from 1 to the current one, none skipped').toEqual(versions.map((_, index) => index + 1))
    expect(Math.max(...versions)).toBe(page.contentVersion)
    expect(new Set(Object.values(history)).size, 'each release differs from the one before').toBe(versions.length)
  })
})
