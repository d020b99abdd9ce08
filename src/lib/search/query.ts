import type { Locale } from '@/i18n/locales'

import { welshVariants } from './welsh'

/** Characters of a query that are read at all; the rest is ignored (a search box, not a document). */
export const MAX_QUERY_CHARS = 200
/** Words of a query that count: each becomes a few tsquery terms, so this bounds the query. */
export const MAX_QUERY_WORDS = 8
/** A word longer than this is no word a page contains. */
const MAX_WORD_CHARS = 40
/** Results shown: the toolkit has tens of pages, so more would be noise. */
export const MAX_RESULTS = 10

/**
 * A search box's value as the site reads it: anything (a repeated parameter is an array, a missing
 * one undefined), cut to MAX_QUERY_CHARS, NFC, control characters gone. `text` is what the page
 * shows back in the box; `words` are letters and digits only, lower-cased, at most MAX_QUERY_WORDS,
 * so no tsquery operator (`& | ! : * ( ) '`) or SQL reaches the database from here.
 */
export function parseSearchQuery(raw: unknown): { text: string; words: string[] } {
  const first = Array.isArray(raw) ? raw[0] : raw
  if (typeof first !== 'string') return { text: '', words: [] }
  const text = Array.from(first.normalize('NFC').replace(/\p{Cc}+/gu, ' '))
    .slice(0, MAX_QUERY_CHARS)
    .join('')
    .trim()
  return { text, words: wordsOf(text) }
}

/** The words of a text as search terms: runs of letters (with their accents) and digits, lower-cased. */
export function wordsOf(text: string): string[] {
  const words: string[] = []
  for (const match of text.toLocaleLowerCase().matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const word = match[0].slice(0, MAX_WORD_CHARS)
    if (!words.includes(word)) words.push(word)
    if (words.length === MAX_QUERY_WORDS) break
  }
  return words
}

/** Each word of a phrase with the spellings it may take; a phrase matches when every word does. */
export type Phrase = string[][]

/**
 * The phrases a query stands for: its own words, and each synonym expansion whose term it contains
 * (`synonyms` maps a term's words, space-joined, to expansions). In Welsh each word also stands for
 * its mutated and unmutated forms (cyngor, gyngor, nghyngor, chyngor), which a stemmer would
 * otherwise give and PostgreSQL has none for Welsh.
 */
export function queryPhrases(words: string[], locale: Locale, synonyms: ReadonlyMap<string, string[]>): Phrase[] {
  const spell = (word: string) => (locale === 'cy' ? welshVariants(word) : [word])
  const phrases: Phrase[] = []
  if (words.length) phrases.push(words.map(spell))
  const joined = ` ${words.join(' ')} `
  for (const [term, expansions] of synonyms) {
    if (!joined.includes(` ${term} `)) continue
    for (const expansion of expansions) {
      const expansionWords = wordsOf(expansion)
      // The rest of the query still counts: "doxxing councillor" is "home address councillor".
      const rest = words.filter((word) => !term.split(' ').includes(word))
      if (expansionWords.length) phrases.push([...expansionWords, ...rest].slice(0, MAX_QUERY_WORDS).map(spell))
    }
  }
  return phrases.slice(0, 4)
}

/** A lexeme quoted for to_tsquery: the words are letters and digits already; quoting is the second guard. */
const quote = (word: string) => `'${word.replace(/'/g, "''").replace(/\\/g, '')}'`

/**
 * The tsquery texts for `phrases`: `all` matches a page with every word of some phrase, `any` a
 * page with any word (for ranking and for pages that have most of the words). Null when empty.
 */
export function tsqueryTexts(phrases: Phrase[]): { all: string; any: string } | null {
  const alternatives = (spellings: string[]) => `(${spellings.map(quote).join(' | ')})`
  const usable = phrases.filter((phrase) => phrase.length > 0 && phrase.every((spellings) => spellings.length > 0))
  if (!usable.length) return null
  return {
    all: usable.map((phrase) => `(${phrase.map(alternatives).join(' & ')})`).join(' | '),
    any: [...new Set(usable.flat(2))].map(quote).join(' | '),
  }
}
