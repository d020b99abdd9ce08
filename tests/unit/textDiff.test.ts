import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Pages } from '@/collections/Pages'
import { toLexical } from '@/seed/toolkit/toLexical'
import { diffText, documentPlainText, hasChanges, richTextToPlain, type DiffPart } from '@/lib/textDiff'

const side = (parts: DiffPart[], kind: 'added' | 'removed') => parts.filter((part) => part.kind !== kind).map((part) => part.text).join('')

describe('diffText', () => {
  it('shows one changed word as removed then added, the rest as shared', () => {
    const parts = diffText('Call 101 to report it.', 'Call 999 to report it.')
    expect(parts).toEqual([
      { kind: 'same', text: 'Call ' },
      { kind: 'removed', text: '101' },
      { kind: 'added', text: '999' },
      { kind: 'same', text: ' to report it.' },
    ])
  })

  it('gives both texts back: same + removed is before, same + added is after', () => {
    const before = 'Keep evidence.\nBlock the account.\nTell the police.'
    const after = 'Keep every piece of evidence.\nTell the police today.\nTell your council.'
    const parts = diffText(before, after)
    expect(side(parts, 'added')).toBe(before)
    expect(side(parts, 'removed')).toBe(after)
    expect(hasChanges(parts)).toBe(true)
  })

  it('says nothing changed for equal texts, and handles empty sides', () => {
    expect(hasChanges(diffText('Same words.', 'Same words.'))).toBe(false)
    expect(diffText('', 'New.')).toEqual([{ kind: 'added', text: 'New.' }])
    expect(diffText('Old.', '')).toEqual([{ kind: 'removed', text: 'Old.' }])
    expect(diffText('', '')).toEqual([])
  })

  it('still answers, line by line, for texts too long for a word table', () => {
    const long = (word: string) => Array.from({ length: 2_500 }, (_, index) => `${word}${index}`).join(' ')
    const before = `${long('a')}\n${long('b')}`
    const after = `${long('c')}\n${long('b')}`
    const parts = diffText(before, after)
    expect(side(parts, 'added')).toBe(before)
    expect(side(parts, 'removed')).toBe(after)
  })
})

describe('documentPlainText', () => {
  it('reads a page through its fields: title, summary, block text and rows; not settings', () => {
    const text = documentPlainText(Pages.fields as Field[], {
      title: 'Abuse happening now',
      summary: 'What to do first.',
      section: '1',
      layout: [
        { blockType: 'callout', variant: 'emergency', heading: 'In danger?', body: toLexical([{ p: 'Call 999.' }, { p: 'Then 101.' }]) },
        { blockType: 'steps', heading: 'Steps', style: 'steps', items: [{ title: 'Save the messages' }, { title: 'Block' }] },
      ],
    })
    expect(text).toBe('Abuse happening now\nWhat to do first.\nIn danger?\nCall 999.\nThen 101.\nSteps\nSave the messages\nBlock')
    expect(text).not.toContain('emergency')
  })

  it('reads rich text paragraph by paragraph and nothing from a missing value', () => {
    expect(richTextToPlain(toLexical([{ p: 'One' }, { p: 'Two' }]))).toBe('One\nTwo')
    expect(richTextToPlain(null)).toBe('')
  })
})
