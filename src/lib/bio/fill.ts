import { countGraphemes, utf8Bytes } from './graphemes'
import type { Platform, PlatformId } from './platforms'
import { parseTemplate, variablesIn, type BioVariable } from './variables'

/** The builder's values. Empty or missing means "not given". */
export type BioValues = Partial<Record<BioVariable, string>>

export type FilledTemplate =
  | { ok: true; text: string }
  | { ok: false; reason: 'missing-values'; missing: BioVariable[] }
  | { ok: false; reason: 'invalid-template' }

/**
 * Fills `{variable}` placeholders with the given values. Values are plain text and are put in
 * as they are: nothing is interpreted (a value containing "{role}" or "<b>" stays literally
 * that), because the bio is copied into another site as text and rendered here through React,
 * which escapes it. The result is NFC-normalised, so "w" + U+0302 becomes "ŵ": one code point,
 * fewer bytes, the same on every platform.
 */
export function fillTemplate(template: string, values: BioValues): FilledTemplate {
  const parsed = parseTemplate(template)
  if (!parsed.ok) return { ok: false, reason: 'invalid-template' }
  const missing = variablesIn(parsed.parts).filter((name) => !values[name]?.trim())
  if (missing.length > 0) return { ok: false, reason: 'missing-values', missing }
  const text = parsed.parts.map((part) => (part.kind === 'text' ? part.text : (values[part.name] ?? '').trim())).join('')
  return { ok: true, text: text.normalize('NFC').trim() }
}

export type VariantResult = {
  platform: PlatformId
  limit: number
  /**
   * `fits`: the bio to use. `too-long`: no variant fits; `text` is the shortest one, so the
   * person sees by how much. `incomplete`: no variant can be filled from what was given.
   */
  status: 'fits' | 'too-long' | 'incomplete'
  text: string
  graphemes: number
  bytes: number
  /** Index into the template's variants (0 is the full one). */
  variant: number | null
  /** Why a shorter variant was used: the longer ones were too long, or needed values not given. */
  fallback: 'too-long' | 'missing-values' | null
  /** When nothing could be filled: the values the shortest variant needs. */
  missing: BioVariable[]
}

function fitsPlatform(text: string, platform: Platform, locale?: string): { graphemes: number; bytes: number; fits: boolean } {
  const graphemes = countGraphemes(text, locale)
  const bytes = utf8Bytes(text)
  return { graphemes, bytes, fits: graphemes <= platform.maxGraphemes && (platform.maxBytes === undefined || bytes <= platform.maxBytes) }
}

/**
 * For one platform, the longest filled variant within its limit. Variants are written longest
 * first, but values change their lengths, so every variant is measured and the longest that
 * fits wins (the earlier one on a tie).
 */
export function chooseVariant(variants: readonly string[], values: BioValues, platform: Platform, locale?: string): VariantResult {
  const base = { platform: platform.id, limit: platform.maxGraphemes }
  const filled = variants.map((template, index) => ({ index, result: fillTemplate(template, values) }))
  const usable = filled.flatMap(({ index, result }) =>
    result.ok ? [{ index, text: result.text, ...fitsPlatform(result.text, platform, locale) }] : [],
  )

  let best: (typeof usable)[number] | undefined
  for (const candidate of usable) {
    if (candidate.fits && (!best || candidate.graphemes > best.graphemes)) best = candidate
  }
  if (best) {
    const skipped = filled.slice(0, best.index)
    const fallback =
      best.index === 0 ? null : skipped.some(({ result }) => result.ok) ? 'too-long' : 'missing-values'
    return { ...base, status: 'fits', text: best.text, graphemes: best.graphemes, bytes: best.bytes, variant: best.index, fallback, missing: [] }
  }

  const shortest = usable.reduce<(typeof usable)[number] | undefined>(
    (short, candidate) => (!short || candidate.graphemes < short.graphemes ? candidate : short),
    undefined,
  )
  if (shortest) {
    return { ...base, status: 'too-long', text: shortest.text, graphemes: shortest.graphemes, bytes: shortest.bytes, variant: shortest.index, fallback: null, missing: [] }
  }
  const lastMissing = [...filled].reverse().find(({ result }) => !result.ok && result.reason === 'missing-values')?.result
  const missing = lastMissing && !lastMissing.ok && lastMissing.reason === 'missing-values' ? lastMissing.missing : []
  return { ...base, status: 'incomplete', text: '', graphemes: 0, bytes: 0, variant: null, fallback: null, missing }
}

/** `chooseVariant` for every platform, in the order given. */
export function chooseForPlatforms(variants: readonly string[], values: BioValues, list: readonly Platform[], locale?: string): VariantResult[] {
  return list.map((platform) => chooseVariant(variants, values, platform, locale))
}
