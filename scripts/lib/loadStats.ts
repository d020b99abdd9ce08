/** Summary statistics for the benchmark; pure, so they are unit-tested on their own. */

/** The p-th percentile (0-100) by the nearest-rank method; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

export type LoadResult = { label: string; requests: number; failures: number; seconds: number; rps: number; p50: number; p99: number }

export function summarise(label: string, latenciesMs: readonly number[], failures: number, seconds: number): LoadResult {
  return {
    label,
    requests: latenciesMs.length + failures,
    failures,
    seconds,
    rps: latenciesMs.length / seconds,
    p50: percentile(latenciesMs, 50),
    p99: percentile(latenciesMs, 99),
  }
}

/** A markdown table, also readable as plain text in a terminal. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))]
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)))
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`
  return [line(cells[0] ?? []), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n')
}

/**
 * `items` rotated left by `round`: each round of the benchmark starts with a different row, so no
 * row always runs first (right after a pause, when the load generator's own code is coldest).
 */
export function rotation<T>(items: readonly T[], round: number): T[] {
  if (items.length === 0) return []
  const start = ((round % items.length) + items.length) % items.length
  return [...items.slice(start), ...items.slice(0, start)]
}

export type Slice = { latencies: number[]; failures: number; seconds: number }

/**
 * `count` requests, `concurrency` at a time: the latency of each that `send` says succeeded, the
 * others counted apart. `send` makes one request and reads its whole answer.
 */
export async function loadSlice(send: () => Promise<boolean>, count: number, concurrency: number): Promise<Slice> {
  const latencies: number[] = []
  let failures = 0
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < count) {
      next += 1
      const begun = performance.now()
      try {
        if (await send()) latencies.push(performance.now() - begun)
        else failures += 1
      } catch {
        failures += 1
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return { latencies, failures, seconds: (performance.now() - started) / 1000 }
}
