import { z } from 'zod'

export type EmailResult = { ok: true; value: string } | { ok: false; problem: string }

const EXAMPLE = 'such as officer@example.gov.uk'
const emailSchema = z.email()

/**
 * Checks an email address as an editor types or pastes it (a leading "mailto:" is dropped) and
 * returns it with the domain in lower case, or a sentence saying what is wrong.
 */
export function normaliseEmailAddress(input: string): EmailResult {
  const trimmed = input.trim().replace(/^mailto:/i, '')
  if (trimmed === '') return { ok: false, problem: `Enter an email address ${EXAMPLE}, or leave the field empty.` }
  if (/\s/.test(trimmed)) return { ok: false, problem: `The email address contains a space. Enter one address ${EXAMPLE}.` }
  const at = trimmed.lastIndexOf('@')
  if (at < 0) return { ok: false, problem: `The email address needs an @. Enter an address ${EXAMPLE}.` }
  if (trimmed.indexOf('@') !== at) return { ok: false, problem: `The email address has more than one @. Enter one address ${EXAMPLE}.` }
  const value = `${trimmed.slice(0, at)}@${trimmed.slice(at + 1).toLowerCase()}`
  if (value.length > 254) return { ok: false, problem: 'The email address is longer than 254 characters.' }
  if (!emailSchema.safeParse(value).success) {
    return { ok: false, problem: `"${trimmed}" is not a valid email address. Enter an address ${EXAMPLE}.` }
  }
  return { ok: true, value }
}
