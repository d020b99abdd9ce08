import { normaliseEmailAddress } from '@/lib/emailAddress'
import { normalisePhone } from '@/lib/phone'
import { normaliseWebAddress } from '@/lib/webAddress'

type ValidateResult = true | string
type ContactSiblings = { siblingData?: Partial<Record<'phone' | 'email' | 'url', unknown>> }

const isBlank = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

/**
 * Payload shows these messages under the field and names the field in the error summary; each
 * message also says which field it is about, because the REST and GraphQL callers only see the
 * message and the path.
 */
export function validatePhone(value: unknown, { siblingData }: ContactSiblings): ValidateResult {
  if (isBlank(value)) {
    const reachable = !isBlank(siblingData?.email) || !isBlank(siblingData?.url)
    return reachable ? true : 'Give at least one way to reach this contact: a phone number, an email address or a web address.'
  }
  if (typeof value !== 'string') return 'The phone number must be text, such as 0300 123 2040.'
  const result = normalisePhone(value)
  return result.ok ? true : result.problem
}

export function validateEmail(value: unknown): ValidateResult {
  if (isBlank(value)) return true
  if (typeof value !== 'string') return 'The email address must be text, such as officer@example.gov.uk.'
  const result = normaliseEmailAddress(value)
  return result.ok ? true : result.problem
}

export function validateUrl(value: unknown): ValidateResult {
  if (isBlank(value)) return true
  if (typeof value !== 'string') return 'The web address must be text, such as https://reportharmfulcontent.com.'
  const result = normaliseWebAddress(value)
  return result.ok ? true : result.problem
}

/** A verification date in the future would keep a contact "fresh" for longer than it is. */
export function validateLastVerifiedAt(value: unknown): ValidateResult {
  if (isBlank(value)) return true
  const time = new Date(value as string).getTime()
  if (Number.isNaN(time)) return 'The date last verified is not a date.'
  const tomorrow = Date.now() + 24 * 60 * 60 * 1000
  return time > tomorrow ? 'The date last verified cannot be in the future.' : true
}

type Normaliser = (input: string) => { ok: true; value: string } | { ok: false }

/**
 * A field beforeValidate hook that stores the normalised form when the value is valid, turns
 * blanks into null, and leaves an invalid value as typed so that validation can name the problem.
 */
export function normaliseWith(normalise: Normaliser) {
  return ({ value }: { value?: unknown }): unknown => {
    if (typeof value !== 'string') return value
    if (value.trim() === '') return null
    const result = normalise(value)
    return result.ok ? result.value : value
  }
}

export const normalisePhoneField = normaliseWith(normalisePhone)
export const normaliseEmailField = normaliseWith(normaliseEmailAddress)
export const normaliseUrlField = normaliseWith(normaliseWebAddress)
