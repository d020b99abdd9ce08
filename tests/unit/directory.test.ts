import { describe, expect, it } from 'vitest'

import { directoryPath, directoryQuery, letterOf, parseDirectoryPath } from '@/lib/directory'

describe('directory addresses', () => {
  it('reads a group, a letter and a page from 2, and nothing else', () => {
    expect(parseDirectoryPath('wales', undefined)).toEqual({ group: 'wales', letter: null, page: 1 })
    expect(parseDirectoryPath('wales', ['c'])).toEqual({ group: 'wales', letter: 'c', page: 1 })
    expect(parseDirectoryPath('wales', ['c', '2'])).toEqual({ group: 'wales', letter: 'c', page: 2 })
    expect(parseDirectoryPath('parties', ['3'])).toEqual({ group: 'parties', letter: null, page: 3 })
    expect(parseDirectoryPath('england', ['0-9'])).toEqual({ group: 'england', letter: '0-9', page: 1 })
    for (const [group, rest] of [
      ['atlantis', []],
      ['wales', ['1']],
      ['wales', ['c', '1']],
      ['wales', ['C']],
      ['wales', ['zz']],
      ['wales', ['c', '2', '3']],
      ['wales', ['c', '02']],
      ['wales', ['c', '9999999']],
      ['wales', ['c', '-2']],
      ['wales', ['2', 'c']],
    ] as const) {
      expect(parseDirectoryPath(group, [...rest]), `${group}/${rest.join('/')}`).toBeNull()
    }
  })

  it('writes page 1 without a number, so each page has one address', () => {
    expect(directoryPath('wales')).toBe('/directory/wales')
    expect(directoryPath('wales', 'c')).toBe('/directory/wales/c')
    expect(directoryPath('wales', 'c', 1)).toBe('/directory/wales/c')
    expect(directoryPath('wales', null, 2)).toBe('/directory/wales/2')
    expect(directoryPath('northern-ireland', 'b', 4)).toBe('/directory/northern-ireland/b/4')
  })

  it('letters a name by its first letter, anything else under 0–9', () => {
    expect(letterOf('cardiff')).toBe('c')
    expect(letterOf('3 rivers')).toBe('0-9')
    expect(letterOf('')).toBe('0-9')
  })
})

describe('directory queries', () => {
  it('keeps words of letters and digits, lower case, apostrophes joined', () => {
    expect(directoryQuery("King's Lynn & West Norfolk").words).toEqual(['kings', 'lynn', 'west', 'norfolk'])
    expect(directoryQuery('Ynys Môn').words).toEqual(['ynys', 'môn'])
    expect(directoryQuery('  ').words).toEqual([])
    expect(directoryQuery("'; DROP TABLE tenants; --").words).toEqual(['drop', 'table', 'tenants'])
  })

  it('is bounded: 8 words of 40 characters from the first 200 characters, of the first value only', () => {
    const long = directoryQuery('a'.repeat(1000))
    expect(long.text).toHaveLength(200)
    expect(long.words).toEqual(['a'.repeat(40)])
    expect(directoryQuery('one two three four five six seven eight nine ten').words).toHaveLength(8)
    expect(directoryQuery(['first', 'second']).words).toEqual(['first'])
    expect(directoryQuery(undefined)).toEqual({ text: '', words: [] })
  })
})
