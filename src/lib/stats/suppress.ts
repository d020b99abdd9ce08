/**
 * Small-number suppression for published count tables (the standards committee's numbers, #20).
 *
 * A table is rows × columns of counts with its row totals, column totals and grand total, all
 * published. A count of 1 to 4 is shown as "fewer than 5" (primary suppression), a total too. That
 * alone leaks: a row [3, 7 | 10] with the 3 hidden gives it back as 10 − 7. So more cells are
 * hidden (complementary suppression, shown as "not shown") until no hidden cell can be worked out
 * from what is shown, by a reader who knows that a "fewer than 5" cell is 1 to 4, a "not shown"
 * cell is 5 or more, every shown cell exactly, and that rows and columns add up to their totals.
 *
 * How it is checked: a hidden cell is safe when the whole hidden table can be changed by +1 / −1
 * along a cycle through that cell (alternating between its row and column, as in a 2 × 2
 * rectangle of hidden cells, where the totals absorb the change) with every hidden cell staying
 * in its range: then two different tables agree with everything shown. Totals take part as cells:
 * a row's total is the (row, totals column) cell, with its sign turned so every line sums to 0.
 * Zeros are shown and never hidden (a zero says nothing about a person, and hiding only zeros
 * would tell the reader they are zeros). If no choice of complements makes every hidden cell safe,
 * every non-zero cell is hidden; if even that leaves one pinned, the table is withheld.
 */

export const SUPPRESS_BELOW = 5

export type CellState = 'shown' | 'fewer-than-5' | 'not-shown'

export type PublishedCell = { state: CellState; value: number | null }

export type SuppressedTable = {
  /** rows × columns, as given. */
  cells: PublishedCell[][]
  rowTotals: PublishedCell[]
  columnTotals: PublishedCell[]
  grandTotal: PublishedCell
  /** True when no arrangement keeps the hidden cells safe: publish nothing of this table. */
  withheld: boolean
}

type Grid = { values: number[][]; hidden: boolean[][]; rows: number; cols: number }

/** The table with its totals as the last column and last row ((R+1) × (C+1)). */
function extend(counts: number[][]): number[][] {
  const cols = counts[0]?.length ?? 0
  const rowsWithTotals = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)])
  const totalRow = Array.from({ length: cols + 1 }, (_, j) => rowsWithTotals.reduce((sum, row) => sum + (row[j] ?? 0), 0))
  return [...rowsWithTotals, totalRow]
}

const isPrimary = (value: number) => value > 0 && value < SUPPRESS_BELOW

/** The range a reader knows a hidden cell to lie in. */
function allows(value: number, original: number): boolean {
  return isPrimary(original) ? isPrimary(value) : value >= SUPPRESS_BELOW
}

/**
 * Signs that make every line of the extended grid sum to zero: cells +1, row and column totals −1,
 * the grand total +1.
 */
function sign(grid: Grid, i: number, j: number): number {
  const totalRow = i === grid.rows - 1
  const totalCol = j === grid.cols - 1
  return totalRow === totalCol ? 1 : -1
}

/**
 * Is there a cycle of hidden cells through (i, j) along which alternately adding and subtracting 1
 * (in signed terms) keeps every hidden cell in its range? A cycle goes p0 = (i, j) → along its row
 * → along that column → along that row ... and closes when a row move lands in column j: every
 * row and column it touches then holds two of its cells with opposite changes, so every total
 * still adds up. Depth-first over simple cycles of up to `maxLength` cells, both directions.
 */
function hasSafeCycle(grid: Grid, i: number, j: number, maxLength: number): boolean {
  const changeOk = (r: number, c: number, delta: number) => {
    const value = grid.values[r]?.[c] ?? 0
    return allows(value + delta * sign(grid, r, c), value)
  }
  const usedRows = new Set<number>([i])
  const usedCols = new Set<number>([j])
  // From (r, c), whose change is `delta`, move along row r (landing at an odd position).
  const rowMove = (r: number, c: number, delta: number, length: number): boolean => {
    for (let cc = 0; cc < grid.cols; cc += 1) {
      if (cc === c || !grid.hidden[r]?.[cc] || !changeOk(r, cc, -delta)) continue
      if (cc === j) {
        if (r !== i && length + 1 >= 4) return true
        continue
      }
      if (usedCols.has(cc) || length + 1 >= maxLength) continue
      usedCols.add(cc)
      if (columnMove(r, cc, -delta, length + 1)) return true
      usedCols.delete(cc)
    }
    return false
  }
  // From (r, c), move along column c to a row the cycle has not used (landing at an even position).
  const columnMove = (r: number, c: number, delta: number, length: number): boolean => {
    for (let rr = 0; rr < grid.rows; rr += 1) {
      if (rr === r || usedRows.has(rr) || !grid.hidden[rr]?.[c] || !changeOk(rr, c, -delta)) continue
      usedRows.add(rr)
      if (rowMove(rr, c, -delta, length + 1)) return true
      usedRows.delete(rr)
    }
    return false
  }
  return [1, -1].some((first) => changeOk(i, j, first) && rowMove(i, j, first, 1))
}

function pinnedCells(grid: Grid, maxLength: number): [number, number][] {
  const pinned: [number, number][] = []
  for (let i = 0; i < grid.rows; i += 1) {
    for (let j = 0; j < grid.cols; j += 1) {
      if (grid.hidden[i]?.[j] && !hasSafeCycle(grid, i, j, maxLength)) pinned.push([i, j])
    }
  }
  return pinned
}

/**
 * A complement for a pinned cell: a shown cell of 5 or more in its row or column, the smallest
 * first (the least information lost), preferring counts to totals.
 */
function complementFor(grid: Grid, [i, j]: [number, number]): [number, number] | null {
  const candidates: { at: [number, number]; value: number; total: boolean }[] = []
  for (let c = 0; c < grid.cols; c += 1) {
    const value = grid.values[i]?.[c] ?? 0
    if (c !== j && !grid.hidden[i]?.[c] && value >= SUPPRESS_BELOW) candidates.push({ at: [i, c], value, total: c === grid.cols - 1 || i === grid.rows - 1 })
  }
  for (let r = 0; r < grid.rows; r += 1) {
    const value = grid.values[r]?.[j] ?? 0
    if (r !== i && !grid.hidden[r]?.[j] && value >= SUPPRESS_BELOW) candidates.push({ at: [r, j], value, total: r === grid.rows - 1 || j === grid.cols - 1 })
  }
  candidates.sort((a, b) => Number(a.total) - Number(b.total) || a.value - b.value || a.at[0] - b.at[0] || a.at[1] - b.at[1])
  return candidates[0]?.at ?? null
}

/** Suppresses a table of counts (rows × columns, whole numbers ≥ 0); see the file's comment. */
export function suppressTable(counts: number[][]): SuppressedTable {
  const values = extend(counts)
  const rows = values.length
  const cols = values[0]?.length ?? 0
  for (const row of counts) {
    if (row.length !== cols - 1) throw new Error('Every row of a table has the same number of columns')
    for (const value of row) if (!Number.isInteger(value) || value < 0) throw new Error(`Counts are whole numbers of 0 or more, not ${value}`)
  }
  const hidden = values.map((row) => row.map(isPrimary))
  const grid: Grid = { values, hidden, rows, cols }
  const maxLength = 2 * Math.min(rows, cols)
  let withheld = false
  for (;;) {
    const pinned = pinnedCells(grid, maxLength)
    if (pinned.length === 0) break
    const added = pinned.map((cell) => complementFor(grid, cell)).find((cell) => cell !== null)
    if (added) {
      hidden[added[0]]![added[1]] = true
      continue
    }
    // No single complement left beside a pinned cell: hide every non-zero cell, and check once more.
    for (let r = 0; r < rows; r += 1) for (let c = 0; c < cols; c += 1) if ((values[r]?.[c] ?? 0) > 0) hidden[r]![c] = true
    withheld = pinnedCells(grid, maxLength).length > 0
    break
  }
  const publish = (r: number, c: number): PublishedCell => {
    const value = values[r]?.[c] ?? 0
    if (withheld) return { state: 'not-shown', value: null }
    if (!hidden[r]?.[c]) return { state: 'shown', value }
    return { state: isPrimary(value) ? 'fewer-than-5' : 'not-shown', value: null }
  }
  const R = rows - 1
  const C = cols - 1
  return {
    cells: Array.from({ length: R }, (_, r) => Array.from({ length: C }, (_, c) => publish(r, c))),
    rowTotals: Array.from({ length: R }, (_, r) => publish(r, C)),
    columnTotals: Array.from({ length: C }, (_, c) => publish(R, c)),
    grandTotal: publish(R, C),
    withheld,
  }
}
