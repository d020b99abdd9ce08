import { describe, expect, it } from 'vitest'

import { countGraphemes, graphemes, utf8Bytes } from '@/lib/bio/graphemes'

describe('countGraphemes', () => {
  it('counts an emoji with a skin tone as one character', () => {
    expect('👍🏽'.length).toBe(4)
    expect(countGraphemes('👍🏽')).toBe(1)
  })

  it('counts a ZWJ family as one character', () => {
    const family = '👨\u200d👩\u200d👧\u200d👦'
    expect(family.length).toBe(11)
    expect(countGraphemes(family)).toBe(1)
    expect(countGraphemes(`Hi ${family}!`)).toBe(5)
  })

  it('counts the Welsh flag (a tag sequence) and a regional-indicator flag as one each', () => {
    const wales = '🏴\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}'
    expect(wales.length).toBe(14)
    expect(countGraphemes(wales)).toBe(1)
    expect(countGraphemes('🇬🇧')).toBe(1)
    expect(countGraphemes(`${wales}🇬🇧`)).toBe(2)
  })

  it('counts ŵ and ŷ as one character whether precomposed or built from w/y + U+0302', () => {
    const precomposed = '\u0175\u0177' // ŵŷ
    const combining = 'w\u0302y\u0302'
    expect(combining.length).toBe(4)
    expect(countGraphemes(precomposed)).toBe(2)
    expect(countGraphemes(combining)).toBe(2)
    expect(countGraphemes('Gw\u0302r Ty\u0302')).toBe(6) // "Gŵr Tŷ"
  })

  it('counts a letter with several combining marks as one character', () => {
    expect(countGraphemes('e\u0301\u0323')).toBe(1)
    expect(countGraphemes('Cafe\u0301')).toBe(4)
    expect(graphemes('a\u0308b')).toEqual(['a\u0308', 'b'])
  })

  it('counts plain text, and nothing as nothing', () => {
    expect(countGraphemes('Councillor')).toBe(10)
    expect(countGraphemes('')).toBe(0)
  })
})

describe('utf8Bytes', () => {
  it('measures UTF-8 size, which differs between the two forms of ŵ', () => {
    expect(utf8Bytes('\u0175')).toBe(2)
    expect(utf8Bytes('w\u0302')).toBe(3)
    expect(utf8Bytes('👨\u200d👩\u200d👧\u200d👦')).toBe(25)
  })
})
