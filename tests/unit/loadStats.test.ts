import { describe, expect, it } from 'vitest'

import { median, percentile, rotation, summarise, table } from '../../scripts/lib/loadStats'

describe('benchmark statistics', () => {
  it('percentile uses the nearest rank', () => {
    const samples = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10]
    expect(percentile(samples, 50)).toBe(5)
    expect(percentile(samples, 99)).toBe(10)
    expect(percentile(samples, 10)).toBe(1)
    expect(percentile([], 50)).toBeNaN()
  })

  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('summarise counts successes per second, not failures', () => {
    const result = summarise('x', [10, 20, 30, 40], 1, 2)
    expect(result).toEqual({ label: 'x', requests: 5, failures: 1, seconds: 2, rps: 2, p50: 20, p99: 40 })
  })

  it('table aligns columns', () => {
    expect(table(['a', 'bb'], [[1, 'x'], ['long', 2]])).toBe('| a    | bb |\n|------|----|\n| 1    | x  |\n| long | 2  |')
  })

  it('rotation starts each round with the next row', () => {
    expect(rotation(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c'])
    expect(rotation(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a'])
    expect(rotation(['a', 'b', 'c'], 5)).toEqual(['c', 'a', 'b'])
    expect(rotation([], 3)).toEqual([])
  })
})
