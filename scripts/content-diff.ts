/**
 * `npx tsx scripts/content-diff.ts [git-ref]`: words of national toolkit text per language in
 * git-ref (default main) and now, with the words added and removed (counted as a multiset per
 * page and language, so a reworded sentence shows as words removed and added). For the notes of
 * a content change; needs git, no database.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { baselinePages } from '../src/seed/toolkit'
import type { SeedLocale, SeedPage } from '../src/seed/toolkit/types'

const ref = process.argv[2] ?? 'main'
const locales: SeedLocale[] = ['en', 'cy', 'gd', 'ga']
const root = path.resolve(import.meta.dirname, '..')

/** Every word of one language in a page, found by shape (a Localised value has `en` and `cy`). */
function words(value: unknown, locale: SeedLocale, out: string[] = [], inLocale = false): string[] {
  if (Array.isArray(value)) for (const item of value) words(item, locale, out, inLocale)
  else if (value && typeof value === 'object') {
    if (!inLocale && 'en' in value && 'cy' in value) words((value as Record<string, unknown>)[locale], locale, out, true)
    else for (const child of Object.values(value)) words(child, locale, out, inLocale)
  } else if (inLocale && typeof value === 'string') out.push(...value.replace(/\*\*|\{\{[^}]*\}\}|\]\([^)]*\)|\[/g, ' ').split(/\s+/).filter(Boolean))
  return out
}

function counts(list: string[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const word of list) map.set(word, (map.get(word) ?? 0) + 1)
  return map
}

async function pagesAt(gitRef: string): Promise<SeedPage[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-diff-'))
  try {
    const files = execFileSync('git', ['ls-tree', '--name-only', gitRef, 'src/seed/toolkit/pages/'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean)
    const pages: SeedPage[] = []
    for (const file of files) {
      const target = path.join(dir, path.basename(file))
      writeFileSync(target, execFileSync('git', ['show', `${gitRef}:${file}`], { cwd: root, encoding: 'utf8' }))
      const loaded = (await import(pathToFileURL(target).href)) as { page: SeedPage }
      pages.push(loaded.page)
    }
    return pages
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const before = await pagesAt(ref)
  console.log(`National toolkit text, ${ref} → working tree (words; a changed word counts once removed and once added)`)
  console.log('language  before   after   added  removed')
  for (const locale of locales) {
    let added = 0
    let removed = 0
    let wordsBefore = 0
    let wordsAfter = 0
    for (const page of baselinePages) {
      const old = before.find((candidate) => candidate.slug === page.slug)
      const oldWords = old ? words(old, locale) : []
      const newWords = words(page, locale)
      wordsBefore += oldWords.length
      wordsAfter += newWords.length
      const a = counts(oldWords)
      const b = counts(newWords)
      for (const [word, count] of b) added += Math.max(0, count - (a.get(word) ?? 0))
      for (const [word, count] of a) removed += Math.max(0, count - (b.get(word) ?? 0))
    }
    console.log(`${locale.padEnd(8)} ${String(wordsBefore).padStart(7)} ${String(wordsAfter).padStart(7)} ${String(added).padStart(7)} ${String(removed).padStart(8)}`)
  }
}

void main()
