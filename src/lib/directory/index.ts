import { parseSearchQuery } from '@/lib/search/query'

/*
 * The directory's shape (issue #18): tenants grouped by nation (councils) or as parties, each
 * group split by the first letter of its names, each letter in pages of DIRECTORY_PAGE_SIZE. Pure
 * functions, shared by the data door (src/data/directory.ts) and the pages, so that the landing
 * page's size depends on the number of groups and letters, never on the number of tenants.
 */

/** Councils by nation, then parties (which serve across a nation's councils), then councils with no nation recorded. */
export const directoryGroups = ['england', 'wales', 'scotland', 'northern-ireland', 'parties', 'other'] as const
export type DirectoryGroup = (typeof directoryGroups)[number]

export const isDirectoryGroup = (value: unknown): value is DirectoryGroup => typeof value === 'string' && (directoryGroups as readonly string[]).includes(value)

/** a…z, then one bucket for names that start with a digit or anything else. */
export const OTHER_LETTER = '0-9'
export const directoryLetters: readonly string[] = [...'abcdefghijklmnopqrstuvwxyz', OTHER_LETTER]

export const isDirectoryLetter = (value: unknown): value is string => typeof value === 'string' && directoryLetters.includes(value)

/** Tenants on one page of a letter (or of a whole group). */
export const DIRECTORY_PAGE_SIZE = 100
/** Search results shown: a reader who typed a name wants the first few; more means "type more of it". */
export const DIRECTORY_SEARCH_LIMIT = 30
/** Below this many characters a query is not tried for typos (trigrams need three). */
export const FUZZY_MIN_CHARS = 4

/** `/directory/{group}`, `/directory/{group}/{letter}`, and page n ≥ 2 of either. */
export function directoryPath(group: DirectoryGroup, letter: string | null = null, page = 1): string {
  const parts = ['/directory', group]
  if (letter) parts.push(letter)
  if (page > 1) parts.push(String(page))
  return parts.join('/')
}

export const DIRECTORY_SEARCH_PATH = '/directory/search'

export type DirectorySlice = { group: DirectoryGroup; letter: string | null; page: number }

/**
 * What `/directory/{group}/{...rest}` asks for, or null (a 404): rest is empty (the group, page 1),
 * a letter, a page number from 2, or a letter and a page number from 2. Page 1 has one address.
 */
export function parseDirectoryPath(group: unknown, rest: readonly string[] | undefined): DirectorySlice | null {
  if (!isDirectoryGroup(group)) return null
  const segments = rest ?? []
  if (segments.length > 2) return null
  const pageOf = (value: string | undefined): number | null => {
    if (value === undefined) return 1
    if (!/^[1-9]\d{0,5}$/.test(value)) return null
    const page = Number(value)
    return page >= 2 ? page : null
  }
  const [first, second] = segments
  if (first === undefined) return { group, letter: null, page: 1 }
  if (isDirectoryLetter(first)) {
    const page = pageOf(second)
    return page === null ? null : { group, letter: first, page }
  }
  if (second !== undefined) return null
  const page = pageOf(first)
  return page === null ? null : { group, letter: null, page }
}

/**
 * A directory query as the database compares it: the words of what was typed (a search box's
 * value: anything, bounded as the site's search bounds it), lower case, apostrophes dropped so
 * "King's Lynn" and "kings lynn" are one, any other punctuation a break between words. Accents
 * are folded by PostgreSQL (`portal_fold`, the same function that folds the names), so "Môn" and
 * "mon" meet there. At most 8 words of at most 40 characters: the query is bounded.
 */
export function directoryQuery(raw: unknown): { text: string; words: string[] } {
  const { text } = parseSearchQuery(raw)
  const { words } = parseSearchQuery(text.replace(/['’‘]/g, ''))
  return { text, words }
}

/** The letter a folded name is listed under. */
export function letterOf(folded: string): string {
  const first = folded.charAt(0)
  return first >= 'a' && first <= 'z' ? first : OTHER_LETTER
}
