import { graphemes } from '@/lib/bio/graphemes'

/**
 * Text wrapping without a font engine: each character's width is estimated as a share of the
 * font size, on the wide side (DejaVu Sans, the first font asked for, is wider than Arial),
 * so that a line judged to fit does fit when rendered.
 */
const REGULAR_EM = 0.62
const BOLD_EM = 0.68
const NARROW = /^[iljtfrI.,:;'’!|()[\] ]$/u
const WIDE = /\p{Extended_Pictographic}|[\u2E80-\uFFFF]/u

export function estimateWidth(text: string, fontSize: number, bold = false): number {
  const em = bold ? BOLD_EM : REGULAR_EM
  let width = 0
  for (const char of graphemes(text)) {
    if (NARROW.test(char)) width += em * 0.6
    else if (WIDE.test(char)) width += 1.15
    else if (/^\p{Lu}/u.test(char)) width += em * 1.15
    else width += em
  }
  return width * fontSize
}

/** Greedy word wrap; a word longer than a line is broken between characters. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = []
  let line = ''
  const fits = (candidate: string) => estimateWidth(candidate, fontSize, bold) <= maxWidth
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (fits(candidate)) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    line = ''
    if (fits(word)) {
      line = word
      continue
    }
    for (const char of graphemes(word)) {
      if (fits(line + char)) line += char
      else {
        if (line) lines.push(line)
        line = char
      }
    }
  }
  if (line) lines.push(line)
  return lines
}
