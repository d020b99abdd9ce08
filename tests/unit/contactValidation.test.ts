import { describe, expect, it } from 'vitest'

import { normaliseEmailAddress } from '@/lib/emailAddress'
import { formatPhone, normalisePhone, telUri } from '@/lib/phone'
import { normaliseWebAddress } from '@/lib/webAddress'

type Row =
  | { field: 'phone' | 'email' | 'url'; input: string; stored: string }
  | { field: 'phone' | 'email' | 'url'; input: string; refused: RegExp }

const normalisers = { phone: normalisePhone, email: normaliseEmailAddress, url: normaliseWebAddress }

/**
 * What an editor types, and what is stored or why it is refused. Valid phone fixtures are real
 * public numbers (Report Fraud, Samaritans, ChildLine); Ofcom's drama numbers are never valid.
 */
const table: Row[] = [
  // Phone: accepted and normalised
  { field: 'phone', input: '0300 123 2040', stored: '+443001232040' },
  { field: 'phone', input: '03001232040', stored: '+443001232040' },
  { field: 'phone', input: '0300-123-2040', stored: '+443001232040' },
  { field: 'phone', input: '(0300) 123 2040', stored: '+443001232040' },
  { field: 'phone', input: '0300.123.2040', stored: '+443001232040' },
  { field: 'phone', input: '+44 300 123 2040', stored: '+443001232040' },
  { field: 'phone', input: '+44 (0) 300 123 2040', stored: '+443001232040' },
  { field: 'phone', input: '+44(0)300 123 2040', stored: '+443001232040' },
  { field: 'phone', input: '0044 300 123 2040', stored: '+443001232040' },
  { field: 'phone', input: '  0300 123 2040\u00a0', stored: '+443001232040' },
  // Full-width digits and plus are folded to ASCII (NFKC) and accepted: the number is unambiguous.
  { field: 'phone', input: '０３００ １２３ ２０４０', stored: '+443001232040' },
  { field: 'phone', input: '＋４４ ３００ １２３ ２０４０', stored: '+443001232040' },
  { field: 'phone', input: '0800 1111', stored: '+448001111' },
  { field: 'phone', input: '+353 1 234 5678', stored: '+35312345678' },
  // Short codes, allowed explicitly and stored as digits
  { field: 'phone', input: '999', stored: '999' },
  { field: 'phone', input: '112', stored: '112' },
  { field: 'phone', input: '101', stored: '101' },
  { field: 'phone', input: '111', stored: '111' },
  { field: 'phone', input: '105', stored: '105' },
  { field: 'phone', input: '116 123', stored: '116123' },
  { field: 'phone', input: '116-123', stored: '116123' },
  // Phone: refused
  { field: 'phone', input: '07700 900123', refused: /Ofcom.*drama/ },
  { field: 'phone', input: '01632 960123', refused: /Ofcom.*drama/ },
  { field: 'phone', input: '020 7946 0123', refused: /Ofcom.*drama/ },
  { field: 'phone', input: '+44 161 496 0000', refused: /Ofcom.*drama/ },
  { field: 'phone', input: '0300 123 204', refused: /not a phone number in use|too short/ },
  { field: 'phone', input: '0300 123 20400', refused: /too long/ },
  { field: 'phone', input: '12', refused: /too short/ },
  { field: 'phone', input: '+999', refused: /too short|country code/ },
  { field: 'phone', input: '0300-FLOWERS', refused: /contains letters/ },
  { field: 'phone', input: '0300 123 2040 ext 5', refused: /contains letters/ },
  { field: 'phone', input: '0300 123 2040 #5', refused: /characters other than digits/ },
  { field: 'phone', input: '0300+1232040', refused: /\+ can only come at the start/ },
  { field: 'phone', input: '١٢٣٤٥٦٧٨٩٠', refused: /characters other than digits/ },
  { field: 'phone', input: '   ', refused: /Enter a phone number/ },
  { field: 'phone', input: '116 124', refused: /not a phone number in use|too short/ },
  // Email
  { field: 'email', input: 'monitoring.officer@example.gov.uk', stored: 'monitoring.officer@example.gov.uk' },
  { field: 'email', input: '  Member.Support@Example.GOV.UK ', stored: 'Member.Support@example.gov.uk' },
  { field: 'email', input: 'mailto:safety@example.org', stored: 'safety@example.org' },
  { field: 'email', input: 'officer.example.gov.uk', refused: /needs an @/ },
  { field: 'email', input: 'a@b@example.org', refused: /more than one @/ },
  { field: 'email', input: 'officer @example.org', refused: /contains a space/ },
  { field: 'email', input: 'officer@example', refused: /not a valid email address/ },
  { field: 'email', input: '<script>@example.org', refused: /not a valid email address/ },
  // Web address
  { field: 'url', input: 'https://reportharmfulcontent.com', stored: 'https://reportharmfulcontent.com/' },
  { field: 'url', input: 'https://www.samaritans.org/how-we-can-help/', stored: 'https://www.samaritans.org/how-we-can-help/' },
  { field: 'url', input: 'reportharmfulcontent.com', stored: 'https://reportharmfulcontent.com/' },
  { field: 'url', input: 'HTTPS://Example.GOV.UK/Contacts', stored: 'https://example.gov.uk/Contacts' },
  { field: 'url', input: 'http://reportharmfulcontent.com', refused: /http:\/\/, which is not secure/ },
  { field: 'url', input: 'javascript:alert(1)', refused: /Only https:\/\/ web addresses/ },
  { field: 'url', input: 'JavaScript:alert(document.cookie)', refused: /Only https:\/\/ web addresses/ },
  { field: 'url', input: 'data:text/html,<script>alert(1)</script>', refused: /Only https:\/\/ web addresses/ },
  { field: 'url', input: 'https://user:secret@example.org/', refused: /user name or password/ },
  { field: 'url', input: 'https://user@example.org/', refused: /user name or password/ },
  { field: 'url', input: 'https://localhost/admin', refused: /public website/ },
  { field: 'url', input: 'https://192.168.0.1/', refused: /public website/ },
  { field: 'url', input: 'https://example.org:8443/', refused: /port/ },
  { field: 'url', input: 'https://exa mple.org', refused: /spaces or invisible/ },
  { field: 'url', input: 'ftp://files.example.org', refused: /Only https:\/\//i },
]

describe('contact field validation table', () => {
  it('has at least 30 rows, good and bad', () => {
    expect(table.length).toBeGreaterThanOrEqual(30)
    expect(table.some((row) => 'stored' in row)).toBe(true)
    expect(table.some((row) => 'refused' in row)).toBe(true)
  })

  it.each(table)('$field $input', (row) => {
    const result = normalisers[row.field](row.input)
    if ('stored' in row) {
      expect(result).toEqual({ ok: true, value: row.stored })
    } else {
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.problem).toMatch(row.refused)
    }
  })

  it('gives a refused phone number a message with a valid example, never a drama number', () => {
    const result = normalisePhone('0300 123')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problem).toContain('0300 123 2040')
      expect(result.problem).not.toMatch(/01632|07700/)
    }
  })
})

describe('phone display and tel: links', () => {
  it.each([
    ['+443001232040', '0300 123 2040', 'tel:+443001232040'],
    ['+448001111', '0800 1111', 'tel:+448001111'],
    ['+35312345678', '+353 1 234 5678', 'tel:+35312345678'],
    ['999', '999', 'tel:999'],
    ['116123', '116 123', 'tel:116123'],
    ['101', '101', 'tel:101'],
  ])('%s shows as %s and dials %s', (stored, display, uri) => {
    expect(formatPhone(stored)).toBe(display)
    expect(telUri(stored)).toBe(uri)
  })

  it('round-trips: a stored number normalises to itself', () => {
    for (const stored of ['+443001232040', '999', '116123', '+35312345678']) {
      expect(normalisePhone(stored)).toEqual({ ok: true, value: stored })
    }
  })
})
