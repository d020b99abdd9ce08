/** One run of a diff: text both sides share, or text only the newer (added) or older (removed) side has. */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string }

// Past this many cells the table costs more memory than a readable diff is worth; the diff then
// works line by line, which is coarser but still says what changed.
const maxCells = 4_000_000

/** Words and the whitespace between them, so that joining the tokens gives the text back. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/gu) ?? []
}

function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+/gu) ?? []
}

function pushPart(parts: DiffPart[], kind: DiffPart['kind'], text: string) {
  if (!text) return
  const last = parts.at(-1)
  if (last && last.kind === kind) last.text += text
  else parts.push({ kind, text })
}

/** Longest common subsequence over tokens, walked back into runs. */
function lcsDiff(before: string[], after: string[], parts: DiffPart[]) {
  const rows = before.length + 1
  const cols = after.length + 1
  const table = new Uint32Array(rows * cols)
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      table[i * cols + j] =
        before[i] === after[j] ? (table[(i + 1) * cols + j + 1] ?? 0) + 1 : Math.max(table[(i + 1) * cols + j] ?? 0, table[i * cols + j + 1] ?? 0)
    }
  }
  let i = 0
  let j = 0
  while (i < before.length && j < after.length) {
    if (before[i] === after[j]) {
      pushPart(parts, 'same', before[i] ?? '')
      i++
      j++
    } else if ((table[(i + 1) * cols + j] ?? 0) >= (table[i * cols + j + 1] ?? 0)) {
      pushPart(parts, 'removed', before[i] ?? '')
      i++
    } else {
      pushPart(parts, 'added', after[j] ?? '')
      j++
    }
  }
  for (; i < before.length; i++) pushPart(parts, 'removed', before[i] ?? '')
  for (; j < after.length; j++) pushPart(parts, 'added', after[j] ?? '')
}

function diffTokens(before: string[], after: string[], split: (text: string) => string[]): DiffPart[] {
  // The text around a change is usually long and unchanged: trim it before building the table.
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let endBefore = before.length
  let endAfter = after.length
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--
    endAfter--
  }
  const parts: DiffPart[] = []
  pushPart(parts, 'same', before.slice(0, start).join(''))
  const middleBefore = before.slice(start, endBefore)
  const middleAfter = after.slice(start, endAfter)
  if ((middleBefore.length + 1) * (middleAfter.length + 1) <= maxCells) lcsDiff(middleBefore, middleAfter, parts)
  else if (split === tokenize) {
    for (const part of diffTokens(lines(middleBefore.join('')), lines(middleAfter.join('')), lines)) pushPart(parts, part.kind, part.text)
  } else {
    pushPart(parts, 'removed', middleBefore.join(''))
    pushPart(parts, 'added', middleAfter.join(''))
  }
  pushPart(parts, 'same', before.slice(endBefore).join(''))
  return parts
}

/**
 * A word-level diff of two plain texts, as runs a person can read: what stayed, what went, what
 * came. Joining the `same` and `removed` runs gives `before`; `same` and `added` give `after`.
 */
export function diffText(before: string, after: string): DiffPart[] {
  return diffTokens(tokenize(before), tokenize(after), tokenize)
}

/** Whether anything changed: quicker to ask than to read the runs. */
export const hasChanges = (parts: DiffPart[]) => parts.some((part) => part.kind !== 'same')
