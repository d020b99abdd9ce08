/*
 * Welsh initial consonant mutations, so that a search for "cyngor" finds "gyngor" (soft),
 * "nghyngor" (nasal) and "chyngor" (aspirate), and the other way round. PostgreSQL has no Welsh
 * stemmer, and trigram similarity alone is weak on short words (cyngor/gyngor share 4 of 7
 * trigrams), so the rules are written out: they are few and fixed.
 */

type Mutations = { soft?: string; nasal?: string; aspirate?: string }

/** Radical initial → its mutated initials. */
const mutationsOf: Record<string, Mutations> = {
  p: { soft: 'b', nasal: 'mh', aspirate: 'ph' },
  t: { soft: 'd', nasal: 'nh', aspirate: 'th' },
  c: { soft: 'g', nasal: 'ngh', aspirate: 'ch' },
  b: { soft: 'f', nasal: 'm' },
  d: { soft: 'dd', nasal: 'n' },
  g: { soft: '', nasal: 'ng' },
  m: { soft: 'f' },
  ll: { soft: 'l' },
  rh: { soft: 'r' },
}

/** Longest first, so "ngh" is read before "ng" and "ll" before "l". */
const mutatedInitials: [string, string[]][] = (() => {
  const back = new Map<string, Set<string>>()
  for (const [radical, mutations] of Object.entries(mutationsOf)) {
    for (const mutated of Object.values(mutations)) {
      if (mutated === undefined || mutated === '') continue
      back.set(mutated, (back.get(mutated) ?? new Set()).add(radical))
    }
  }
  return [...back.entries()].map(([mutated, radicals]) => [mutated, [...radicals]] as [string, string[]]).sort((a, b) => b[0].length - a[0].length)
})()

/** Welsh letters written with two characters: "llun" starts with ll, not with a mutated l. */
const digraphs = ['ch', 'dd', 'ff', 'ng', 'll', 'ph', 'rh', 'th']

/** Whether `word` starts with a two-character letter longer than `initial` (ll for l, ff for f). */
const startsWithLetter = (word: string, initial: string) => digraphs.some((digraph) => digraph.length > initial.length && digraph.startsWith(initial) && word.startsWith(digraph))

const vowel = /^[aâeêiîoôuûwŵyŷ]/u

/** The radical forms `word` may be a mutation of, itself included. */
function radicals(word: string): string[] {
  const found = new Set([word])
  for (const [mutated, radicalInitials] of mutatedInitials) {
    if (word.startsWith(mutated) && word.length > mutated.length + 1 && !startsWithLetter(word, mutated)) {
      for (const radical of radicalInitials) found.add(radical + word.slice(mutated.length))
      break
    }
  }
  // Soft mutation drops a g: "waith" from "gwaith", "ymgeisydd" stays as it is too.
  if (vowel.test(word) || /^[lr](?![lh])/u.test(word)) found.add(`g${word}`)
  // Aspirate mutation puts h before a vowel: "henw" from "enw".
  if (/^h[aâeêiîoôuûwŵyŷ]/u.test(word)) found.add(word.slice(1))
  return [...found]
}

/** Every mutation of a radical form, itself included. */
function mutations(radical: string): string[] {
  const forms = new Set([radical])
  const initial = ['ll', 'rh', 'p', 't', 'c', 'b', 'd', 'g', 'm'].find((candidate) => radical.startsWith(candidate) && !startsWithLetter(radical, candidate))
  if (initial) {
    const rest = radical.slice(initial.length)
    for (const mutated of Object.values(mutationsOf[initial] ?? {})) if (mutated !== undefined && rest.length > 1) forms.add(mutated + rest)
  }
  if (vowel.test(radical)) forms.add(`h${radical}`)
  return [...forms]
}

/** The spellings a Welsh word may take under mutation (itself first), at most 12. */
export function welshVariants(word: string): string[] {
  if (word.length < 3 || /^\p{N}/u.test(word)) return [word]
  const forms = new Set([word])
  for (const radical of radicals(word)) for (const form of mutations(radical)) forms.add(form)
  return [...forms].slice(0, 12)
}
