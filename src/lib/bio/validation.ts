import { isEmailAddress } from '@/lib/emailAddress'

import { countGraphemes } from './graphemes'
import type { BioValues } from './fill'
import { platformIds, type PlatformId } from './platforms'
import { bioVariables, type BioVariable } from './variables'

// This module also runs in the browser (the bio builder): it is plain code, with the portal's one
// email rule (src/lib/emailAddress.ts), so the page does not carry a schema library.

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

/** Each of the six fields' problem, if any, in the form's order. */
function fieldErrors(input: BioInput): BioFieldError[] {
  const errors: BioFieldError[] = []
  for (const field of bioVariables) {
    const value = input[field]
    const limit = field === 'website' ? MAX_WEBSITE_LENGTH : MAX_FIELD_LENGTH
    if (!value) {
      if (requiredFields.includes(field)) errors.push({ field, code: 'required' })
      continue
    }
    if (countGraphemes(value) > limit) {
      errors.push({ field, code: 'too-long', limit })
      continue
    }
    if (field === 'email' && !isEmailAddress(value)) errors.push({ field, code: 'invalid-email' })
    if (field === 'website') {
      const problem = websiteProblem(value)
      if (problem) errors.push({ field, code: problem })
    }
  }
  return errors
}

/**
 * Validates the bio builder's form. Never throws on what a person typed: every problem comes
 * back as a typed field error, in the order of the form's fields.
 */
export function validateBioInput(source: FormInput): BioValidation {
  const input = readBioInput(source)
  const platforms = readPlatforms(source)
  const errors = fieldErrors(input)
  if (platforms.length === 0) errors.push({ field: 'platforms', code: 'none-picked' })
  const invalid = new Set<BioField>(errors.map((error) => error.field))
  const valid: BioValues = {}
  for (const field of bioVariables) if (input[field] && !invalid.has(field)) valid[field] = input[field]
  return { input, valid, platforms, errors }
}
