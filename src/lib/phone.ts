/**
 * Phone numbers as editors type them, checked and stored in one form so that the site can
 * always build a working `tel:` link.
 *
 * - Full numbers are checked with libphonenumber-js's "max" metadata (the default "min" metadata
 *   only checks lengths) with the UK as default country, and stored as E.164 (+443001232040).
 * - The UK short codes people are told to ring (999, 112, 101, 111, 105, 116 123) are not valid
 *   numbers to libphonenumber, so they are allowed explicitly and stored as digits.
 * - Full-width digits (０３００…, pasted from some PDFs and IMEs) are folded to ASCII with NFKC and
 *   accepted: the number is unambiguous. Other scripts' digits are refused.
 * - Ofcom's drama ranges (01632 960xxx, 07700 900xxx, 020 7946 0xxx, ...) are refused with their
 *   own message, including the ones libphonenumber considers valid: they can never reach anyone.
 *
 * Kept by hand around libphonenumber-js (reviewed): the short codes and Ofcom's drama ranges are
 * UK rules no phone library carries.
 */
import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max'

export type PhoneResult = { ok: true; value: string } | { ok: false; problem: string }

/** Short codes allowed as they are, with the way they are written on the site. */
export const shortCodes: Readonly<Record<string, string>> = {
  '999': '999',
  '112': '112',
  '101': '101',
  '111': '111',
  '105': '105',
  '116123': '116 123',
}

const EXAMPLE = 'Enter a UK phone number such as 0300 123 2040, or an international one starting with +.'

/**
 * National significant numbers (no leading 0) of Ofcom's ranges reserved for TV and radio drama.
 * https://www.ofcom.org.uk/phones-and-broadband/phone-numbers/numbers-for-drama
 */
const DRAMA_PREFIXES = [
  '1134960', '1144960', '1154960', '1164960', '1174960', '1184960', '1214960', '1314960',
  '1414960', '1514960', '1614960', '1914980', '2079460', '2920180', '1632960', '7700900',
  '8081570', '9098790', '3069990',
]

function isDramaNumber(nationalNumber: string): boolean {
  return DRAMA_PREFIXES.some((prefix) => nationalNumber.startsWith(prefix))
}

/** Everything an editor may legitimately use to group digits. */
const SEPARATORS = /[\s\u00a0\-.()/]/g

/**
 * Checks a phone number and returns it in stored form (E.164, or the digits of a short code),
 * or a sentence saying what is wrong.
 */
export function normalisePhone(input: string): PhoneResult {
  const folded = input.normalize('NFKC').trim()
  if (folded === '') return { ok: false, problem: 'Enter a phone number, or leave the field empty.' }
  if (/[a-z]/i.test(folded)) {
    return {
      ok: false,
      problem: `The phone number contains letters ("${folded}"). Enter digits only, such as 0300 123 2040; put extensions or opening times in the other fields.`,
    }
  }
  if (!/^[+\d\s\u00a0\-.()/]+$/.test(folded)) {
    return { ok: false, problem: `The phone number contains characters other than digits, spaces and +. ${EXAMPLE}` }
  }

  const digitsOnly = folded.replace(SEPARATORS, '')
  if (!digitsOnly.startsWith('+') && shortCodes[digitsOnly]) return { ok: true, value: digitsOnly }

  // "+44 (0)20 ..." is a common way to print UK numbers for callers abroad; the (0) is not dialled.
  const withoutTrunkZero = folded.replace(/^(\+\s*44)\s*\(\s*0\s*\)/, '$1 ')
  const international = withoutTrunkZero.replace(/^00(?=\d)/, '+')
  const compact = international.replace(SEPARATORS, '')
  if (compact.indexOf('+') > 0) return { ok: false, problem: `A + can only come at the start of a phone number. ${EXAMPLE}` }

  const lengthProblem = validatePhoneNumberLength(compact, 'GB')
  if (lengthProblem === 'TOO_SHORT' || lengthProblem === 'NOT_A_NUMBER') {
    return { ok: false, problem: `The phone number is too short. ${EXAMPLE} Short codes allowed: 999, 112, 101, 111, 105, 116 123.` }
  }
  if (lengthProblem === 'TOO_LONG') return { ok: false, problem: `The phone number is too long. ${EXAMPLE}` }
  if (lengthProblem === 'INVALID_COUNTRY') {
    return { ok: false, problem: `The phone number's country code is not recognised. ${EXAMPLE}` }
  }

  const parsed = parsePhoneNumberFromString(compact, 'GB')
  if (parsed?.countryCallingCode === '44' && isDramaNumber(parsed.nationalNumber)) {
    return {
      ok: false,
      problem: `${folded} is one of Ofcom's numbers reserved for TV and radio drama: it cannot be dialled. Enter the contact's real number.`,
    }
  }
  if (!parsed || !parsed.isValid()) {
    return { ok: false, problem: `${folded} is not a phone number in use. ${EXAMPLE}` }
  }
  return { ok: true, value: parsed.number }
}

/** A stored number for reading: "0300 123 2040" for UK numbers, "+353 1 234 5678" for others. */
export function formatPhone(stored: string): string {
  const short = shortCodes[stored]
  if (short) return short
  const parsed = parsePhoneNumberFromString(stored)
  if (!parsed) return stored
  return parsed.countryCallingCode === '44' ? parsed.formatNational() : parsed.formatInternational()
}

/**
 * The `tel:` URI of a stored number (RFC 3966). Short codes are written as the digits phones
 * dial (`tel:999`), which every mobile browser and contacts app understands.
 */
export function telUri(stored: string): string {
  return `tel:${stored}`
}
