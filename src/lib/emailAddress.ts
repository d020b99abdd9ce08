// zod/mini: this module also runs in the browser (the bio builder), where the full zod would add
// hundreds of kilobytes of script to a page for one regular expression.
import { config, email } from 'zod/mini'

// Without it zod probes for eval with `Function('')`, a reported violation of the site's CSP.
config({ jitless: true })

export type EmailResult = { ok: true; value: string } | { ok: false; problem: string }

const EXAMPLE = 'such as officer@example.gov.uk'
const emailSchema = email()

/** Whether `value` is one email address as zod's rule has it (the same rule everywhere in the portal). */
export function isEmailAddress(value: string): boolean {
  return emailSchema.safeParse(value).success
}

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
  if (!isEmailAddress(value)) {
    return { ok: false, problem: `"${trimmed}" is not a valid email address. Enter an address ${EXAMPLE}.` }
  }
  return { ok: true, value }
}
