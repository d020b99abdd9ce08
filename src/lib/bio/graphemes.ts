/**
 * Counting what a person sees as one character. Social platforms limit bios in grapheme
 * clusters, not in UTF-16 code units: "👨‍👩‍👧‍👦" is 11 code units but one character, and "ŵ" typed
 * as "w" + U+0302 (combining circumflex) is two code points but one character.
 *
 * Kept by hand (reviewed): `Intl.Segmenter` is the platform's own grapheme splitter, so a library
 * would only wrap it; the memo per locale is all this adds.
 */

const segmenters = new Map<string, Intl.Segmenter>()

function segmenter(locale?: string): Intl.Segmenter {
  const key = locale ?? ''
  let found = segmenters.get(key)
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity: 'grapheme' })
    segmenters.set(key, found)
  }
  return found
}

/** The number of grapheme clusters in `text`. */
export function countGraphemes(text: string, locale?: string): number {
  let count = 0
  for (const _ of segmenter(locale).segment(text)) count += 1
  return count
}

/** `text` split into grapheme clusters (used where a string must be cut without breaking one). */
export function graphemes(text: string, locale?: string): string[] {
  return Array.from(segmenter(locale).segment(text), (part) => part.segment)
}

const encoder = new TextEncoder()

/** The length of `text` in UTF-8 bytes (Bluesky also limits a bio's size in bytes). */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length
}
