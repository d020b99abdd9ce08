/**
 * Small-number suppression: counts of 1 to 4 are "fewer than 5", and enough other cells are hidden
 * that no hidden cell can be worked out from what is published. The property is checked by an
 * attacker written independently of the suppression code: for random small tables it enumerates
 * every table that agrees with what is published (a "fewer than 5" cell is 1 to 4, a "not shown"
 * cell 5 or more, shown cells and totals exact) and requires each hidden cell to take at least two
 * values across them. The attacker caps "not shown" at 10 (the tables' counts are at most 9), which only removes candidate tables, so
 * it is stricter than a reader without the cap.
 */
import { describe, expect, it } from 'vitest'

import { suppressTable, type PublishedCell, type SuppressedTable } from '@/lib/stats/suppress'

const CAP = 10

/** Deterministic random numbers (mulberry32), so a failure names a table that can be re-run. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function range(cell: PublishedCell): [number, number] {
  if (cell.state === 'shown') return [cell.value ?? 0, cell.value ?? 0]
  return cell.state === 'fewer-than-5' ? [1, 4] : [5, CAP]
}

/** Every value each hidden cell takes over all tables consistent with the published one. Keys "r,c"; totals use index R or C. */
function attack(published: SuppressedTable): Map<string, Set<number>> {
  const R = published.cells.length
  const C = published.cells[0]?.length ?? 0
  const seen = new Map<string, Set<number>>()
  const note = (key: string, value: number) => {
    const set = seen.get(key) ?? new Set<number>()
    set.add(value)
    seen.set(key, set)
  }
  const within = (cell: PublishedCell, value: number) => {
    const [lo, hi] = range(cell)
    return value >= lo && value <= (cell.state === 'shown' ? hi : Number.POSITIVE_INFINITY)
  }
  const rowsSoFar: number[][] = []
  const rowOptions = (r: number): number[][] => {
    const out: number[][] = []
    const build = (c: number, acc: number[]) => {
      if (c === C) {
        if (within(published.rowTotals[r]!, acc.reduce((a, b) => a + b, 0))) out.push([...acc])
        return
      }
      const [lo, hi] = range(published.cells[r]![c]!)
      for (let v = lo; v <= hi; v += 1) build(c + 1, [...acc, v])
    }
    build(0, [])
    return out
  }
  const options = Array.from({ length: R }, (_, r) => rowOptions(r))
  const walk = (r: number) => {
    if (r === R) {
      const columnSums = Array.from({ length: C }, (_, c) => rowsSoFar.reduce((sum, row) => sum + (row[c] ?? 0), 0))
      if (!columnSums.every((sum, c) => within(published.columnTotals[c]!, sum))) return
      const grand = columnSums.reduce((a, b) => a + b, 0)
      if (!within(published.grandTotal, grand)) return
      rowsSoFar.forEach((row, rr) => row.forEach((v, c) => published.cells[rr]![c]!.state !== 'shown' && note(`${rr},${c}`, v)))
      rowsSoFar.forEach((row, rr) => published.rowTotals[rr]!.state !== 'shown' && note(`${rr},${C}`, row.reduce((a, b) => a + b, 0)))
      columnSums.forEach((sum, c) => published.columnTotals[c]!.state !== 'shown' && note(`${R},${c}`, sum))
      if (published.grandTotal.state !== 'shown') note(`${R},${C}`, grand)
      return
    }
    for (const row of options[r]!) {
      // Prune: no column may already exceed what its total allows.
      const over = row.some((v, c) => {
        const total = published.columnTotals[c]!
        const hi = total.state === 'shown' ? (total.value ?? 0) : total.state === 'fewer-than-5' ? 4 : Number.POSITIVE_INFINITY
        return rowsSoFar.reduce((sum, done) => sum + (done[c] ?? 0), 0) + v > hi
      })
      if (over) continue
      rowsSoFar.push(row)
      walk(r + 1)
      rowsSoFar.pop()
    }
  }
  walk(0)
  return seen
}

function hiddenKeys(published: SuppressedTable): string[] {
  const R = published.cells.length
  const C = published.cells[0]?.length ?? 0
  const keys: string[] = []
  published.cells.forEach((row, r) => row.forEach((cell, c) => cell.state !== 'shown' && keys.push(`${r},${c}`)))
  published.rowTotals.forEach((cell, r) => cell.state !== 'shown' && keys.push(`${r},${C}`))
  published.columnTotals.forEach((cell, c) => cell.state !== 'shown' && keys.push(`${R},${c}`))
  if (published.grandTotal.state !== 'shown') keys.push(`${R},${C}`)
  return keys
}

describe('suppressTable', () => {
  it('shows a table with no small counts as it is', () => {
    const table = suppressTable([
      [5, 0],
      [7, 12],
    ])
    expect(table.cells.flat().map((cell) => cell.value)).toEqual([5, 0, 7, 12])
    expect(table.rowTotals.map((cell) => cell.value)).toEqual([5, 19])
    expect(table.grandTotal).toEqual({ state: 'shown', value: 24 })
  })

  it('hides a 3 as "fewer than 5" and a complement so that 10 − 7 does not give it back', () => {
    const table = suppressTable([
      [3, 7],
      [6, 9],
    ])
    expect(table.cells[0]?.[0]).toEqual({ state: 'fewer-than-5', value: null })
    expect(table.cells.flat().filter((cell) => cell.state !== 'shown').length).toBeGreaterThanOrEqual(2)
    expect(table.cells[0]?.[1]?.state).toBe('not-shown')
    for (const [key, values] of attack(table)) expect(values.size, key).toBeGreaterThanOrEqual(2)
  })

  it('never hides a zero, and totals of 1 to 4 are "fewer than 5" too', () => {
    const table = suppressTable([
      [2, 0],
      [0, 0],
    ])
    expect(table.cells[0]?.[1]).toEqual({ state: 'shown', value: 0 })
    expect(table.rowTotals[0]?.state).toBe('fewer-than-5')
    expect(table.grandTotal.state).toBe('fewer-than-5')
  })

  it('refuses counts that are not whole numbers of 0 or more', () => {
    expect(() => suppressTable([[1.5]])).toThrow(/whole numbers/)
    expect(() => suppressTable([[-1]])).toThrow(/whole numbers/)
  })

  it('property: for 300 random tables, every hidden cell takes two or more values in tables consistent with what is published', () => {
    const next = random(20261202)
    let hiddenSeen = 0
    for (let n = 0; n < 300; n += 1) {
      // 2 × 2, 2 × 3 and 3 × 2: small enough to enumerate every consistent table.
      const shape = [[2, 2], [2, 3], [3, 2]][n % 3] ?? [2, 2]
      const [rows, cols] = [shape[0] ?? 2, shape[1] ?? 2]
      // Mostly small counts, where suppression has work to do; some zeros; some larger.
      const counts = Array.from({ length: rows }, () => Array.from({ length: cols }, () => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9][Math.floor(next() * 10)] ?? 0))
      const table = suppressTable(counts)
      // What is shown is true, and "fewer than 5" is only ever said of 1 to 4.
      table.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const truth = counts[r]![c]!
          if (cell.state === 'shown') expect(cell.value).toBe(truth)
          if (cell.state === 'fewer-than-5') expect(truth >= 1 && truth <= 4, JSON.stringify(counts)).toBe(true)
          if (cell.state === 'not-shown' && !table.withheld) expect(truth >= 5, JSON.stringify(counts)).toBe(true)
        }),
      )
      if (table.withheld) continue
      const values = attack(table)
      for (const key of hiddenKeys(table)) {
        hiddenSeen += 1
        expect(values.get(key)?.size ?? 0, `cell ${key} of ${JSON.stringify(counts)} is recoverable`).toBeGreaterThanOrEqual(2)
      }
    }
    // The property was exercised, not vacuous.
    expect(hiddenSeen).toBeGreaterThan(300)
  }, 120_000)
})
