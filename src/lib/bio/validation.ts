import { z } from 'zod'

import { countGraphemes } from './graphemes'
import type { BioValues } from './fill'
import { bioVariables, type BioVariable } from './variables'

/** Each short field's limit, in characters (graphemes) as a person counts them. */
export const MAX_FIELD_LENGTH = 80
/** Web addresses may be longer than a name, but not unbounded. */
export const MAX_WEBSITE_LENGTH = 200

export type BioFieldError =
  | { field: BioVariable; code: 'required' }
  | { field: BioVariable; code: 'too-long'; limit: number }
  | { field: 'email'; code: 'invalid-email' }
  | { field: 'website'; code: 'http-not-allowed' | 'invalid-url' }

export type BioErrorCode = BioFieldError['code']

/** What the person typed, as typed (trimmed), for showing back in the form. */
export type BioInput = Record<BioVariable, string>

export type BioValidation = {
  input: BioInput
  /** Only the values that passed: a wrong email is left out rather than put into a bio. */
  valid: BioValues
  errors: BioFieldError[]
}

export const requiredFields: readonly BioVariable[] = ['name', 'role']

/** Anything a form can arrive as: FormData, URLSearchParams, or Next's `searchParams` object. */
export type FormInput = FormData | URLSearchParams | Record<string, string | string[] | undefined>

function read(source: FormInput, key: string): string {
  const raw =
    source instanceof FormData || source instanceof URLSearchParams
      ? source.get(key)
      : (Array.isArray(source[key]) ? source[key][0] : source[key])
  // A file input or a repeated key is not text we asked for; a runaway value is cut before it is
  // counted, and is then refused as too long anyway.
  return typeof raw === 'string' ? raw.slice(0, 4 * MAX_WEBSITE_LENGTH).replace(/\s+/g, ' ').trim() : ''
}

/** Reads only the six known fields; anything else in the form is ignored. */
export function readBioInput(source: FormInput): BioInput {
  return Object.fromEntries(bioVariables.map((name) => [name, read(source, name)])) as BioInput
}

/** Whether the form was sent at all (any of its fields present), as opposed to a first visit. */
export function isBioSubmission(source: FormInput): boolean {
  return bioVariables.some((name) =>
    source instanceof FormData || source instanceof URLSearchParams ? source.has(name) : source[name] !== undefined,
  )
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
  const parsed = bioSchema.safeParse(input)
  const errors: BioFieldError[] = parsed.success
    ? []
    : parsed.error.issues.flatMap((found) => {
        const params = (found as { params?: unknown }).params
        return params && typeof params === 'object' && 'field' in params ? [params as BioFieldError] : []
      })
  const invalid = new Set(errors.map((error) => error.field))
  const valid: BioValues = {}
  for (const field of bioVariables) if (input[field] && !invalid.has(field)) valid[field] = input[field]
  return { input, valid, errors }
}
