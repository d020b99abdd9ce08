import { isTenantRole, tenantRoleLabels, tenantRoles, type TenantRole } from '@/access/roles'
import { parseCsv, type CsvLimits } from '@/lib/csv'
import { normaliseEmailAddress } from '@/lib/emailAddress'

/**
 * The councillor import's file, read into rows (no database here): which column is which, each
 * cell checked on its own, and repeated addresses. What the database knows (already a member,
 * already invited) is added by ./check.ts.
 */

/** 500 people (a large council's councillors and candidates at an election), and a file of that size with room to spare. */
export const IMPORT_LIMITS: CsvLimits = { maxBytes: 512 * 1024, maxRows: 500 }

export type ImportRow = {
  /** The row's number as the spreadsheet shows it (the header is row 1). */
  row: number
  name: string
  email: string
  /** The role as written in the file, for the preview. */
  roleText: string
  role: TenantRole | null
  ward: string
  /** Why the row will not be invited; null when it will be. */
  problem: string | null
}

export type ReadResult = { ok: true; rows: ImportRow[] } | { ok: false; problem: string }

const columnNames: Record<'name' | 'email' | 'role' | 'ward', readonly string[]> = {
  name: ['name', 'full name'],
  email: ['email', 'email address', 'e-mail'],
  role: ['role'],
  ward: ['ward', 'division'],
}

const MAX_TEXT = 120

const roleWords = (role: TenantRole) => [role, tenantRoleLabels[role].label.toLowerCase()]

/** The role a cell names: its value (`tenant-admin`) or its label (`Tenant admin`), any case; an empty cell is a councillor. */
export function roleFromCell(cell: string): TenantRole | null {
  const words = cell.trim().toLowerCase().replace(/\s+/g, ' ')
  if (words === '') return 'councillor'
  if (isTenantRole(words)) return words
  return tenantRoles.find((role) => roleWords(role).includes(words) || roleWords(role).includes(words.replaceAll(' ', '-'))) ?? null
}

const knownRoles = tenantRoles.map((role) => tenantRoleLabels[role].label.toLowerCase()).join(', ')

/** Reads the uploaded bytes into rows, each with its own problem (or none), or one problem for the whole file. */
export function readImportFile(bytes: Uint8Array): ReadResult {
  const parsed = parseCsv(bytes, IMPORT_LIMITS)
  if (!parsed.ok) return parsed
  const { header, rows } = parsed.table
  const column = (key: keyof typeof columnNames) => header.findIndex((cell) => columnNames[key].includes(cell))
  const at = { name: column('name'), email: column('email'), role: column('role'), ward: column('ward') }
  if (at.email < 0) {
    return {
      ok: false,
      problem: `The first row needs a column headed “email” (found: ${header.filter((cell) => cell !== '').join(', ') || 'nothing'}). The columns are name, email, role and, if you like, ward.`,
    }
  }
  if (rows.length === 0) return { ok: false, problem: 'The file has a header row but nobody in it. Add one row per person under the header.' }

  const firstRowOf = new Map<string, number>()
  return {
    ok: true,
    rows: rows.map(({ line, cells }) => {
      const cell = (index: number) => (index >= 0 ? (cells[index] ?? '').trim() : '')
      const roleText = cell(at.role)
      const row: ImportRow = { row: line, name: cell(at.name), email: cell(at.email), roleText, role: roleFromCell(roleText), ward: cell(at.ward), problem: null }
      const checked = normaliseEmailAddress(row.email)
      if (!checked.ok) return { ...row, problem: row.email === '' ? 'No email address.' : checked.problem }
      // Stored as invitations store it (lower case), so that repeats and lookups match.
      row.email = checked.value.toLowerCase()
      const first = firstRowOf.get(row.email)
      if (first !== undefined) return { ...row, problem: `The same address as row ${first}: each person once.` }
      firstRowOf.set(row.email, row.row)
      if (row.role === null) return { ...row, problem: `“${roleText}” is not a role. Use one of: ${knownRoles} (empty means councillor).` }
      if (row.name.length > MAX_TEXT) return { ...row, problem: `The name is longer than ${MAX_TEXT} characters.` }
      if (row.ward.length > MAX_TEXT) return { ...row, problem: `The ward is longer than ${MAX_TEXT} characters.` }
      return row
    }),
  }
}
