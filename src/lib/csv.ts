/**
 * A small CSV reader and writer for the councillor import (and any export of what people typed).
 * Hand-written rather than a dependency: the import needs only RFC 4180 fields (quotes, doubled
 * quotes, line breaks inside quotes), comma or semicolon, and answers in plain words, and a parser
 * this size is easier to audit than a library's options.
 */

export type CsvTable = { header: string[]; rows: { line: number; cells: string[] }[]; delimiter: ',' | ';' }
export type CsvResult = { ok: true; table: CsvTable } | { ok: false; problem: string }

export type CsvLimits = { maxBytes: number; maxRows: number }

const BOM = '\uFEFF'

function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`
}

/**
 * The delimiter of the header line: whichever of comma and semicolon occurs more often outside
 * quotes (spreadsheets in much of Europe save "CSV" with semicolons). A tie, or neither, is comma.
 */
function detectDelimiter(text: string): ',' | ';' {
  let commas = 0
  let semicolons = 0
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && char === ',') commas += 1
    else if (!quoted && char === ';') semicolons += 1
  }
  return semicolons > commas ? ';' : ','
}

/** Splits decoded text into records of fields (blank lines dropped), or says where a quote was never closed. */
function splitRecords(text: string, delimiter: string): { line: number; cells: string[] }[] | { unclosedQuoteLine: number } {
  const records: { line: number; cells: string[] }[] = []
  let cells: string[] = []
  let field = ''
  let quoted = false
  let fieldWasQuoted = false
  let line = 1
  let recordLine = 1
  let quoteLine = 1
  const endField = () => {
    cells.push(fieldWasQuoted ? field : field.trim())
    field = ''
    fieldWasQuoted = false
  }
  const endRecord = () => {
    endField()
    // A line with nothing on it (or only delimiters) is not a row.
    if (cells.some((cell) => cell !== '')) records.push({ line: recordLine, cells })
    cells = []
  }
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 1
        } else quoted = false
      } else {
        if (char === '\n') line += 1
        field += char
      }
      continue
    }
    if (char === '"' && field.trim() === '' && !fieldWasQuoted) {
      quoted = true
      fieldWasQuoted = true
      quoteLine = line
      field = ''
    } else if (char === delimiter) {
      endField()
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i += 1
      endRecord()
      line += 1
      recordLine = line
    } else if (!fieldWasQuoted) {
      field += char
    }
    // Anything after a closing quote and before the delimiter is dropped, as spreadsheets do.
  }
  if (quoted) return { unclosedQuoteLine: quoteLine }
  endRecord()
  return records
}

/**
 * Reads the bytes of an uploaded file as a CSV table: UTF-8 (a byte-order mark is dropped),
 * comma or semicolon, the first non-empty line the header. Anything else (a binary file, a file
 * saved in another encoding, too big, too many rows, a quote never closed) is one sentence saying
 * what to do.
 */
export function parseCsv(bytes: Uint8Array, limits: CsvLimits): CsvResult {
  if (bytes.byteLength === 0) return { ok: false, problem: 'The file is empty. Choose a CSV file with a header line and one row per person.' }
  if (bytes.byteLength > limits.maxBytes) {
    return { ok: false, problem: `The file is ${kib(bytes.byteLength)}; the largest accepted is ${kib(limits.maxBytes)}. Split it into smaller files.` }
  }
  // Text never holds a NUL byte; spreadsheets (.xlsx), PDFs and images almost always do.
  if (bytes.includes(0)) {
    return { ok: false, problem: 'This is not a CSV file. In your spreadsheet choose “Save as” and “CSV UTF-8 (comma delimited)”, then choose that file.' }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return {
      ok: false,
      problem: 'The file is not in UTF-8 (or mixes encodings), so some letters would be wrong. In your spreadsheet choose “Save as” and “CSV UTF-8”, then choose that file.',
    }
  }
  if (text.startsWith(BOM)) text = text.slice(1)
  const delimiter = detectDelimiter(text)
  const records = splitRecords(text, delimiter)
  if (!Array.isArray(records)) {
    return { ok: false, problem: `A quotation mark opened on line ${records.unclosedQuoteLine} is never closed. Check that line in your spreadsheet and save the file again.` }
  }
  const [first, ...rows] = records
  if (!first) return { ok: false, problem: 'The file has no lines. Choose a CSV file with a header line and one row per person.' }
  if (rows.length > limits.maxRows) {
    return { ok: false, problem: `The file has ${rows.length} rows; at most ${limits.maxRows} can be imported at once. Split it into smaller files.` }
  }
  return { ok: true, table: { header: first.cells.map((cell) => cell.trim().toLowerCase()), rows, delimiter } }
}

/** Characters that make a spreadsheet read a cell as a formula (or, for tab and CR, hide one). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One cell for a CSV that people will open in a spreadsheet: a value that a spreadsheet would
 * evaluate (starting with =, +, -, @) is prefixed with an apostrophe so it stays text, and the
 * cell is quoted when it holds a delimiter, a quote or a line break.
 */
export function csvCell(value: string, delimiter: ',' | ';' = ','): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /["\r\n,;]/.test(safe) || safe.includes(delimiter) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** A CSV document (CRLF line ends, as spreadsheets expect) from a header and rows, every cell made safe. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], delimiter: ',' | ';' = ','): string {
  return [header, ...rows].map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter)).join('\r\n') + '\r\n'
}
