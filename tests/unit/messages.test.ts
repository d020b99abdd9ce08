import { describe, expect, it } from 'vitest'

import cy from '@/messages/cy.json'
import en from '@/messages/en.json'
import ga from '@/messages/ga.json'
import gd from '@/messages/gd.json'

/** Every message as `Namespace.key.path` → text. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  if (typeof value === 'string') out.set(prefix, value)
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) for (const [path, text] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(path, text)
  }
  return out
}

/**
 * The arguments a message takes (`{name}`, `{count, plural, …}`), not the words that open a plural
 * or select branch (`=0 {no files}`, `other {# files}`), which translations rightly change.
 */
const placeholders = (text: string) => [...text.matchAll(/(?<!(?:=\d+|\b(?:zero|one|two|few|many|other))\s*)\{(\w+)/g)].map((match) => match[1]).sort()

const english = flatten(en)

describe.each([
  ['cy', cy],
  ['gd', gd],
  ['ga', ga],
])('UI strings in %s', (_locale, messages) => {
  const translated = flatten(messages)

  it('has exactly the English keys, none empty', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort())
    expect([...translated].filter(([, text]) => text.trim() === '').map(([path]) => path)).toEqual([])
  })

  it('keeps every placeholder of the English text', () => {
    const differing = [...english].filter(([path, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(translated.get(path) ?? '')))
    expect(differing.map(([path]) => path)).toEqual([])
  })
})
