import { describe, expect, it } from 'vitest'

import { csvCell, parseCsv, toCsv } from '@/lib/csv'

const limits = { maxBytes: 4096, maxRows: 3 }
const bytes = (text: string) => new TextEncoder().encode(text)

function table(text: string) {
  const result = parseCsv(bytes(text), limits)
  if (!result.ok) throw new Error(result.problem)
  return result.table
}

function problem(input: Uint8Array | string): string {
  const result = parseCsv(typeof input === 'string' ? bytes(input) : input, limits)
  if (result.ok) throw new Error('parsed, but should not have')
  return result.problem
}

describe('parseCsv', () => {
  it('reads a header and rows, with line numbers as a spreadsheet counts them', () => {
    const t = table('name,email,role\nAda Lovelace,ada@example.org,councillor\n\nBob,bob@example.org,editor\n')
    expect(t.header).toEqual(['name', 'email', 'role'])
    expect(t.delimiter).toBe(',')
    expect(t.rows).toEqual([
      { line: 2, cells: ['Ada Lovelace', 'ada@example.org', 'councillor'] },
      { line: 4, cells: ['Bob', 'bob@example.org', 'editor'] },
    ])
  })

  it('drops a byte-order mark and lower-cases and trims the header', () => {
    expect(table('\uFEFF Name ;EMAIL\r\nA;a@example.org\r\n').header).toEqual(['name', 'email'])
  })

  it('takes semicolons when the header has more of them than commas', () => {
    const t = table('name;email;ward\n"Smith, Jo";jo@example.org;North, East\n')
    expect(t.delimiter).toBe(';')
    expect(t.rows[0]?.cells).toEqual(['Smith, Jo', 'jo@example.org', 'North, East'])
  })

  it('reads quoted fields: doubled quotes, delimiters and line breaks inside, spaces kept', () => {
    const t = table('name,email\n"Jo ""JJ"" Bloggs, MBE",jo@example.org\n"two\nlines", x@example.org \n')
    expect(t.rows[0]?.cells).toEqual(['Jo "JJ" Bloggs, MBE', 'jo@example.org'])
    expect(t.rows[1]).toEqual({ line: 3, cells: ['two\nlines', 'x@example.org'] })
  })

  it('keeps Welsh and Gaelic letters (UTF-8)', () => {
    expect(table('name,email\nSiân Ŵyn,s@example.org\n').rows[0]?.cells[0]).toBe('Siân Ŵyn')
  })

  it('keeps a formula-like cell as the text it is', () => {
    expect(table('name,email\n=HYPERLINK("x"),a@example.org\n').rows[0]?.cells[0]).toBe('=HYPERLINK("x")')
  })

  it('refuses an empty file, a binary file and one that is not UTF-8, each in words', () => {
    expect(problem('')).toMatch(/empty/)
    expect(problem(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toMatch(/not a CSV file/)
    // "Siân" saved as Windows-1252: â is the single byte 0xE2, which UTF-8 cannot start a letter with here.
    expect(problem(new Uint8Array([...bytes('name,email\nSi'), 0xe2, ...bytes('n,s@example.org\n')]))).toMatch(/not in UTF-8/)
  })

  it('refuses too many bytes and too many rows, saying the limit', () => {
    expect(problem('x'.repeat(5000))).toMatch(/largest accepted is 4 KB/)
    expect(problem('email\na@x.org\nb@x.org\nc@x.org\nd@x.org\n')).toMatch(/4 rows; at most 3/)
  })

  it('refuses a quote that is never closed, naming its line', () => {
    expect(problem('name,email\nok,a@x.org\n"Jo,b@x.org\n')).toMatch(/line 3/)
  })
})

describe('csvCell and toCsv', () => {
  it('prefixes anything a spreadsheet would evaluate, so it stays text', () => {
    for (const value of ['=1+1', '+44 20', '-2', '@SUM(A1)', '\tx']) expect(csvCell(value).replace(/^"/, '').startsWith(`'`)).toBe(true)
    expect(csvCell('Ada')).toBe('Ada')
  })

  it('quotes cells with delimiters, quotes or line breaks, and round-trips through parseCsv', () => {
    const text = toCsv(['name', 'problem'], [['Jo "JJ", MBE', 'line\nbreak'], ['=cmd', 'ok']])
    expect(text).toBe('name,problem\r\n"Jo ""JJ"", MBE","line\nbreak"\r\n\'=cmd,ok\r\n')
    expect(table(text).rows.map((row) => row.cells)).toEqual([
      ['Jo "JJ", MBE', 'line\nbreak'],
      ["'=cmd", 'ok'],
    ])
  })
})
