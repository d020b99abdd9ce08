import { describe, expect, it } from 'vitest'

import { attachmentDisposition, escapeText, foldLine, toVCard, toVCards } from '@/lib/vcard'

const octets = (text: string): number => new TextEncoder().encode(text).length

describe('vCard text escaping (RFC 6350 §3.4)', () => {
  it.each([
    ['Samaritans', 'Samaritans'],
    ['Police, fire; ambulance', 'Police\\, fire\\; ambulance'],
    ['C:\\path', 'C:\\\\path'],
    ['line one\nline two', 'line one\\nline two'],
    ['crlf\r\nbreak', 'crlf\\nbreak'],
    ['\\,', '\\\\\\,'],
  ])('%j → %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected)
  })
})

describe('line folding at 75 octets (RFC 6350 §3.2)', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('FN:Samaritans')).toBe('FN:Samaritans')
  })

  it('folds a long ASCII line with CRLF and a space, each physical line at most 75 octets', () => {
    const line = `NOTE:${'a'.repeat(200)}`
    const folded = foldLine(line)
    const physical = folded.split('\r\n')
    expect(physical.length).toBe(3)
    expect(physical.every((part) => octets(part) <= 75)).toBe(true)
    expect(physical[0]).toHaveLength(75)
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true)
    // Unfolding (remove CRLF + one space) gives the original back.
    expect(folded.replace(/\r\n /g, '')).toBe(line)
  })

  it('never splits a multi-byte UTF-8 character', () => {
    const line = `NOTE:${'ŵ'.repeat(60)}${'🙂'.repeat(20)}`
    const folded = foldLine(line)
    const physical = folded.split('\r\n')
    expect(physical.every((part) => octets(part) <= 75)).toBe(true)
    expect(physical.every((part) => !part.includes('\uFFFD'))).toBe(true)
    expect(folded.replace(/\r\n /g, '')).toBe(line)
  })
})

describe('toVCard', () => {
  it('writes a VERSION 4.0 card with CRLF line ends, a tel: URI and escaped text', () => {
    const card = toVCard({
      name: 'Samaritans',
      organisation: 'Samaritans; listening, 24/7',
      tel: 'tel:116123',
      email: 'jo@samaritans.org',
      url: 'https://www.samaritans.org/',
      note: 'Free to call\nany time',
      revision: new Date('2026-11-24T10:11:12.345Z'),
    })
    expect(card).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Samaritans',
        'ORG:Samaritans\\; listening\\, 24/7',
        'TEL;VALUE=uri;TYPE=voice:tel:116123',
        'EMAIL:jo@samaritans.org',
        'URL:https://www.samaritans.org/',
        'NOTE:Free to call\\nany time',
        'REV:20261124T101112Z',
        'END:VCARD',
        '',
      ].join('\r\n'),
    )
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('leaves out absent properties and joins several cards', () => {
    const both = toVCards([{ name: 'Emergency services', tel: 'tel:999' }, { name: 'Monitoring Officer', email: 'mo@example.gov.uk' }])
    expect(both.match(/BEGIN:VCARD/g)).toHaveLength(2)
    expect(both).not.toContain('ORG:')
    expect(both.endsWith('END:VCARD\r\n')).toBe(true)
  })
})

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name, and cannot break out of the header', () => {
    expect(attachmentDisposition('example-county-contacts.vcf')).toBe(
      'attachment; filename="example-county-contacts.vcf"; filename*=UTF-8\'\'example-county-contacts.vcf',
    )
    const welsh = attachmentDisposition('Swyddog Monitro – Gŵyl.vcf')
    expect(welsh).toMatch(/^attachment; filename="[A-Za-z0-9._-]+"; filename\*=UTF-8''/)
    const hostile = attachmentDisposition('a"\r\nSet-Cookie: x.vcf')
    expect(hostile).not.toMatch(/[\r\n]/)
    expect(hostile.match(/"/g)).toHaveLength(2)
  })
})
