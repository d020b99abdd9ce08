import { z } from 'zod'

import { countGraphemes } from './graphemes'
import type { BioValues } from './fill'
import { platformIds, type PlatformId } from './platforms'
import { bioVariables, type BioVariable } from './variables'

// This module also runs in the browser (the bio builder), where zod would probe for eval with
// `Function('')` to compile faster parsers: the pages' policy forbids eval, so the probe is a
// reported CSP violation. The parsers here are small; the plain ones are fast enough.
z.config({ jitless: true })

/** Each short field's limit, in characters (graphemes) as a person counts them. */
export const MAX_FIELD_LENGTH = 80
/** Web addresses may be longer than a name, but not unbounded. */
export const MAX_WEBSITE_LENGTH = 200

export type BioFieldError =
  | { field: BioVariable; code: 'required' }
  | { field: BioVariable; code: 'too-long'; limit: number }
  | { field: 'email'; code: 'invalid-email' }
  | { field: 'website'; code: 'http-not-allowed' | 'invalid-url' }
  | { field: 'platforms'; code: 'none-picked' }

/** The form's fields in order: the six values, then the platform checkboxes. */
export type BioField = BioFieldError['field']

export type BioErrorCode = BioFieldError['code']

/** What the person typed, as typed (trimmed), for showing back in the form. */
export type BioInput = Record<BioVariable, string>

export type BioValidation = {
  input: BioInput
  /** Only the values that passed: a wrong email is left out rather than put into a bio. */
  valid: BioValues
  /** The platforms ticked, in the platforms' own order; unknown names are dropped. */
  platforms: PlatformId[]
  errors: BioFieldError[]
}

export const requiredFields: readonly BioVariable[] = ['name', 'role']

/** The checkboxes' name: one `platform` entry per ticked platform. */
export const PLATFORM_FIELD = 'platform'

/** A posted form (the server action) or the form read in the browser (`new FormData(form)`). */
export type FormInput = FormData | URLSearchParams

function read(source: FormInput, key: string): string {
  const raw = source.get(key)
  // A file input or a repeated key is not text we asked for; a runaway value is cut before it is
  // counted, and is then refused as too long anyway.
  return typeof raw === 'string' ? raw.slice(0, 4 * MAX_WEBSITE_LENGTH).replace(/\s+/g, ' ').trim() : ''
}

/** Reads only the six known fields; anything else in the form is ignored. */
export function readBioInput(source: FormInput): BioInput {
  return Object.fromEntries(bioVariables.map((name) => [name, read(source, name)])) as BioInput
}

/** The ticked platforms. A repeated or unknown value is ignored rather than refused: it cannot come from our form. */
export function readPlatforms(source: FormInput): PlatformId[] {
  const ticked = new Set(source.getAll(PLATFORM_FIELD).filter((value): value is string => typeof value === 'string'))
  return platformIds.filter((id) => ticked.has(id))
}

const emailSchema = z.email()

function websiteProblem(value: string): 'http-not-allowed' | 'invalid-url' | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return /^http:\/\//i.test(value) ? 'http-not-allowed' : 'invalid-url'
  }
  if (url.protocol === 'http:') return 'http-not-allowed'
  if (url.protocol !== 'https:' || !url.hostname.includes('.') || url.username || url.password) return 'invalid-url'
  return null
}

const issue = (error: BioFieldError) => ({ code: 'custom' as const, path: [error.field], message: error.code, params: error })

const bioSchema = z
  .object(Object.fromEntries(bioVariables.map((name) => [name, z.string()])) as Record<BioVariable, z.ZodString>)
  .superRefine((input, ctx) => {
    for (const field of bioVariables) {
      const value = input[field]
      const limit = field === 'website' ? MAX_WEBSITE_LENGTH : MAX_FIELD_LENGTH
      if (!value) {
        if (requiredFields.includes(field)) ctx.addIssue(issue({ field, code: 'required' }))
        continue
      }
      if (countGraphemes(value) > limit) {
        ctx.addIssue(issue({ field, code: 'too-long', limit }))
        continue
      }
      if (field === 'email' && !emailSchema.safeParse(value).success) ctx.addIssue(issue({ field, code: 'invalid-email' }))
      if (field === 'website') {
        const problem = websiteProblem(value)
        if (problem) ctx.addIssue(issue({ field, code: problem }))
      }
    }
  })

/**
 * Validates the bio builder's form. Never throws on what a person typed: every problem comes
 * back as a typed field error, in the order of the form's fields.
 */
export function validateBioInput(source: FormInput): BioValidation {
  const input = readBioInput(source)
  const platforms = readPlatforms(source)
  const parsed = bioSchema.safeParse(input)
  const errors: BioFieldError[] = parsed.success
    ? []
    : parsed.error.issues.flatMap((found) => {
        const params = (found as { params?: unknown }).params
        return params && typeof params === 'object' && 'field' in params ? [params as BioFieldError] : []
      })
  if (platforms.length === 0) errors.push({ field: 'platforms', code: 'none-picked' })
  const invalid = new Set<BioField>(errors.map((error) => error.field))
  const valid: BioValues = {}
  for (const field of bioVariables) if (input[field] && !invalid.has(field)) valid[field] = input[field]
  return { input, valid, platforms, errors }
}
