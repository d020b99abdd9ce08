import { describe, expect, it } from 'vitest'

import { passageParts, valueMarker } from '@/lib/search/index-text'
import { MAX_QUERY_CHARS, MAX_QUERY_WORDS, parseSearchQuery, queryPhrases, tsqueryTexts } from '@/lib/search/query'
import { welshVariants } from '@/lib/search/welsh'

describe('parseSearchQuery', () => {
  it('keeps letters and digits only, lower-cased, each word once', () => {
    expect(parseSearchQuery("Home & ADDRESS | !home:* 'x' \"y\" (a <-> b)").words).toEqual(['home', 'address', 'x', 'y', 'a', 'b'])
    expect(parseSearchQuery('Cŵn, dŵr; 999').words).toEqual(['cŵn', 'dŵr', '999'])
  })

  it('takes anything and bounds it', () => {
    expect(parseSearchQuery(undefined)).toEqual({ text: '', words: [] })
    expect(parseSearchQuery(42)).toEqual({ text: '', words: [] })
    expect(parseSearchQuery(['first one', 'second'])).toEqual({ text: 'first one', words: ['first', 'one'] })
    expect(parseSearchQuery('!?.,').words).toEqual([])
    const long = parseSearchQuery('word '.repeat(400))
    expect(long.text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS)
    expect(parseSearchQuery('a b c d e f g h i j k l').words).toHaveLength(MAX_QUERY_WORDS)
    expect(parseSearchQuery('home\u0000address').words).toEqual(['home', 'address'])
  })
})

describe('welshVariants', () => {
  it('links a radical with its soft, nasal and aspirate mutations, from any of them', () => {
    for (const word of ['cyngor', 'gyngor', 'nghyngor', 'chyngor']) expect(welshVariants(word)).toEqual(expect.arrayContaining(['cyngor', 'gyngor', 'nghyngor', 'chyngor']))
    expect(welshVariants('bobl')).toEqual(expect.arrayContaining(['pobl', 'mhobl', 'phobl']))
    expect(welshVariants('waith')).toContain('gwaith')
  })

  it('reads two-letter letters as one: llun is not a mutated l', () => {
    expect(welshVariants('llun')).not.toContain('lllun')
    expect(welshVariants('chwilio')).not.toContain('ghwilio')
  })
})

describe('tsqueryTexts', () => {
  it('quotes every lexeme and joins phrases with OR, words with AND', () => {
    const texts = tsqueryTexts(queryPhrases(['home', 'address'], 'en', new Map([['doxxing', ['x']]])))
    expect(texts).toEqual({ all: "(('home') & ('address'))", any: "'home' | 'address'" })
    expect(tsqueryTexts([])).toBeNull()
  })

  it('adds a synonym’s expansion as a phrase of its own, with the rest of the query', () => {
    const phrases = queryPhrases(['doxxing', 'help'], 'en', new Map([['doxxing', ['home address']]]))
    expect(phrases).toEqual([[['doxxing'], ['help']], [['home'], ['address'], ['help']]])
  })
})

describe('passageParts', () => {
  it('puts the tenant’s values in place of markers and flags the matches', () => {
    expect(passageParts(`Ask the ⟦elections⟧ team at ${valueMarker(0)} early.`, ['Example <b>County</b>'])).toEqual([
      { text: 'Ask the ', match: false },
      { text: 'elections', match: true },
      { text: ' team at Example <b>County</b> early.', match: false },
    ])
  })

  it('drops a marker cut at the passage’s edge', () => {
    expect(passageParts('0⟫ and more ⟪1', ['a', 'b'])).toEqual([{ text: 'and more', match: false }])
  })
})
